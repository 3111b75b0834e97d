package kz.minsearch.present;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.javalin.Javalin;
import kz.minsearch.alert.AlertRunner;
import kz.minsearch.alert.AlertStore;
import kz.minsearch.alert.WebhookTargets;
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

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Webhook alerts end to end on 127.0.0.1: registration behind the admin key, matching, signed delivery, retries. */
@ExtendWith(ElasticsearchNodeExtension.class)
class AlertsTest {
    private static final String KEY = "test-admin-key";
    private static final ObjectMapper json = new ObjectMapper();
    private static final HttpClient http = HttpClient.newHttpClient();
    private static ElasticsearchClient client;
    private static PublicationIndex index;
    private static Enricher enricher;
    private static SearchService search;
    private static AlertStore store;
    private static Javalin open;
    private static Javalin strict;
    private static Javalin off;
    private static HttpServer receiver;
    private static final List<String[]> received = new CopyOnWriteArrayList<>();
    private static final AtomicInteger failNext = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        client = ElasticsearchConfig.of(ElasticsearchNodeExtension.url()).client();
        index = new PublicationIndex(client, "test-alerts-publications", PublicationIndex.mapping());
        index.ensureCreated();
        enricher = new Enricher(Registry.bundled());
        search = new SearchService(client, new Facets(Registry.bundled()), "test-alerts-publications", new CrossLingual());
        store = new AlertStore(client, "test-alerts");
        Suggestions suggestions = new Suggestions(search, Registry.bundled());
        open = ApiServer.create(search, suggestions, new AlertApi(KEY, store, new WebhookTargets(true)), SubscriptionApi.OFF).start("127.0.0.1", 0);
        strict = ApiServer.create(search, suggestions, new AlertApi(KEY, store, new WebhookTargets(false)), SubscriptionApi.OFF).start("127.0.0.1", 0);
        off = ApiServer.create(search, suggestions).start("127.0.0.1", 0);
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 200;
            if (status == 200) {
                received.add(new String[]{new String(body, java.nio.charset.StandardCharsets.UTF_8),
                        exchange.getRequestHeaders().getFirst(AlertRunner.SIGNATURE_HEADER)});
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stop() throws Exception {
        open.stop();
        strict.stop();
        off.stop();
        receiver.stop(0);
        client.close();
    }

    private static HttpResponse<String> send(Javalin app, String method, String path, String body, boolean withKey) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (withKey) {
            b.header("Authorization", "Bearer " + KEY);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void publish(String path, String title) throws Exception {
        index.index(List.of(enricher.enrich(new Article("http://127.0.0.1/" + path, "alerts.example", title,
                title + ". Театры регионов получат гранты на новые постановки.", OffsetDateTime.parse("2025-11-01T10:00:00+05:00")))), true);
    }

    @Test
    void withoutTheKeyAlertsAreRefusedAndWithoutAConfiguredKeyTheyAreOff() throws Exception {
        String body = "{\"query\": {\"q\": \"театр\"}, \"webhook\": \"https://example.org/hook\"}";
        assertEquals(401, send(open, "POST", "/api/alerts", body, false).statusCode());
        HttpResponse<String> offAnswer = send(off, "POST", "/api/alerts", body, true);
        assertEquals(404, offAnswer.statusCode());
        assertTrue(json.readTree(offAnswer.body()).has("error"));
    }

    @Test
    void internalWebhooksAreRefusedByDefault() throws Exception {
        for (String hook : new String[]{"http://127.0.0.1:9/hook", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.5/x",
                "http://localhost/x", "ftp://example.org/x", "http://[::1]/x"}) {
            HttpResponse<String> r = send(strict, "POST", "/api/alerts", "{\"query\": {\"q\": \"театр\"}, \"webhook\": \"" + hook + "\"}", true);
            assertEquals(400, r.statusCode(), hook + " → " + r.body());
            assertEquals("webhook", json.readTree(r.body()).get("parameter").asText());
        }
        assertEquals(400, send(open, "POST", "/api/alerts", "{\"query\": {\"size\": \"9999\"}, \"webhook\": \"http://127.0.0.1/x\"}", true).statusCode());
    }

    @Test
    void newPublicationsArePostedOnceSignedAndRetriedAfterAFailure() throws Exception {
        String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        HttpResponse<String> created = send(open, "POST", "/api/alerts",
                "{\"query\": {\"q\": \"гранты театрам\", \"lang\": [\"ru\"]}, \"webhook\": \"" + hook + "\"}", true);
        assertEquals(201, created.statusCode(), created.body());
        JsonNode alert = json.readTree(created.body());
        String id = alert.get("id").asText();
        String secret = alert.get("secret").asText();
        AlertRunner runner = new AlertRunner(store, search, new WebhookTargets(true), null, "http://127.0.0.1", Duration.ofMillis(10));

        Thread.sleep(20);
        publish("first", "Театры получат гранты");
        received.clear();
        runner.run();
        assertEquals(1, received.size(), "one POST for the cycle");
        JsonNode delivery = json.readTree(received.get(0)[0]);
        assertEquals(id, delivery.get("alert").asText());
        assertEquals("http://127.0.0.1/first", delivery.get("publications").get(0).get("url").asText());
        assertEquals("sha256=" + AlertRunner.hmac(secret, received.get(0)[0].getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                received.get(0)[1], "the receiver can check the signature");

        runner.run();
        assertEquals(1, received.size(), "nothing new, nothing sent");

        publish("second", "Гранты театрам: второй конкурс");
        failNext.set(ATTEMPTS_OF_A_CYCLE);
        runner.run();
        assertEquals(1, received.size(), "the receiver failed every attempt of this cycle");
        JsonNode owing = json.readTree(send(open, "GET", "/api/alerts/" + id, null, true).body());
        assertEquals(1, owing.get("owed").size(), "what failed is still owed: " + owing);
        assertFalse(owing.has("secret"));
        runner.run();
        assertEquals(2, received.size(), "delivered at the next cycle");
        assertEquals("http://127.0.0.1/second", json.readTree(received.get(1)[0]).get("publications").get(0).get("url").asText());
        runner.run();
        assertEquals(2, received.size(), "and only once");
        String metrics = send(open, "GET", "/metrics", null, false).body();
        assertTrue(metrics.contains("minsearch_alert_deliveries_total{channel=\"webhook\",outcome=\"failed\"}"), metrics);
        assertTrue(metrics.contains("minsearch_alert_deliveries_total{channel=\"webhook\",outcome=\"delivered\"}"), metrics);

        assertEquals(204, send(open, "DELETE", "/api/alerts/" + id, null, true).statusCode());
        assertEquals(404, send(open, "GET", "/api/alerts/" + id, null, true).statusCode());
    }

    private static final int ATTEMPTS_OF_A_CYCLE = 3;

    /** More new publications than one cycle takes: the earliest go first, the rest the next cycle, none lost. */
    @Test
    void aFloodOfNewPublicationsIsDeliveredOverCyclesWithoutLoss() throws Exception {
        List<String> bodies = new CopyOnWriteArrayList<>();
        HttpServer flood = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        flood.createContext("/flood", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        flood.start();
        try {
            HttpResponse<String> created = send(open, "POST", "/api/alerts", "{\"query\": {\"q\": \"этнофестиваль\"}, "
                    + "\"webhook\": \"http://127.0.0.1:" + flood.getAddress().getPort() + "/flood\"}", true);
            assertEquals(201, created.statusCode(), created.body());
            Thread.sleep(20);
            List<kz.minsearch.index.Publication> many = new java.util.ArrayList<>();
            for (int i = 0; i < 101; i++) {
                many.add(enricher.enrich(new Article("http://127.0.0.1/flood-" + i, "alerts.example", "Этнофестиваль, день " + i,
                        "Этнофестиваль продолжается: выступления ансамблей, день " + i + ".", null)));
            }
            index.index(many, true);
            AlertRunner runner = new AlertRunner(store, search, new WebhookTargets(true), null, "http://127.0.0.1", Duration.ofMillis(10));
            runner.run();
            runner.run();
            runner.run();
            java.util.Set<String> urls = new java.util.HashSet<>();
            for (String body : bodies) {
                json.readTree(body).get("publications").forEach(p -> assertTrue(urls.add(p.get("url").asText()), "none twice"));
            }
            assertEquals(101, urls.size(), "none lost: " + bodies.size() + " deliveries");
            assertEquals(2, bodies.size(), "a hundred, then the one left");
        } finally {
            flood.stop(0);
        }
    }
}
