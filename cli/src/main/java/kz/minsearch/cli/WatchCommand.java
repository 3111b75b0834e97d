package kz.minsearch.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import kz.minsearch.alert.AlertRunner;
import kz.minsearch.alert.AlertStore;
import kz.minsearch.crawl.Sources;
import kz.minsearch.enrich.Registry;
import kz.minsearch.search.Facets;
import kz.minsearch.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "watch", description = "Keep crawling: each source again after its interval (sources.yml `interval`, "
        + "or --every for start URLs), so new publications arrive on their own; after each round, the saved searches "
        + "with webhooks are matched against what is new and their deliveries sent (by share 1 only, when several indexers "
        + "share the crawl with --share). Ctrl-C stops.")
final class WatchCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(WatchCommand.class);

    @Mixin
    CrawlCommand crawl = new CrawlCommand();

    @Option(names = "--every", defaultValue = "30m", description = "interval for start URLs given on the command line (default ${DEFAULT-VALUE})")
    String every;

    @Override
    public Integer call() throws Exception {
        Environment env = Environment.current();
        Duration urlInterval = DurationFlag.parse("--every", every);
        List<Sources.Source> sources = CrawlCommand.sources(crawl.urls, crawl.sourcesFile, crawl.only);
        Map<String, Instant> due = new HashMap<>();
        // SIGTERM or Ctrl-C: the current step finishes, then watch exits
        java.util.concurrent.atomic.AtomicBoolean stopping = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.CountDownLatch finished = new java.util.concurrent.CountDownLatch(1);
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            main.interrupt();
            try {
                finished.await(2, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        try (ElasticsearchClient client = env.elasticsearch().client()) {
            AlertStore store = new AlertStore(client);
            store.ensureCreated();
            AlertRunner alerts = new AlertRunner(store, new SearchService(client, new Facets(env.registry())),
                    Environment.webhookTargets(), Environment.mailer(), Environment.publicUrl(), Duration.ofSeconds(2));
            while (!stopping.get()) {
                Instant now = Instant.now();
                List<Sources.Source> round = sources.stream().filter(s -> !due.getOrDefault(s.id(), Instant.MIN).isAfter(now)).toList();
                if (!round.isEmpty()) {
                    log.info("event=watch_round sources={}", round.stream().map(Sources.Source::id).toList());
                    try {
                        CrawlCommand.crawlOnce(env, client, round, crawl.options(), Duration.ofMillis(crawl.delayMs), crawl.share);
                        Thread.interrupted(); // a stop asked during the crawl: the alerts of what it found still go out
                        if (crawl.share.number() == 1) { // of several indexers sharing the crawl, one sends the alerts
                            alerts.run();
                        }
                    } catch (Exception e) {
                        log.warn("event=watch_round_failed reason=\"{}\"", e.getMessage());
                    }
                    for (Sources.Source s : round) {
                        due.put(s.id(), Instant.now().plus("command-line".equals(s.id()) ? urlInterval : s.every()));
                    }
                }
                Instant next = due.values().stream().min(Instant::compareTo).orElse(Instant.now().plus(urlInterval));
                try {
                    Thread.sleep(Math.max(1000, Duration.between(Instant.now(), next).toMillis()));
                } catch (InterruptedException e) {
                    // asked to stop while waiting: the loop ends
                }
            }
            log.info("event=watch_stopped");
        } finally {
            finished.countDown();
        }
        return 0;
    }
}
