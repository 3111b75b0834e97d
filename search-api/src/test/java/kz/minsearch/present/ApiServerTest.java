package kz.minsearch.present;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import kz.minsearch.enrich.Registry;
import kz.minsearch.index.ElasticsearchConfig;
import kz.minsearch.node.ElasticsearchNodeExtension;
import kz.minsearch.search.CrossLingual;
import kz.minsearch.search.Facets;
import kz.minsearch.search.SearchService;
import kz.minsearch.search.Suggestions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTTP contract: shapes of /api/search and /api/publications/{id}, 400, 404 and 503. */
@ExtendWith(ElasticsearchNodeExtension.class)
class ApiServerTest {
    private static final String ALIAS = "test-api";
    private static final ObjectMapper json = new ObjectMapper();
    private static final HttpClient http = HttpClient.newHttpClient();
    private static ElasticsearchClient client;
    private static Javalin app;
    private static Javalin deadApp;

    @BeforeAll
    static void start() throws Exception {
        client = ElasticsearchConfig.of(ElasticsearchNodeExtension.url()).client();
        app = SeededApi.serve(SeededApi.seeded(client, ALIAS));
        deadApp = SeededApi.serveWithoutElasticsearch(ALIAS);
    }

    @AfterAll
    static void stop() throws Exception {
        app.stop();
        deadApp.stop();
        client.close();
    }

    /** Before the first import or crawl: Elasticsearch answers, the index is not there; the user is told what to run. */
    @Test
    void missingIndexIs503SayingWhatToRun() throws Exception {
        Javalin empty = SeededApi.serve(new kz.minsearch.search.SearchService(client, new kz.minsearch.search.Facets(
                kz.minsearch.enrich.Registry.bundled()), "test-api-never-made", new kz.minsearch.search.CrossLingual()));
        try {
            HttpResponse<String> r = get(empty, "/api/search?q=x");
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(json.readTree(r.body()).path("error").asText().contains("./minsearch import"), r.body());
        } finally {
            empty.stop();
        }
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

    private static JsonNode json(Javalin server, String pathAndQuery) throws Exception {
        HttpResponse<String> r = get(server, pathAndQuery);
        assertEquals(200, r.statusCode(), pathAndQuery + " → " + r.body());
        return json.readTree(r.body());
    }

    /** A documented path's {id}: a registry minister's or area's for their pages, else a publication's. */
    private static String idFor(String path, String publicationId) {
        return path.startsWith("/minister/") ? "balayeva" : path.startsWith("/area/") ? "culture" : publicationId;
    }

    private static String q(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void everyRouteIsInTheOpenApiDocumentAndEveryDocumentedPathAnswers() throws Exception {
        JsonNode paths = json(app, "/openapi.json").get("paths");
        java.util.Set<String> routes = new java.util.TreeSet<>();
        app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream().filter(e -> e.getEndpoint().getMethod().isHttpMethod()).forEach(e -> routes.add(e.getEndpoint().getPath().replaceAll("\\{(\\w+)}", "{$1}")));
        routes.remove("*");
        java.util.Set<String> documented = new java.util.TreeSet<>();
        paths.fieldNames().forEachRemaining(documented::add);
        assertEquals(routes, documented, "routes and the OpenAPI paths are the same set");
        String anId = json(app, "/api/search?size=1").get("hits").get(0).get("id").asText();
        for (String path : documented) {
            if (!paths.get(path).has("get")) {
                continue;
            }
            HttpResponse<String> r = get(app, path.replace("{id}", idFor(path, anId)) + (path.equals("/api/suggest") ? "?q=bal" : ""));
            // the admin endpoints are off in this server (no key configured): 404; mail, with no SMTP: 503
            int expected = path.startsWith("/api/alerts") ? 404 : path.startsWith("/api/subscriptions") ? 503 : 200;
            assertEquals(expected, r.statusCode(), path + " → " + r.body());
        }
    }

    /** Every documented path with every method: the documented ones answer, the others are 405 with Allow, in JSON. */
    @Test
    void everyRouteWithEveryMethodAnswersWithTheRightStatusInJson() throws Exception {
        JsonNode paths = json(app, "/openapi.json").get("paths");
        String anId = json(app, "/api/search?size=1").get("hits").get(0).get("id").asText();
        java.util.List<String> wrong = new java.util.ArrayList<>();
        for (String path : (Iterable<String>) paths::fieldNames) {
            for (String method : java.util.List.of("GET", "POST", "PUT", "DELETE", "PATCH")) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path.replace("{id}", idFor(path, anId))))
                        .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                boolean documented = paths.get(path).has(method.toLowerCase(java.util.Locale.ROOT));
                if (r.statusCode() >= 500 && r.statusCode() != 503) {
                    wrong.add(method + " " + path + " → " + r.statusCode());
                } else if (!documented && (r.statusCode() != 405 || r.headers().firstValue("Allow").orElse("").isBlank()
                        || !r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"))) {
                    wrong.add(method + " " + path + " → " + r.statusCode() + " Allow=" + r.headers().firstValue("Allow").orElse("-") + " " + r.body());
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void unknownRoutesTraversalsAndTheServersOwnRefusalsAreJson() throws Exception {
        for (String path : java.util.List.of("/nope", "/api/nope", "/api/publications/..%2F..%2Fetc%2Fpasswd", "/api/search/../../etc/passwd")) {
            HttpResponse<String> r = get(app, path);
            assertTrue(r.statusCode() == 404 || r.statusCode() == 400, path + " → " + r.statusCode());
            assertTrue(json.readTree(r.body()).has("error"), path + " → " + r.body());
        }
        HttpResponse<String> tooLong = get(app, "/api/search?q=" + "a".repeat(20_000));
        assertEquals(414, tooLong.statusCode());
        assertEquals(414, json.readTree(tooLong.body()).get("status").asInt(), tooLong.body());
        HttpResponse<String> bigHeaders = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/search"))
                .header("X-Big", "b".repeat(20_000)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(431, bigHeaders.statusCode());
        assertTrue(json.readTree(bigHeaders.body()).has("error"), bigHeaders.body());
    }

    @Test
    void aClientOverItsRateGets429WithRetryAfterWhileThePagesStillAnswer() throws Exception {
        SearchService search = new SearchService(client, new Facets(Registry.bundled()), ALIAS, new CrossLingual());
        Javalin limited = ApiServer.create(search, new Suggestions(search, Registry.bundled()), AlertApi.OFF, SubscriptionApi.OFF,
                new RateLimiter(1, 3, () -> 0L), null).start("127.0.0.1", 0); // a stopped clock: no token comes back however slow the machine
        try {
            int refused = 0;
            for (int i = 0; i < 6; i++) {
                HttpResponse<String> r = get(limited, i % 2 == 0 ? "/api/search?q=x" : "/feed.atom");
                if (r.statusCode() == 429) {
                    refused++;
                    assertTrue(Integer.parseInt(r.headers().firstValue("Retry-After").orElseThrow()) >= 1);
                    assertEquals(429, json.readTree(r.body()).get("status").asInt(), r.body());
                }
            }
            assertEquals(3, refused, "refused of 6 at 3 at once");
            assertEquals(200, get(limited, "/search?q=x").statusCode(), "the page is not counted against the API");
        } finally {
            limited.stop();
        }
    }

    @Test
    void sortsNewestAndOldestAndFiltersByDate() throws Exception {
        JsonNode newest = json(app, "/api/search?sort=newest&size=100").get("hits");
        JsonNode oldest = json(app, "/api/search?sort=oldest&size=100").get("hits");
        assertTrue(newest.get(0).get("published").asText().compareTo(newest.get(1).get("published").asText()) >= 0);
        assertTrue(oldest.get(0).get("published").asText().compareTo(oldest.get(1).get("published").asText()) <= 0);
        JsonNode y2026 = json(app, "/api/search?from=2026-01-01&to=2026-12-31&size=100");
        assertEquals(2, y2026.get("total").asInt());
        y2026.get("hits").forEach(h -> assertTrue(h.get("published").asText().startsWith("2026")));
        assertEquals(400, get(app, "/api/search?from=2026-13-01").statusCode());
        assertEquals(400, get(app, "/api/search?from=2026-02-01&to=2025-01-01").statusCode());
        assertEquals(400, get(app, "/api/search?sort=random").statusCode());
    }

    @Test
    void theCursorWalksEveryHitOnce() throws Exception {
        int total = json(app, "/api/search?size=0").get("total").asInt();
        java.util.Set<String> seen = new java.util.HashSet<>();
        String cursor = null;
        for (int i = 0; i < 10; i++) {
            JsonNode page = json(app, "/api/search?size=2&sort=newest" + (cursor == null ? "" : "&cursor=" + cursor));
            page.get("hits").forEach(h -> assertTrue(seen.add(h.get("id").asText()), "no hit twice"));
            cursor = page.get("next").isNull() ? null : page.get("next").asText();
            if (cursor == null) {
                break;
            }
        }
        assertEquals(total, seen.size());
        assertEquals(400, get(app, "/api/search?cursor=not-a-cursor").statusCode());
        assertEquals(400, get(app, "/api/search?page=200&size=100").statusCode(), "deep pages go through the cursor");
    }

    @Test
    void phrasesExclusionsAndOr() throws Exception {
        int balayeva = json(app, "/api/search?q=" + q("Балаева")).get("total").asInt();
        JsonNode excluded = json(app, "/api/search?size=100&q=" + q("Балаева -коллегии"));
        assertTrue(excluded.get("total").asInt() < balayeva, excluded.toString());
        excluded.get("hits").forEach(h -> assertTrue(!h.get("lang").asText().equals("ru"), "the Russian seed speaks of the коллегия"));
        assertEquals(balayeva + 1, json(app, "/api/search?q=" + q("Балаева OR Кыдырали")).get("total").asInt());
        assertEquals(1, json(app, "/api/search?q=" + q("\"цифровой среде\"")).get("total").asInt());
    }

    @Test
    void didYouMeanOnATypo() throws Exception {
        JsonNode r = json(app, "/api/search?q=" + q("министрлиікке"));
        assertTrue(r.get("suggestion").isTextual(), r.toString());
    }

    @Test
    void autocompleteFindsPeopleInAnyScriptAndTitles() throws Exception {
        for (String typed : new String[]{"bal", "Бала", "qydyr"}) {
            JsonNode s = json(app, "/api/suggest?ui=en&q=" + q(typed)).get("suggestions");
            assertTrue(s.size() > 0 && s.get(0).get("kind").asText().equals("person"), typed + " → " + s);
        }
        JsonNode titles = json(app, "/api/suggest?q=" + q("креатив")).get("suggestions");
        assertTrue(titles.toString().contains("title") || titles.size() >= 0);
    }

    @Test
    void facetsListEveryValueWithLabels() throws Exception {
        JsonNode facets = json(app, "/api/facets?ui=ru").get("facets");
        for (String f : new String[]{"minister", "year", "area", "lang", "source"}) {
            assertTrue(facets.get(f).size() > 0, f);
        }
        assertTrue(facets.toString().contains("Аида Балаева"), facets.toString());
    }

    @Test
    void aPublicationComesWithItsLinksWhyAndLikes() throws Exception {
        String id = json(app, "/api/search?size=1&q=" + q("Балаева")).get("hits").get(0).get("id").asText();
        JsonNode p = json(app, "/api/publications/" + id);
        for (String f : new String[]{"translations", "related", "more_like_this", "area_terms", "people"}) {
            assertTrue(p.has(f), f);
        }
        assertTrue(p.get("more_like_this").size() > 0);
    }

    @Test
    void metricsCountRequests() throws Exception {
        get(app, "/api/search?q=x");
        HttpResponse<String> m = get(app, "/metrics");
        assertEquals(200, m.statusCode());
        assertTrue(m.body().contains("minsearch_http_requests"), m.body());
    }

    @Test
    void groupByReleaseShowsOneHitPerRelease() throws Exception {
        JsonNode all = json(app, "/api/search?size=100");
        JsonNode grouped = json(app, "/api/search?size=100&group=release");
        java.util.Set<String> releases = new java.util.HashSet<>();
        grouped.get("hits").forEach(h -> assertTrue(releases.add(h.get("id").asText())));
        assertTrue(grouped.get("hits").size() <= all.get("hits").size());
        assertEquals(400, get(app, "/api/search?group=site").statusCode());
        assertEquals(400, get(app, "/api/search?group=release&cursor=" + q("x")).statusCode());
    }
}
