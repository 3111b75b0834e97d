package kz.minsearch.present;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.minsearch.enrich.Language;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fresh API's own traffic before it takes anyone's: the JIT compiles the search path (Jetty, the Elasticsearch
 * client, Jackson, the analyzers, the page's templates) in the API's first seconds, and a search then costs two to four
 * times what it costs a minute later. The searches are made of the index's own newest titles, so they find what the
 * index holds (hits, highlights, facets are all drawn) whatever its languages; they only read.
 */
public final class WarmUp implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int TITLES = 20;

    /** What the warm-up did: the requests answered, and how many of them failed (Elasticsearch down, say). */
    public record Result(int requests, int failed, Duration took) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String base;

    /** @param base the address of an API no one else uses yet (its own loopback listener) */
    public WarmUp(String base) {
        this.base = base;
    }

    /** Searches for {@code budget}; ends early when the index can't be read, since searches would only fail alike. */
    public Result run(Duration budget) {
        long start = System.nanoTime();
        long end = start + budget.toNanos();
        List<String> paths = paths();
        int requests = 0;
        int failed = 0;
        for (int i = 0; !paths.isEmpty() && System.nanoTime() < end && !Thread.currentThread().isInterrupted(); i++) {
            requests++;
            if (!get(paths.get(i % paths.size()))) {
                failed++;
                if (failed > 3 && failed * 2 > requests) {
                    break;
                }
            }
        }
        return new Result(requests, failed, Duration.ofNanos(System.nanoTime() - start));
    }

    /** The warm-up's requests: for each of the newest titles, searches of one to three of its words, as people search. */
    List<String> paths() {
        List<String> paths = new ArrayList<>();
        JsonNode newest = read("/api/search?sort=newest&size=" + TITLES);
        if (newest == null) {
            return paths;
        }
        int n = 0;
        for (JsonNode hit : newest.path("hits")) {
            String[] words = Arrays.stream(hit.path("title").asText().split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() > 2)
                    .toArray(String[]::new);
            if (words.length == 0) {
                continue;
            }
            String q = "q=" + encode(String.join(" ", Arrays.copyOfRange(words, 0, Math.min(words.length, 1 + n % 3))));
            String lang = Language.ANALYZED.get(n % Language.ANALYZED.size()).code();
            paths.add("/api/search?" + q);
            paths.add("/api/search?" + q + "&lang=" + lang);
            String published = hit.path("published").asText();
            if (published.matches("\\d{4}-.*")) {
                paths.add("/api/search?" + q + "&year=" + published.substring(0, 4));
            }
            paths.add("/api/search?sort=newest&lang=" + lang + "&page=" + (1 + n % 3));
            paths.add("/api/search?" + q + "&group=release");
            paths.add("/api/publications/" + encode(hit.path("id").asText()));
            paths.add("/api/suggest?q=" + encode(words[0].substring(0, Math.min(3, words[0].length()))));
            if (n % 4 == 0) { // the pages and the feed cost more than a search, and are asked for less
                paths.add("/?" + q);
                paths.add("/p/" + encode(hit.path("id").asText()));
                paths.add("/feed.atom?" + q);
            }
            n++;
        }
        return paths;
    }

    private JsonNode read(String path) {
        HttpResponse<String> r = send(path, HttpResponse.BodyHandlers.ofString());
        try {
            return r != null && r.statusCode() == 200 ? JSON.readTree(r.body()) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private boolean get(String path) {
        HttpResponse<Void> r = send(path, HttpResponse.BodyHandlers.discarding());
        return r != null && r.statusCode() < 500;
    }

    /** The answer, or null when there was none (a refused connection, a timeout). */
    private <T> HttpResponse<T> send(String path, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).build(), body);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Its HTTP client's threads and connections end with it. */
    @Override
    public void close() {
        http.close();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
