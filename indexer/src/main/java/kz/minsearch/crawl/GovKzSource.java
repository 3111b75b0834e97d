package kz.minsearch.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.minsearch.extract.Article;
import kz.minsearch.extract.DateFinder;
import kz.minsearch.extract.PageExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The ministry's portal, gov.kz, is a single-page app: its news come from a JSON API, one language per
 * {@code Accept-Language}. This source pages through that API and turns each item into an article whose URL is the
 * portal's article page for that language, so the three languages of one release share the portal's id.
 *
 * <p>The answer's shape is known only from public third-party scrapers, not from documentation: every field we
 * rely on is checked, and an answer of another shape stops the source with an error naming what differed.
 */
public final class GovKzSource {
    private static final Logger log = LoggerFactory.getLogger(GovKzSource.class);
    static final String NEWS_PATH = "/api/v1/public/content-manager/news";
    static final int PAGE_SIZE = 4;
    private static final int MAX_PAGES = 500;

    /** The live answer is not what the portal's public scrapers describe. */
    public static final class ShapeException extends IOException {
        public ShapeException(String message) {
            super(message);
        }
    }

    /** A release in one language, with the portal's id that its other languages share. */
    public record Release(long portalId, String lang, Article article) {
    }

    private final String base;
    private final String project;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();

    /** @param base the portal, e.g. {@code https://www.gov.kz}; @param project the ministry's code there ({@code mam}) */
    public GovKzSource(String base, String project) {
        this.base = base.replaceAll("/+$", "");
        this.project = project;
    }

    public List<Release> releases(String lang) throws IOException, InterruptedException {
        List<Release> out = new ArrayList<>();
        for (int page = 1; page <= MAX_PAGES; page++) {
            URI uri = URI.create(base + NEWS_PATH + "?sort-by=created_date:DESC&projects=eq:" + project + "&page=" + page + "&size=" + PAGE_SIZE);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Accept-Language", lang).header("Accept", "application/json")
                    .header("User-Agent", kz.minsearch.fetch.FetchOptions.USER_AGENT).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("gov.kz answered HTTP " + response.statusCode() + " for " + uri);
            }
            JsonNode answer = json.readTree(response.body());
            JsonNode content = require(answer, "content", uri);
            long total = require(answer, "totalElements", uri).asLong();
            if (!content.isArray()) {
                throw new ShapeException("gov.kz answer for " + uri + ": 'content' is " + content.getNodeType() + ", not an array");
            }
            for (JsonNode item : content) {
                out.add(release(item, lang, uri));
            }
            log.info("event=govkz_page lang={} page={} items={} total={}", lang, page, content.size(), total);
            if (content.isEmpty() || (long) page * PAGE_SIZE >= total) {
                break;
            }
        }
        return out;
    }

    private Release release(JsonNode item, String lang, URI from) throws ShapeException {
        JsonNode id = require(item, "id", from);
        if (!id.canConvertToLong()) {
            throw new ShapeException("gov.kz item in " + from + ": 'id' is " + id + ", not a number");
        }
        String title = text(item, "title", from);
        String created = text(item, "created_date", from);
        String body = text(item, "body", from);
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(created);
        } catch (DateTimeParseException e) {
            throw new ShapeException("gov.kz item " + id + ": 'created_date' is '" + created + "', not a local date-time");
        }
        String url = base + "/memleket/entities/" + project + "/press/news/details/" + id.asLong() + "?lang=" + lang;
        Article article = new Article(url, sourceName(), title, PageExtractor.bodyOf(body), DateFinder.inKazakhstan(local));
        return new Release(id.asLong(), lang, article);
    }

    private String sourceName() {
        return URI.create(base).getHost();
    }

    private static JsonNode require(JsonNode node, String field, URI from) throws ShapeException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new ShapeException("gov.kz answer for " + from + " has no '" + field + "' (fields: "
                    + String.join(", ", iterable(node)) + ")");
        }
        return value;
    }

    private static String text(JsonNode node, String field, URI from) throws ShapeException {
        JsonNode value = require(node, field, from);
        if (!value.isTextual()) {
            throw new ShapeException("gov.kz item in " + from + ": '" + field + "' is " + value.getNodeType() + ", not text");
        }
        return value.asText();
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
