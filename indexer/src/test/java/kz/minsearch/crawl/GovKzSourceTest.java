package kz.minsearch.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import kz.minsearch.eval.ExtractionEvaluation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The portal's JSON API as public scrapers describe it, served on 127.0.0.1 from the fixture answers. */
class GovKzSourceTest {
    private HttpServer server;

    private String serve(java.util.function.BiFunction<String, Integer, String> answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(GovKzSource.NEWS_PATH, ex -> {
            try (ex) {
                Matcher page = Pattern.compile("page=(\\d+)").matcher(ex.getRequestURI().getQuery());
                String body = answer.apply(ex.getRequestHeaders().getFirst("Accept-Language"), page.find() ? Integer.parseInt(page.group(1)) : 1);
                byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type", "application/json");
                ex.sendResponseHeaders(body == null ? 404 : 200, bytes.length == 0 ? -1 : bytes.length);
                if (bytes.length > 0) {
                    ex.getResponseBody().write(bytes);
                }
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void everyReleaseInEveryLanguageMatchesThePortalPages() throws Exception {
        String base = serve((lang, page) -> {
            try {
                Path file = Path.of("../corpus/govapi/news-" + lang + "-page-" + page + ".json");
                return Files.exists(file) ? Files.readString(file) : null;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Map<String, JsonNode> truth = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(Path.of("../corpus/truth/articles.jsonl"))) {
            JsonNode t = json.readTree(line);
            truth.put(t.get("path").asText(), t);
        }
        GovKzSource source = new GovKzSource(base, "mam");
        int checked = 0;
        for (String lang : List.of("kk", "ru", "en")) {
            List<GovKzSource.Release> releases = source.releases(lang);
            assertEquals(lang.equals("en") ? 9 : 8, releases.size(), lang);
            for (GovKzSource.Release r : releases) {
                JsonNode page = truth.get("sites/gov/" + lang + "/news/" + r.portalId() + ".html");
                assertEquals(page.get("title").asText(), r.article().title());
                // the API gives Astana wall-clock time without an offset: the wall clock must match the page's
                assertEquals(OffsetDateTime.parse(page.get("published").asText()).toLocalDateTime(), r.article().published().toLocalDateTime());
                double f1 = ExtractionEvaluation.tokenF1(r.article().body(), page.get("body").asText());
                assertTrue(f1 >= 0.97, r.portalId() + " " + lang + " body F1 " + f1 + ": " + r.article().body());
                assertTrue(r.article().url().endsWith("/press/news/details/" + r.portalId() + "?lang=" + lang));
                checked++;
            }
        }
        assertEquals(25, checked);
    }

    @Test
    void anAnswerOfAnotherShapeStopsWithAClearError() throws Exception {
        String base = serve((lang, page) -> "{\"items\": [], \"total\": 0}");
        GovKzSource.ShapeException e = assertThrows(GovKzSource.ShapeException.class, () -> new GovKzSource(base, "mam").releases("kk"));
        assertTrue(e.getMessage().contains("'content'") && e.getMessage().contains("items"), e.getMessage());
    }

    @Test
    void aChangedFieldTypeIsNamed() throws Exception {
        String base = serve((lang, page) -> "{\"content\": [{\"id\": \"x1\", \"title\": \"t\", \"created_date\": \"2025-01-01T10:00:00\", \"body\": \"<p>b</p>\"}], \"totalElements\": 1}");
        GovKzSource.ShapeException e = assertThrows(GovKzSource.ShapeException.class, () -> new GovKzSource(base, "mam").releases("ru"));
        assertTrue(e.getMessage().contains("'id'"), e.getMessage());
    }
}
