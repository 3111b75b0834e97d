package kz.minsearch.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.javalin.Javalin;
import kz.minsearch.crawl.Crawler;
import kz.minsearch.crawl.StaticSite;
import kz.minsearch.enrich.Registry;
import kz.minsearch.index.ElasticsearchConfig;
import kz.minsearch.index.PublicationIndex;
import kz.minsearch.node.ElasticsearchNodeExtension;
import kz.minsearch.node.LocalCluster;
import kz.minsearch.node.LocalNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A local cluster of three nodes loses one to SIGKILL while searches run and the fixture web is crawled: searches go
 * on (the client turns to the other nodes; a failure is a 503 with Retry-After), the crawl finishes, the node comes
 * back, the cluster is green again, and the index holds exactly the truth's articles — none lost, none twice.
 */
class ClusterFailoverTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private record Answer(long at, int status, boolean retryAfter) {
    }

    @Test
    void aKilledNodeLosesNoSearchAnswerAndNoArticle() throws Exception {
        Path home = ElasticsearchNodeExtension.temporaryHome();
        LocalCluster cluster = LocalCluster.in(home);
        List<StaticSite> sites = new ArrayList<>();
        try {
            String urls = cluster.start(3, Duration.ofMinutes(4));
            ElasticsearchConfig config = ElasticsearchConfig.of(urls).locatedBy(cluster::recordedUrls);
            try (ElasticsearchClient client = config.client()) {
                new PublicationIndex(client).ensureCreated();
                try (var dirs = Files.list(Path.of("../corpus/sites"))) {
                    for (Path dir : dirs.sorted().toList()) {
                        sites.add(StaticSite.serve(dir));
                    }
                }
                ListenOptions listen = new ListenOptions();
                listen.host = "127.0.0.1";
                listen.port = 0;
                listen.warmUp = "1s";
                Javalin api = ServeCommand.start(client, listen, Registry.bundled());
                List<Answer> answers = new CopyOnWriteArrayList<>();
                AtomicBoolean searching = new AtomicBoolean(true);
                CompletableFuture<Void> load = CompletableFuture.runAsync(() -> {
                    while (searching.get()) {
                        long t = System.nanoTime();
                        try {
                            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port()
                                    + "/api/search?q=%D0%91%D0%B0%D0%BB%D0%B0%D0%B5%D0%B2%D0%B0")).timeout(Duration.ofSeconds(30)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            answers.add(new Answer(t, r.statusCode(), r.headers().firstValue("Retry-After").isPresent()));
                            Thread.sleep(50);
                        } catch (Exception e) {
                            answers.add(new Answer(t, -1, false));
                        }
                    }
                });
                Environment env = new Environment(home, null, Path.of("..").toAbsolutePath().normalize());
                CompletableFuture<Object> crawl = CompletableFuture.supplyAsync(() -> {
                    try {
                        return CrawlCommand.crawl(env, client, kz.minsearch.enrich.Registry.bundled(), sites.stream().map(s -> s.url() + "/").toList(),
                                Crawler.Options.defaults(), Duration.ofMillis(100), Map.of());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                Thread.sleep(2_000);
                LocalNode victim = cluster.nodes().get(2);
                ProcessHandle process = ProcessHandle.of(victim.status().pid()).orElseThrow();
                long killedAt = System.nanoTime();
                process.destroyForcibly(); // SIGKILL
                process.onExit().join();
                crawl.get();
                Thread.sleep(2_000);
                searching.set(false);
                load.get();
                cluster.start(3, Duration.ofMinutes(4)); // the killed node comes back; returns once the cluster is green
                assertTrue(cluster.health().orElseThrow().contains("\"status\":\"green\""));

                long ok = answers.stream().filter(a -> a.status() == 200).count();
                List<Answer> failed = answers.stream().filter(a -> a.status() != 200).toList();
                long gap = 0;
                long last = answers.isEmpty() ? 0 : answers.get(0).at();
                for (Answer a : answers) {
                    if (a.status() == 200) {
                        gap = Math.max(gap, a.at() - last);
                        last = a.at();
                    }
                }
                new PublicationIndex(client).refresh();
                long indexed = client.count(c -> c.index(PublicationIndex.ALIAS)).count();
                Set<String> distinct = new HashSet<>();
                client.search(s -> s.index(PublicationIndex.ALIAS).size(1000), Map.class).hits().hits()
                        .forEach(h -> distinct.add(String.valueOf(((Map<?, ?>) h.source()).get("url"))));
                long truth = Files.readAllLines(Path.of("../corpus/truth/articles.jsonl")).stream().filter(l -> !l.isBlank()).count();
                System.out.printf("failover: searches %d (%d during the %.1f s after the kill), ok %d, failed %d (%s), longest gap %d ms; "
                                + "articles %d of %d, lost %d, duplicated %d%n",
                        answers.size(), answers.stream().filter(a -> a.at() >= killedAt).count(),
                        (answers.get(answers.size() - 1).at() - killedAt) / 1e9, ok, failed.size(),
                        failed.stream().map(a -> String.valueOf(a.status())).distinct().toList(), gap / 1_000_000,
                        distinct.size(), truth, Math.max(0, truth - distinct.size()), indexed - distinct.size());
                api.stop();
                assertTrue(failed.stream().allMatch(a -> a.status() == 503 && a.retryAfter()), "every failure is a 503 with Retry-After: " + failed);
                assertTrue(ok > failed.size(), ok + " answered, " + failed.size() + " failed");
                assertEquals(truth, distinct.size(), "every article of the truth is indexed");
                assertEquals(distinct.size(), indexed, "none twice");
            }
        } finally {
            sites.forEach(StaticSite::close);
            cluster.stop(Duration.ofSeconds(60));
            ElasticsearchNodeExtension.delete(home);
        }
    }
}
