package kz.minsearch.present;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.javalin.Javalin;
import kz.minsearch.enrich.Enricher;
import kz.minsearch.enrich.Registry;
import kz.minsearch.extract.Article;
import kz.minsearch.index.ElasticsearchConfig;
import kz.minsearch.index.PublicationIndex;
import kz.minsearch.node.ElasticsearchNodeExtension;
import kz.minsearch.search.CrossLingual;
import kz.minsearch.search.Facets;
import kz.minsearch.search.SearchService;
import kz.minsearch.search.Suggestions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The page as a person's browser runs it (headless Chromium, which CI installs): a scraped title and body carrying
 * markup are shown as text, and nothing in them runs.
 */
@ExtendWith(ElasticsearchNodeExtension.class)
class PageInBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String ALIAS = "test-page";
    private static ElasticsearchClient client;
    private static Javalin app;

    @BeforeAll
    static void start() throws Exception {
        client = ElasticsearchConfig.of(ElasticsearchNodeExtension.url()).client();
        PublicationIndex index = new PublicationIndex(client, ALIAS, PublicationIndex.mapping());
        index.ensureCreated();
        Enricher enricher = new Enricher(Registry.bundled());
        index.index(List.of(enricher.enrich(new Article("http://127.0.0.1/evil", "evil.example",
                "<img src=x onerror=\"document.title='pwned'\"> Креативті хабтар ашылады",
                "<script>document.title='pwned'</script> Өңірлерде креативті хабтар ашылады, министрлік гранттар береді.",
                OffsetDateTime.parse("2024-06-05T14:30:00+05:00")))), true);
        SearchService search = new SearchService(client, new Facets(Registry.bundled()), ALIAS, new CrossLingual());
        app = ApiServer.create(search, new Suggestions(search, Registry.bundled())).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        app.stop();
        client.close();
    }

    @Test
    void scrapedMarkupIsShownAsTextAndNeverRuns() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "headless Chromium is not installed (apt-get install chromium); CI installs it");
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=5000", "--dump-dom",
                "http://127.0.0.1:" + app.port() + "/?q=" + java.net.URLEncoder.encode("хабтар", java.nio.charset.StandardCharsets.UTF_8)));
        Process chromium = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(chromium.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(chromium.waitFor(60, TimeUnit.SECONDS), "chromium finished");
        assertTrue(dom.contains("хабтар"), "the search ran and rendered hits: " + dom.substring(0, Math.min(500, dom.length())));
        assertTrue(dom.contains("&lt;img src=x") || dom.contains("&lt;img src=\"x\""), "the scraped tag is shown as text");
        assertFalse(dom.contains("<img src=\"x\""), "no scraped element reached the page");
        assertFalse(dom.contains("<title>pwned</title>"), "no scraped script ran");
    }
}
