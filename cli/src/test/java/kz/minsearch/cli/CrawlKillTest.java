package kz.minsearch.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import kz.minsearch.crawl.CrawlSummary;
import kz.minsearch.crawl.Crawler;
import kz.minsearch.crawl.IndexedCrawlStore;
import kz.minsearch.crawl.StaticSite;
import kz.minsearch.index.ElasticsearchConfig;
import kz.minsearch.index.PublicationIndex;
import kz.minsearch.node.ElasticsearchNodeExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A crawl killed with SIGKILL in the middle, after it recorded part of its work in the crawl-state index, then run
 * again: every article of the fixture web is indexed once — none lost, none twice — and the second run starts from
 * what the first recorded (it does not fetch those articles again).
 */
@ExtendWith(ElasticsearchNodeExtension.class)
class CrawlKillTest {
    @Test
    void aCrawlKilledMidwayAndRunAgainLosesNothingAndIndexesNothingTwice() throws Exception {
        Path home = Files.createTempDirectory("crawl-kill-home");
        List<StaticSite> sites = new ArrayList<>();
        try (ElasticsearchClient client = ElasticsearchConfig.of(ElasticsearchNodeExtension.url()).client()) {
            try (var dirs = Files.list(Path.of("../corpus/sites"))) {
                for (Path dir : dirs.sorted().toList()) {
                    sites.add(StaticSite.serve(dir));
                }
            }
            List<String> starts = sites.stream().map(s -> s.url() + "/").toList();
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(), "crawl", "--delay-ms", "700"));
            command.addAll(starts);
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            builder.environment().put("MINSEARCH_HOME", home.toString());
            builder.environment().put("MINSEARCH_ES_URL", ElasticsearchNodeExtension.url());
            Process crawler = builder.start();

            long recorded = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (recorded == 0 && crawler.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(200);
                recorded = count(client, IndexedCrawlStore.ALIAS);
            }
            assertTrue(crawler.isAlive(), "the crawl is still running when it is killed");
            crawler.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no last save
            assertTrue(recorded > 0, "the killed crawl had recorded part of its work");

            Environment env = new Environment(home, ElasticsearchConfig.of(ElasticsearchNodeExtension.url()),
                    Path.of("..").toAbsolutePath().normalize());
            CrawlSummary again = CrawlCommand.crawl(env, client, kz.minsearch.enrich.Registry.bundled(), starts, Crawler.Options.defaults(), Duration.ZERO, Map.of());
            assertEquals(null, again.indexingProblem(), again.toString());
            assertTrue(again.notDue.get() > 0, "the second run starts from what the first recorded: " + again);

            new PublicationIndex(client).refresh();
            long indexed = count(client, PublicationIndex.ALIAS);
            Set<String> urls = new HashSet<>();
            client.search(s -> s.index(PublicationIndex.ALIAS).size(1000).source(src -> src.filter(f -> f.includes("url"))), Map.class)
                    .hits().hits().forEach(h -> urls.add(String.valueOf(((Map<?, ?>) h.source()).get("url"))));
            long truth = Files.readAllLines(Path.of("../corpus/truth/articles.jsonl")).stream().filter(l -> !l.isBlank()).count();
            System.out.printf("crawl kill: recorded %d URLs before the kill; second run: %s; articles %d of %d, lost %d, duplicated %d%n",
                    recorded, again.toString().lines().findFirst().orElse(""), urls.size(), truth,
                    Math.max(0, truth - urls.size()), indexed - urls.size());
            assertEquals(truth, urls.size(), "every article of the truth is indexed");
            assertEquals(urls.size(), indexed, "none twice");
        } finally {
            sites.forEach(StaticSite::close);
        }
    }

    private static long count(ElasticsearchClient client, String alias) throws java.io.IOException {
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            return 0;
        }
        client.indices().refresh(r -> r.index(alias));
        return client.count(c -> c.index(alias)).count();
    }
}
