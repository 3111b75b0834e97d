package kz.minsearch.present;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.javalin.Javalin;
import kz.minsearch.enrich.Enricher;
import kz.minsearch.enrich.Registry;
import kz.minsearch.extract.Article;
import kz.minsearch.index.ElasticsearchConfig;
import kz.minsearch.index.Publication;
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

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "New since" and the Atom feed of any search, against a real node. */
@ExtendWith(ElasticsearchNodeExtension.class)
class FeedTest {
    private static final String ALIAS = "test-feed";
    private static final ObjectMapper json = new ObjectMapper();
    private static final HttpClient http = HttpClient.newHttpClient();
    private static ElasticsearchClient client;
    private static PublicationIndex index;
    private static Enricher enricher;
    private static Javalin app;
    private static Instant between;

    private static Publication article(String path, String title, String body) {
        return enricher.enrich(new Article("http://127.0.0.1/" + path, "feed.example", title, body,
                OffsetDateTime.parse("2025-10-08T10:00:00+05:00")));
    }

    @BeforeAll
    static void start() throws Exception {
        client = ElasticsearchConfig.of(ElasticsearchNodeExtension.url()).client();
        index = new PublicationIndex(client, ALIAS, PublicationIndex.mapping());
        index.ensureCreated();
        enricher = new Enricher(Registry.bundled());
        index.index(List.of(article("old", "Министр Аида Балаева провела совещание с театрами",
                "Министр культуры и информации Аида Балаева обсудила с руководителями театров новый сезон.")), true);
        Thread.sleep(20);
        between = Instant.now();
        Thread.sleep(20);
        index.index(List.of(article("new", "<script>alert(1)</script> Театры получат гранты",
                "<b>Театры</b> регионов получат гранты на новые постановки, сообщила Аида Балаева.")), true);
        SearchService search = new SearchService(client, new Facets(Registry.bundled()), ALIAS, new CrossLingual());
        app = ApiServer.create(search, new Suggestions(search, Registry.bundled())).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        app.stop();
        client.close();
    }

    private static HttpResponse<String> get(String pathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void newSinceKeepsTheFirstIndexingMoment() throws Exception {
        JsonNode all = json.readTree(get("/api/search?sort=indexed&q=" + q("театр")).body());
        assertEquals(2, all.get("total").asInt(), all.toString());
        assertTrue(all.get("hits").get(0).get("url").asText().endsWith("/new"), "the most recently indexed first");
        assertTrue(all.get("feed").asText().startsWith("/feed.atom?"), all.toString());
        String oldIndexed = all.get("hits").get(1).get("indexed").asText();

        JsonNode since = json.readTree(get("/api/search?since=" + q(between.toString())).body());
        assertEquals(1, since.get("total").asInt(), since.toString());
        assertTrue(since.get("hits").get(0).get("url").asText().endsWith("/new"));

        // indexed again (a re-crawl of a changed page): still not new
        index.index(List.of(article("old", "Министр Аида Балаева провела совещание с театрами",
                "Министр культуры и информации Аида Балаева обсудила с руководителями театров новый сезон и гастроли.")), true);
        JsonNode again = json.readTree(get("/api/search?since=" + q(between.toString())).body());
        assertEquals(1, again.get("total").asInt(), again.toString());
        JsonNode old = json.readTree(get("/api/search?sort=indexed&q=" + q("гастроли")).body()).get("hits").get(0);
        assertEquals(oldIndexed, old.get("indexed").asText());
        assertEquals(400, get("/api/search?since=yesterday").statusCode());
    }

    @Test
    void theFeedIsAtomNewestFirstWithScrapedMarkupAsText() throws Exception {
        HttpResponse<String> r = get("/feed.atom?q=" + q("театр") + "&ui=ru&minister=balayeva");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        assertFalse(r.body().contains("<script>"), "scraped markup is escaped");
        assertTrue(r.body().contains("&lt;script&gt;"), r.body());
        SyndFeed feed = new SyndFeedInput().build(new StringReader(r.body()));
        assertEquals("atom_1.0", feed.getFeedType());
        assertTrue(feed.getTitle().contains("«театр»") && feed.getTitle().contains("Аида Балаева"), feed.getTitle());
        assertTrue(feed.getUri().startsWith("tag:minsearch"), feed.getUri());
        assertTrue(feed.getPublishedDate() != null, "the feed has its updated");
        List<SyndEntry> entries = feed.getEntries();
        assertEquals(2, entries.size());
        SyndEntry first = entries.get(0);
        assertTrue(first.getUri().startsWith("tag:minsearch,2026:publication/"), first.getUri());
        assertEquals("http://127.0.0.1/new", first.getLink());
        assertTrue(first.getTitle().startsWith("<script>"), "the title is the scraped text, as text: " + first.getTitle());
        assertTrue(first.getUpdatedDate().after(entries.get(1).getUpdatedDate()) || first.getUpdatedDate().equals(entries.get(1).getUpdatedDate()));
        assertTrue(first.getCategories().stream().anyMatch(c -> c.getName().equals("balayeva")), "ministers are categories");
        assertFalse(first.getDescription().getValue().isBlank());
    }

    @Test
    void aPollingReaderGets304WhileNothingIsNew() throws Exception {
        HttpResponse<String> first = get("/feed.atom?q=" + q("театр"));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<String> again = get("/feed.atom?q=" + q("театр"), "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertTrue(again.body().isEmpty());
        assertEquals(304, get("/feed.atom?q=" + q("театр"), "If-Modified-Since", lastModified).statusCode());
        assertEquals(200, get("/feed.atom?q=" + q("театр"), "If-None-Match", "\"stale\"").statusCode());
    }
}
