package kz.minsearch.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import kz.minsearch.crawl.CrawlState;
import kz.minsearch.crawl.CrawlSummary;
import kz.minsearch.crawl.Crawler;
import kz.minsearch.crawl.IndexSink;
import kz.minsearch.enrich.Enricher;
import kz.minsearch.enrich.Registry;
import kz.minsearch.fetch.FetchOptions;
import kz.minsearch.fetch.Fetcher;
import kz.minsearch.index.PublicationIndex;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "crawl", description = "Crawl listing pages, sitemaps or RSS/Atom feeds and index the articles found. "
        + "Re-crawls fetch listings and only new or changed articles.")
final class CrawlCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "URL", description = "listing pages, sitemap.xml or feeds")
    List<String> urls;

    @Option(names = "--workers", defaultValue = "4", description = "pages fetched at once (default ${DEFAULT-VALUE})")
    int workers;

    @Option(names = "--delay-ms", defaultValue = "250", description = "least time between two requests to one host (default ${DEFAULT-VALUE})")
    long delayMs;

    @Option(names = "--max-depth", defaultValue = "30", description = "listing pages followed from a start URL (default ${DEFAULT-VALUE})")
    int maxDepth;

    @Override
    public Integer call() throws Exception {
        Environment env = Environment.current();
        try (ElasticsearchClient client = env.elasticsearch().client()) {
            CrawlSummary summary = crawl(env, client, urls, new Crawler.Options(workers, maxDepth, 5000), Duration.ofMillis(delayMs));
            return summary.indexingProblem() == null ? 0 : 3;
        }
    }

    static CrawlSummary crawl(Environment env, ElasticsearchClient client, List<String> urls, Crawler.Options options,
                              Duration hostDelay) throws Exception {
        CrawlState state = CrawlState.load(env.home().resolve("crawl"));
        IndexSink sink = new IndexSink(new PublicationIndex(client), state);
        Crawler crawler = new Crawler(new Fetcher(FetchOptions.defaults().withHostDelay(hostDelay)),
                new Enricher(Registry.bundled()), state, sink, options);
        CrawlSummary summary;
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("crawl").setInitialMax(urls.size())
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(200).build()) {
            summary = crawler.crawl(urls, (done, known) -> {
                bar.maxHint(known);
                bar.stepTo(done);
            });
        }
        System.out.print(summary);
        System.out.println("indexed " + sink.indexed() + " publications");
        if (summary.indexingProblem() != null) {
            System.out.println("minsearch: " + state.pendingCount() + " publications wait in " + env.home().resolve("crawl/pending.json")
                    + "; they are indexed by the next crawl once Elasticsearch answers");
        }
        return summary;
    }
}
