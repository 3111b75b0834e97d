package kz.minsearch.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.javalin.Javalin;
import kz.minsearch.crawl.Crawler;
import kz.minsearch.crawl.StaticSite;
import kz.minsearch.index.ElasticsearchConfig;
import kz.minsearch.node.LocalCluster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "up", description = "The embedded default: local node, the bundled fixture web served on 127.0.0.1 "
        + "(a host per publisher) and crawled, API and page served; then the fixture web is watched like `watch` does "
        + "(a new article dropped into corpus/sites shows up, and fires the alerts that match it). Ctrl-C stops what it started.")
final class UpCommand implements Callable<Integer> {
    @Mixin
    ListenOptions listen = new ListenOptions();

    @picocli.CommandLine.Option(names = "--every", defaultValue = "60s", description = "how often the fixture web is crawled "
            + "again and the alerts run (default ${DEFAULT-VALUE})")
    String every;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        Environment env = Environment.current();
        LocalCluster startedCluster = null;
        ElasticsearchConfig es = env.external();
        if (es == null) {
            LocalCluster cluster = env.localCluster();
            boolean wasRunning = !cluster.urls().isEmpty();
            es = ElasticsearchConfig.of(cluster.start(cluster.size(), Duration.ofMinutes(3))).locatedBy(cluster::recordedUrls);
            System.out.println("elasticsearch " + es.url());
            startedCluster = wasRunning ? null : cluster;
        }
        List<StaticSite> sites = serveFixtureWeb(env.sampleCorpus().resolve("sites"), env.home().resolve("fixture-ports.properties"));
        ElasticsearchClient client = es.client();
        kz.minsearch.enrich.Registry registry = env.registry().withMinistrySources(kz.minsearch.eval.FixtureWeb.ministrySources(sites));
        CrawlCommand.crawl(env, client, registry, sites.stream().map(s -> s.url() + "/").toList(), Crawler.Options.defaults(), Duration.ZERO, java.util.Map.of());
        java.util.Map<String, String> siteNames = new java.util.HashMap<>();
        sites.forEach(site -> siteNames.put(kz.minsearch.fetch.Site.of(site.url()), site.name() + " (fixture)"));
        Javalin app = ServeCommand.start(client, listen, registry.withSourceNames(siteNames));
        System.out.printf("ready in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        java.util.concurrent.ScheduledExecutorService watcher = watch(env, registry, client, sites);
        LocalCluster toStop = startedCluster;
        ServeCommand.awaitShutdown(() -> {
            watcher.shutdown();
            try {
                watcher.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS); // the current cycle ends first
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            app.stop();
            sites.forEach(StaticSite::close);
            try {
                client.close();
                if (toStop != null) {
                    toStop.stop(Duration.ofSeconds(60));
                }
            } catch (Exception e) {
                System.err.println("minsearch: could not stop the local node: " + e.getMessage());
            }
        });
        return 0;
    }

    /** The fixture web crawled again and the alerts run, every --every, one cycle at a time. */
    private java.util.concurrent.ScheduledExecutorService watch(Environment env, kz.minsearch.enrich.Registry registry,
                                                                 ElasticsearchClient client, List<StaticSite> sites)
            throws java.io.IOException {
        kz.minsearch.alert.AlertStore store = new kz.minsearch.alert.AlertStore(client);
        store.ensureCreated();
        kz.minsearch.alert.AlertRunner alerts = new kz.minsearch.alert.AlertRunner(store,
                new kz.minsearch.search.SearchService(client, new kz.minsearch.search.Facets(registry)),
                Environment.webhookTargets(), Environment.mailer(), Environment.publicUrl(), Duration.ofSeconds(2));
        WatchCycle cycle = new WatchCycle(registry, new kz.minsearch.index.PublicationIndex(client), env.crawlState(),
                new kz.minsearch.crawl.IndexedCrawlStore(client), alerts,
                Crawler.Options.defaults(), Duration.ZERO);
        List<String> urls = sites.stream().map(s -> s.url() + "/").toList();
        long period = DurationFlag.parse("--every", every).toMillis();
        java.util.concurrent.ScheduledExecutorService watcher = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        watcher.scheduleWithFixedDelay(() -> {
            try {
                cycle.run(urls);
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(UpCommand.class).warn("event=watch_cycle_failed reason=\"{}\"", e.getMessage());
            }
        }, period, period, java.util.concurrent.TimeUnit.MILLISECONDS);
        return watcher;
    }

    /**
     * Each publisher folder as the root of its own site on 127.0.0.1, on the port it had last time (remembered under
     * the home), so the next `up` finds the same URLs and re-crawls instead of indexing everything again.
     */
    private static List<StaticSite> serveFixtureWeb(Path sitesDir, Path portsFile) throws Exception {
        Properties ports = new Properties();
        if (Files.exists(portsFile)) {
            try (var in = Files.newInputStream(portsFile)) {
                ports.load(in);
            }
        }
        List<StaticSite> sites = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(sitesDir)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String name = dir.getFileName().toString();
                StaticSite site;
                try {
                    site = StaticSite.serve(dir, Integer.parseInt(ports.getProperty(name, "0")));
                } catch (java.net.BindException e) {
                    System.err.println("minsearch: port " + ports.getProperty(name) + " of fixture site " + name
                            + " is taken; its pages get new URLs this time");
                    site = StaticSite.serve(dir);
                }
                ports.setProperty(name, String.valueOf(site.port()));
                System.out.println("fixture site " + name + " at " + site.url() + "/");
                sites.add(site);
            }
        }
        Files.createDirectories(portsFile.getParent());
        try (var out = Files.newOutputStream(portsFile)) {
            ports.store(out, "ports of the fixture web that ./minsearch up serves");
        }
        return sites;
    }
}
