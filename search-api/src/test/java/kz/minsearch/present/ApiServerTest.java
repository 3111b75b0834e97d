package kz.minsearch.present;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import kz.minsearch.enrich.Enricher;
import kz.minsearch.enrich.Registry;
import kz.minsearch.index.ElasticsearchConfig;
import kz.minsearch.index.Importer;
import kz.minsearch.index.PublicationIndex;
import kz.minsearch.node.ElasticsearchNodeExtension;
import kz.minsearch.search.Facets;
import kz.minsearch.search.SearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTTP contract: shapes of /api/search and /api/publications/{id}, 400, 404 and 503. */
@ExtendWith(ElasticsearchNodeExtension.class)
class ApiServerTest {
    private static final ObjectMapper json = new ObjectMapper();
    private static final HttpClient http = HttpClient.newHttpClient();
    private static ElasticsearchClient client;
    private static Javalin app;
    private static Javalin deadApp;

    @BeforeAll
    static void start() throws Exception {
        client = ElasticsearchConfig.of(ElasticsearchNodeExtension.url()).client();
        try (Stream<Path> files = Files.list(Path.of("../corpus/seeds"))) {
            new Importer(new Enricher(Registry.bundled()), new PublicationIndex(client)).importFiles(files.toList(), f -> { });
        }
        app = ApiServer.create(new SearchService(client, new Facets(Registry.bundled()))).start("127.0.0.1", 0);
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        ElasticsearchClient dead = ElasticsearchConfig.of("http://127.0.0.1:" + closedPort).client();
        deadApp = ApiServer.create(new SearchService(dead, new Facets(Registry.bundled()))).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        app.stop();
        deadApp.stop();
        client.close();
    }

    private static HttpResponse<String> get(Javalin server, String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void searchAnswersTheContractShape() throws Exception {
        HttpResponse<String> r = get(app, "/api/search?q=%D0%91%D0%B0%D0%BB%D0%B0%D0%B5%D0%B2%D0%B0&size=10");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = json.readTree(r.body());
        assertTrue(body.get("total").isIntegralNumber());
        JsonNode hit = body.get("hits").get(0);
        for (String field : new String[]{"id", "url", "title", "lang", "published", "ministers", "areas", "source", "snippet"}) {
            assertTrue(hit.has(field), "hit has " + field);
        }
        for (String facet : new String[]{"minister", "year", "area", "lang", "source"}) {
            JsonNode bucket = body.get("facets").get(facet).get(0);
            assertTrue(bucket.has("value") && bucket.has("label") && bucket.has("count"), facet);
        }

        HttpResponse<String> doc = get(app, "/api/publications/" + hit.get("id").asText());
        assertEquals(200, doc.statusCode());
        assertFalse(json.readTree(doc.body()).get("body").asText().isBlank());
    }

    @Test
    void badParametersAre400sNamingThem() throws Exception {
        for (String[] c : new String[][]{{"size=1000", "size"}, {"page=zero", "page"}, {"lang=de", "lang"}, {"year=20x6", "year"}}) {
            HttpResponse<String> r = get(app, "/api/search?" + c[0]);
            assertEquals(400, r.statusCode(), c[0]);
            assertEquals(c[1], json.readTree(r.body()).get("parameter").asText());
        }
    }

    @Test
    void queryTextIsNeverSyntax() throws Exception {
        for (String q : new String[]{"%7B%22match_all%22%3A%7B%7D%7D", "title_kk%3A*", "%22unclosed", "((((", "a%20OR%20"}) {
            assertEquals(200, get(app, "/api/search?q=" + q).statusCode(), q);
        }
    }

    @Test
    void unknownPublicationIs404() throws Exception {
        assertEquals(404, get(app, "/api/publications/nope").statusCode());
    }

    @Test
    void elasticsearchDownIs503WithARetryHint() throws Exception {
        HttpResponse<String> r = get(deadApp, "/api/search?q=x");
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Retry-After").isPresent());
        assertFalse(r.body().contains("Exception"), r.body());
        assertTrue(json.readTree(r.body()).has("retry_after_seconds"));
    }
}
