package kz.minsearch.cli;

import kz.minsearch.alert.AlertRunner;
import kz.minsearch.crawl.CrawlState;
import kz.minsearch.crawl.CrawlStore;
import kz.minsearch.crawl.CrawlSummary;
import kz.minsearch.crawl.Crawler;
import kz.minsearch.crawl.IndexSink;
import kz.minsearch.enrich.Enricher;
import kz.minsearch.enrich.Registry;
import kz.minsearch.fetch.FetchOptions;
import kz.minsearch.fetch.Fetcher;
import kz.minsearch.index.LinkPass;
import kz.minsearch.index.PublicationIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One monitoring cycle, as `watch` and `up` run it: crawl what is due, index it, link translations and retellings,
 * then match the saved searches against what is new and deliver. One log line per cycle, with its counts.
 */
final class WatchCycle {
    private static final Logger log = LoggerFactory.getLogger(WatchCycle.class);

    private final PublicationIndex index;
    private final Registry registry;
    private final Path crawlState;
    private final CrawlStore store;
    private final AlertRunner alerts;
    private final Crawler.Options options;
    private final Duration hostDelay;

    WatchCycle(Registry registry, PublicationIndex index, Path crawlState, CrawlStore store, AlertRunner alerts, Crawler.Options options,
               Duration hostDelay) {
        this.registry = registry;
        this.index = index;
        this.crawlState = crawlState;
        this.store = store;
        this.alerts = alerts;
        this.options = options;
        this.hostDelay = hostDelay;
    }

    /** @return the alerts' part of the cycle */
    AlertRunner.Cycle run(List<String> startUrls) throws Exception {
        CrawlState state = CrawlState.open(crawlState, store);
        IndexSink sink = new IndexSink(index, state);
        CrawlSummary crawl = new Crawler(new Fetcher(FetchOptions.defaults().withHostDelay(hostDelay)),
                new Enricher(registry), state, sink, options).crawl(startUrls, (done, known) -> { });
        if (sink.indexed() > 0) {
            LinkPass.run(index, sink.arrived());
        }
        AlertRunner.Cycle delivered = alerts.run();
        log.info("event=watch_cycle pages={} new={} changed={} indexed={} alerts={} matched={} delivered={} failed={}",
                crawl.fetched.get(), crawl.articlesNew.get(), crawl.articlesChanged.get(), sink.indexed(), delivered.alerts(),
                delivered.matched(), delivered.delivered(), delivered.failed());
        return delivered;
    }
}
