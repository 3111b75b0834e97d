package kz.minsearch.present;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.javalin.Javalin;
import kz.minsearch.index.ElasticsearchConfig;
import kz.minsearch.node.ElasticsearchNodeExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API's own warm-up over the seeds in the real node: searches that find something, and a quick end without one. */
@ExtendWith(ElasticsearchNodeExtension.class)
class WarmUpTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ElasticsearchClient client;
    private static Javalin app;

    @BeforeAll
    static void start() throws Exception {
        client = ElasticsearchConfig.of(ElasticsearchNodeExtension.url()).client();
        app = SeededApi.serve(SeededApi.seeded(client, "test-warm-up"));
    }

    @AfterAll
    static void stop() throws Exception {
        app.stop();
        client.close();
    }

    @Test
    void searchesAreMadeOfTheIndexsTitlesAndFindThem() throws Exception {
        String base = "http://127.0.0.1:" + app.port();
        List<String> paths;
        try (WarmUp warmUp = new WarmUp(base)) {
            paths = warmUp.paths();
        }
        assertTrue(paths.size() >= 5 * 7, "every seed gives its searches: " + paths.size());
        int found = 0;
        for (String path : paths) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), path + " " + r.body());
            found += path.startsWith("/api/search?q=") && !path.contains("&") && !r.body().contains("\"total\":0") ? 1 : 0;
        }
        assertEquals(5, found, "each title's own words find something");

        // how many requests fit in a budget is the machine's speed, not the warm-up's; that it uses the budget is its own
        Duration budget = Duration.ofSeconds(1);
        WarmUp.Result warm;
        try (WarmUp warmUp = new WarmUp(base)) {
            warm = warmUp.run(budget);
        }
        assertTrue(warm.requests() > 0 && warm.took().compareTo(budget) >= 0, "it keeps searching for its budget: " + warm);
        assertEquals(0, warm.failed(), warm.toString());
    }

    @Test
    void endsAtOnceWithoutElasticsearch() throws Exception {
        Javalin down = SeededApi.serveWithoutElasticsearch("test-warm-up");
        try (WarmUp warmUp = new WarmUp("http://127.0.0.1:" + down.port())) {
            WarmUp.Result r = warmUp.run(Duration.ofSeconds(30));
            assertTrue(r.requests() <= 4, "a warm-up over no index does not spend its budget failing: " + r);
        } finally {
            down.stop();
        }
    }
}
