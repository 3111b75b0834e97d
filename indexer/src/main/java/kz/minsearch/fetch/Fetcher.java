package kz.minsearch.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches pages the way a polite crawler must: robots.txt obeyed, one request per host per {@code hostDelay},
 * bounded time and size, redirects followed only on the same host and never in a loop, retries with backoff for
 * failures that may pass, conditional requests for pages seen before, and only pages (HTML, XML feeds) accepted.
 */
public final class Fetcher {
    private static final Logger log = LoggerFactory.getLogger(Fetcher.class);
    private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([\\w.:-]+)");

    private final FetchOptions options;
    private final HttpClient http;
    private final Map<String, BaseRobotRules> robots = new ConcurrentHashMap<>();
    private final Map<String, Long> nextSlot = new ConcurrentHashMap<>();

    public Fetcher(FetchOptions options) {
        this.options = options;
        this.http = HttpClient.newBuilder().connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Fetches a page; {@code etag} and {@code lastModified} (either may be null) make the request conditional. */
    public FetchResult fetch(String url, String etag, String lastModified) {
        URI uri;
        try {
            uri = URI.create(url);
            if (uri.getHost() == null) {
                return new FetchResult.Failed(url, FetchResult.Failure.BAD_URL, "no host");
            }
        } catch (IllegalArgumentException e) {
            return new FetchResult.Failed(url, FetchResult.Failure.BAD_URL, e.getMessage());
        }
        Optional<FetchResult.Failed> refused = refused(url, uri);
        if (refused.isPresent()) {
            return refused.get(); // before robots.txt, which would be fetched from the same place
        }
        if (!robotsFor(uri).isAllowed(url)) {
            return new FetchResult.Failed(url, FetchResult.Failure.DISALLOWED_BY_ROBOTS, "robots.txt disallows it");
        }
        FetchResult result = null;
        for (int attempt = 1; attempt <= options.attempts(); attempt++) {
            result = fetchFollowingRedirects(uri, etag, lastModified);
            if (!(result instanceof FetchResult.Failed failed) || !failed.kind().retryable() || attempt == options.attempts()) {
                break;
            }
            long wait = options.backoff().toMillis() << (attempt - 1);
            log.info("event=fetch_retry url={} kind={} attempt={} wait_ms={}", url, failed.kind(), attempt, wait);
            sleep(wait);
        }
        return result;
    }

    private FetchResult fetchFollowingRedirects(URI start, String etag, String lastModified) {
        Set<URI> seen = new HashSet<>();
        URI uri = start;
        for (int hop = 0; hop <= options.maxRedirects(); hop++) {
            if (!seen.add(uri)) {
                return new FetchResult.Failed(start.toString(), FetchResult.Failure.REDIRECT_LOOP, "loops back to " + uri);
            }
            HttpResponse<InputStream> response;
            try {
                awaitSlot(uri);
                HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(options.requestTimeout())
                        .header("User-Agent", options.userAgent())
                        .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5");
                if (hop == 0 && etag != null) {
                    request.header("If-None-Match", etag);
                }
                if (hop == 0 && lastModified != null) {
                    request.header("If-Modified-Since", lastModified);
                }
                response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpTimeoutException e) {
                return new FetchResult.Failed(start.toString(), FetchResult.Failure.TIMEOUT, e.getMessage());
            } catch (ConnectException e) {
                return new FetchResult.Failed(start.toString(), FetchResult.Failure.CONNECTION, "connection refused");
            } catch (IOException e) {
                return new FetchResult.Failed(start.toString(), FetchResult.Failure.CONNECTION, String.valueOf(e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new FetchResult.Failed(start.toString(), FetchResult.Failure.CONNECTION, "interrupted");
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                close(response);
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    return new FetchResult.Failed(start.toString(), FetchResult.Failure.HTTP_CLIENT_ERROR, status + " without Location");
                }
                URI next = uri.resolve(location.strip());
                if (!Site.same(start, next)) {
                    return new FetchResult.Failed(start.toString(), FetchResult.Failure.OFF_HOST_REDIRECT, "redirects to " + next);
                }
                Optional<FetchResult.Failed> refused = refused(start.toString(), next);
                if (refused.isPresent()) {
                    return refused.get();
                }
                uri = next;
                continue;
            }
            return read(start, uri, response);
        }
        return new FetchResult.Failed(start.toString(), FetchResult.Failure.TOO_MANY_REDIRECTS,
                "more than " + options.maxRedirects() + " redirects");
    }

    /** A host the address policy forbids: the start's, and each redirect's (it may lead to another name of the site). */
    private Optional<FetchResult.Failed> refused(String url, URI uri) {
        return options.addresses().refusal(uri.getHost()).map(reason -> {
            log.warn("event=fetch_refused url={} reason=\"{}\"", uri, reason);
            return new FetchResult.Failed(url, FetchResult.Failure.PRIVATE_ADDRESS, reason);
        });
    }

    private FetchResult read(URI start, URI finalUri, HttpResponse<InputStream> response) {
        int status = response.statusCode();
        if (status == 304) {
            close(response);
            return new FetchResult.NotModified(start.toString());
        }
        if (status >= 400) {
            close(response);
            return new FetchResult.Failed(start.toString(), status >= 500 || status == 429
                    ? FetchResult.Failure.HTTP_SERVER_ERROR : FetchResult.Failure.HTTP_CLIENT_ERROR, "HTTP " + status);
        }
        HttpHeaders headers = response.headers();
        String type = headers.firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !(type.contains("html") || type.contains("xml") || type.contains("json") || type.startsWith("text/plain"))) {
            close(response);
            return new FetchResult.Failed(start.toString(), FetchResult.Failure.NOT_A_PAGE, "content type " + type);
        }
        long declared = headers.firstValueAsLong("Content-Length").orElse(-1);
        if (declared > options.maxBytes()) {
            close(response);
            return new FetchResult.Failed(start.toString(), FetchResult.Failure.TOO_LARGE, declared + " bytes declared");
        }
        byte[] body;
        try (InputStream in = response.body()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
        } catch (IOException e) {
            return new FetchResult.Failed(start.toString(), FetchResult.Failure.TRUNCATED, String.valueOf(e.getMessage()));
        }
        if (body.length > options.maxBytes()) {
            return new FetchResult.Failed(start.toString(), FetchResult.Failure.TOO_LARGE, "more than " + options.maxBytes() + " bytes");
        }
        if (declared >= 0 && body.length < declared) {
            return new FetchResult.Failed(start.toString(), FetchResult.Failure.TRUNCATED, body.length + " of " + declared + " bytes");
        }
        if (type.isEmpty() && looksBinary(body)) {
            return new FetchResult.Failed(start.toString(), FetchResult.Failure.NOT_A_PAGE, "binary content");
        }
        return new FetchResult.Fetched(finalUri.toString(), status, type.isEmpty() ? "text/html" : type, charset(type),
                body, headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null));
    }

    /** The sitemaps a site's robots.txt names ({@code Sitemap:} lines), read with its rules. */
    public List<String> sitemaps(String url) {
        try {
            return List.copyOf(robotsFor(URI.create(url)).getSitemaps());
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    /** robots.txt of the URL's host, fetched once: a missing file allows all, a failing server defers the host. */
    private BaseRobotRules robotsFor(URI uri) {
        String key = uri.getScheme() + "://" + uri.getRawAuthority();
        return robots.computeIfAbsent(key, k -> {
            SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
            FetchResult r = fetchFollowingRedirects(URI.create(k + "/robots.txt"), null, null);
            if (r instanceof FetchResult.Fetched page) {
                return parser.parseContent(k + "/robots.txt", page.body(), "text/plain", List.of("minsearch"));
            }
            FetchResult.Failed failed = (FetchResult.Failed) r;
            int status = failed.kind() == FetchResult.Failure.HTTP_CLIENT_ERROR ? 404 : 503;
            return parser.failedFetch(status);
        });
    }

    private void awaitSlot(URI uri) throws InterruptedException {
        String host = uri.getRawAuthority();
        long wait;
        synchronized (nextSlot) {
            long now = System.nanoTime();
            long slot = Math.max(now, nextSlot.getOrDefault(host, now));
            nextSlot.put(host, slot + options.hostDelay().toNanos());
            wait = slot - now;
        }
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    private static Charset charset(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null; // a nonsense header charset: the page's own meta tag decides
        }
    }

    private static boolean looksBinary(byte[] body) {
        int n = Math.min(body.length, 512);
        for (int i = 0; i < n; i++) {
            if (body[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // the connection is discarded either way
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
