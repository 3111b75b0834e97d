package kz.minsearch.present;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.javalin.Javalin;
import kz.minsearch.enrich.Registry;
import kz.minsearch.index.ElasticsearchConfig;
import kz.minsearch.node.ElasticsearchNodeExtension;
import kz.minsearch.search.Export;
import kz.minsearch.search.FixtureIndex;
import kz.minsearch.search.SearchService;
import kz.minsearch.search.Suggestions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exports over the fixture web in the real node: every hit of the search, in both formats, capped and rate-limited. */
@ExtendWith(ElasticsearchNodeExtension.class)
class ExportTest {
    private static final String ALIAS = "test-export";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ElasticsearchClient client;
    private static SearchService search;
    private static Javalin app;

    @BeforeAll
    static void start() throws Exception {
        client = ElasticsearchConfig.of(ElasticsearchNodeExtension.url()).client();
        search = FixtureIndex.fixtureWeb(client, ALIAS);
        app = SeededApi.serve(search);
    }

    @AfterAll
    static void stop() throws Exception {
        app.stop();
        client.close();
    }

    private static HttpResponse<byte[]> get(Javalin server, String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The ids of every hit of a search, paged through the API as a client would. */
    private static Set<String> searchIds(String query) throws Exception {
        Set<String> ids = new HashSet<>();
        String cursor = null;
        do {
            JsonNode page = JSON.readTree(get(app, "/api/search?size=100" + query + (cursor == null ? "" : "&cursor=" + q(cursor))).body());
            page.get("hits").forEach(h -> ids.add(h.get("id").asText()));
            cursor = page.path("next").isTextual() ? page.get("next").asText() : null;
        } while (cursor != null);
        return ids;
    }

    private static long total(String query) throws Exception {
        return JSON.readTree(get(app, "/api/search?size=0" + query).body()).get("total").asLong();
    }

    @Test
    void anExportHoldsEveryHitOfTheSearchAndNothingElse() throws Exception {
        for (String query : List.of("", "&q=" + q("Балаева"), "&area=culture", "&lang=kk&q=" + q("заң"), "&q=" + q("жжжщщщ"))) {
            HttpResponse<byte[]> r = get(app, "/export.jsonl?" + query);
            assertEquals(200, r.statusCode());
            List<JsonNode> lines = new ArrayList<>();
            for (String line : new String(r.body(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    lines.add(JSON.readTree(line));
                }
            }
            long total = total(query);
            assertEquals(total, lines.size(), query);
            assertEquals(String.valueOf(total), r.headers().firstValue("X-Minsearch-Total").orElseThrow());
            assertFalse(r.headers().firstValue("X-Minsearch-Export-Cap").isPresent(), "no cap reached");
            Set<String> exported = new HashSet<>();
            lines.forEach(l -> exported.add(l.get("id").asText()));
            assertEquals(lines.size(), exported.size(), "no publication twice");
            assertEquals(searchIds(query), exported, query);
            lines.forEach(l -> assertEquals(Export.COLUMNS, iterable(l.fieldNames())));
        }
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> out = new ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }

    @Test
    void csvBeginsWithAByteOrderMarkAndKeepsKazakhLetters() throws Exception {
        HttpResponse<byte[]> r = get(app, "/export.csv?lang=kk");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        byte[] body = r.body();
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3));
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            it.forEachRemaining(rows::add);
        }
        assertEquals(total("&lang=kk"), rows.size());
        assertEquals(Export.COLUMNS, new ArrayList<>(rows.get(0).keySet()));
        assertTrue(rows.stream().allMatch(row -> row.get("lang").equals("kk")));
        assertTrue(rows.stream().anyMatch(row -> row.get("title").matches(".*[әғқңөұүһі].*")), "Kazakh letters survive: " + rows.get(0));
        assertTrue(rows.stream().anyMatch(row -> row.get("areas").contains("; ")), "lists are joined by '; '");
    }

    @Test
    void anExportStopsAtItsCapAndSaysSo() throws Exception {
        Javalin capped = ApiServer.create(search, new Suggestions(search, Registry.bundled()), AlertApi.OFF, SubscriptionApi.OFF,
                RateLimiter.OFF, null, 5).start("127.0.0.1", 0);
        try {
            HttpResponse<byte[]> r = get(capped, "/export.jsonl");
            assertEquals(5, new String(r.body(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count());
            assertTrue(r.headers().firstValue("X-Minsearch-Export-Cap").orElse("").startsWith("5 of " + total("")),
                    r.headers().map().toString());
        } finally {
            capped.stop();
        }
    }

    @Test
    void exportsAreRateLimitedLikeTheApiAndRefuseBadParameters() throws Exception {
        Javalin limited = ApiServer.create(search, new Suggestions(search, Registry.bundled()), AlertApi.OFF, SubscriptionApi.OFF,
                new RateLimiter(0.01, 1, System::nanoTime), null, Export.DEFAULT_MAX).start("127.0.0.1", 0);
        try {
            assertEquals(200, get(limited, "/export.csv").statusCode());
            HttpResponse<byte[]> second = get(limited, "/export.jsonl");
            assertEquals(429, second.statusCode());
            assertTrue(second.headers().firstValue("Retry-After").isPresent());
        } finally {
            limited.stop();
        }
        HttpResponse<byte[]> bad = get(app, "/export.csv?year=20x4");
        assertEquals(400, bad.statusCode());
        assertEquals("year", JSON.readTree(bad.body()).get("parameter").asText());
    }
}
