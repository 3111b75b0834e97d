package kz.minsearch.present;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import kz.minsearch.index.Publication;
import kz.minsearch.search.BadParameterException;
import kz.minsearch.search.Export;
import kz.minsearch.search.SearchRequest;
import kz.minsearch.search.SearchService;
import kz.minsearch.search.Suggestions;
import kz.minsearch.search.Trends;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The HTTP surface: thin handlers over {@link SearchService}, JSON errors, metrics, the OpenAPI document, the page. */
public final class ApiServer {
    private static final Logger log = LoggerFactory.getLogger(ApiServer.class);
    /**
     * One line per request at debug; at info only what needs a look (a server error, a slow answer), as Elasticsearch
     * keeps a slow log: a line per search cost the API a twentieth of its time. Every request is counted in /metrics.
     */
    private static final Logger access = LoggerFactory.getLogger("kz.minsearch.access");
    /** MINSEARCH_ACCESS_LOG=all: every request in the log. */
    public static final String ACCESS_LOG_LEVEL = "org.slf4j.simpleLogger.log.kz.minsearch.access";
    private static final double SLOW_REQUEST_MS = 1000;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = io.javalin.json.JavalinJackson.defaultMapper();
    private static final int RETRY_AFTER_SECONDS = 10;
    private static final int MORE_LIKE_THIS = 5;
    private static final int SUGGESTIONS = 8;
    private static final int FEED_SIZE = 30;
    /** The parameters of one page of a search, which its feed does not keep. */
    static final java.util.Set<String> FEED_IGNORES = java.util.Set.of("page", "cursor", "sort", "group");

    private ApiServer() {
    }

    public static Javalin create(SearchService search, Suggestions suggestions) {
        return create(search, suggestions, AlertApi.OFF, SubscriptionApi.OFF);
    }

    public static Javalin create(SearchService search, Suggestions suggestions, AlertApi alerts, SubscriptionApi mail) {
        return create(search, suggestions, alerts, mail, RateLimiter.OFF, null);
    }

    /**
     * @param limiter  requests per client on {@code /api/*} and {@code /feed.atom}
     * @param clientIp the header that names the client behind a trusted reverse proxy (X-Forwarded-For), or null to
     *                 take the connection's address (a header any client could set is never trusted by default)
     */
    public static Javalin create(SearchService search, Suggestions suggestions, AlertApi alerts, SubscriptionApi mail,
                                 RateLimiter limiter, String clientIp) {
        return create(search, suggestions, alerts, mail, limiter, clientIp, Export.DEFAULT_MAX);
    }

    /** @param exportMax the most publications one export writes ({@code MINSEARCH_EXPORT_MAX}) */
    public static Javalin create(SearchService search, Suggestions suggestions, AlertApi alerts, SubscriptionApi mail,
                                 RateLimiter limiter, String clientIp, long exportMax) {
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        io.micrometer.core.instrument.Metrics.addRegistry(metrics); // what runs in this process (alert deliveries) shows too
        String openApi = resource("openapi.json");
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.prefer405over404 = true;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrors()));
            config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JsonErrors()));
            config.staticFiles.add(s -> {
                s.hostedPath = "/assets";
                s.directory = "/kz/minsearch/present/assets";
                s.location = Location.CLASSPATH;
            });
            config.events.serverStopped(() -> io.micrometer.core.instrument.Metrics.removeRegistry(metrics));
            config.requestLogger.http((ctx, ms) -> {
                String route = route(ctx);
                Timer.builder("minsearch_http_requests").tag("route", route).tag("status", String.valueOf(ctx.statusCode()))
                        .register(metrics).record((long) (ms * 1000), TimeUnit.MICROSECONDS);
                access.atLevel(ctx.statusCode() >= 500 || ms >= SLOW_REQUEST_MS ? Level.INFO : Level.DEBUG)
                        .log("event=request method={} path={} status={} ms={}", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms));
            });
        });
        Trends trends = new Trends(search);
        Export export = new Export(search, exportMax);
        Pages pages = new Pages(search, trends, mail.subscriptions());
        app.before(ApiServer::securityHeaders);
        for (String limited : new String[]{"/api/*", "/feed.atom", "/export.csv", "/export.jsonl"}) {
            app.before(limited, ctx -> {
                long wait = limiter.acquire(client(ctx, clientIp));
                if (wait > 0) {
                    ctx.header("Retry-After", String.valueOf(wait));
                    throw new io.javalin.http.HttpResponseException(429, "too many requests from this client: at most "
                            + limiter.perSecond() + " a second (" + limiter.burst() + " at once); retry after " + wait + " s");
                }
            });
        }
        app.get("/", pages::search);
        app.get("/search", pages::search);
        app.get("/p/{id}", pages::publication);
        app.post("/subscribe", pages::subscribe);
        app.get("/api/search", ctx -> streamJson(ctx, search.search(SearchRequest.from(ctx.queryParamMap()))
                .withFeed("/feed.atom" + feedQuery(ctx))));
        app.get("/feed.atom", ctx -> feed(ctx, search));
        app.get("/api/trends", ctx -> ctx.json(trends.of(SearchRequest.from(ctx.queryParamMap()),
                Trends.Interval.of(ctx.queryParamAsClass("interval", String.class).getOrDefault("month")), ctx.queryParam("by"))));
        app.get("/export.csv", ctx -> export(ctx, export, Export.Format.CSV));
        app.get("/export.jsonl", ctx -> export(ctx, export, Export.Format.JSONL));
        app.get("/minister/{id}", pages::minister);
        app.get("/area/{id}", pages::area);
        app.post("/api/alerts", alerts::create);
        app.get("/api/alerts/{id}", alerts::get);
        app.delete("/api/alerts/{id}", alerts::delete);
        app.post("/api/subscriptions", mail::subscribe);
        app.get("/api/subscriptions/confirm", mail::confirm);
        app.get("/api/subscriptions/unsubscribe", mail::unsubscribe);
        app.post("/api/subscriptions/unsubscribe", mail::unsubscribe); // one-click (RFC 8058)
        app.get("/api/publications/{id}", ctx -> publication(ctx, search));
        app.get("/api/suggest", ctx -> ctx.json(Map.of("suggestions",
                suggestions.complete(ctx.queryParamAsClass("q", String.class).getOrDefault(""), ui(ctx), SUGGESTIONS))));
        app.get("/api/facets", ctx -> ctx.json(Map.of("facets", search.allFacets(ui(ctx)))));
        app.get("/health", ctx -> ctx.json(Map.of("status", "ok", "elasticsearch", "reachable", "index", search.indexExists())));
        app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4").result(metrics.scrape()));
        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));

        app.exception(BadParameterException.class, (e, ctx) -> {
            if (Pages.isPage(ctx)) {
                pages.badParameter(ctx, e);
            } else {
                ctx.status(400).json(Map.of("error", e.getMessage(), "parameter", e.parameter()));
            }
        });
        app.exception(IOException.class, (e, ctx) -> unavailable(ctx, pages, "search is unavailable: Elasticsearch does not answer", e));
        app.exception(ElasticsearchException.class, (e, ctx) -> {
            if (Pages.isPage(ctx)) {
                unavailable(ctx, pages, "search failed in Elasticsearch", e);
            } else if ("index_not_found_exception".equals(e.error().type())) {
                unavailable(ctx, pages, "the publications index does not exist yet: run `./minsearch import` or `./minsearch crawl`", e);
            } else {
                unavailable(ctx, pages, "search failed in Elasticsearch", e);
            }
        });
        app.exception(io.javalin.http.HttpResponseException.class, (e, ctx) -> httpError(ctx, pages, e));
        app.exception(Exception.class, (e, ctx) -> {
            log.error("event=error path={}", ctx.path(), e);
            ctx.status(500).json(Map.of("error", "internal error"));
        });
        return app;
    }

    /** Javalin's own JSON, written straight to the response instead of into a string of the whole answer first. */
    private static void streamJson(Context ctx, Object body) throws IOException {
        ctx.contentType(io.javalin.http.ContentType.APPLICATION_JSON);
        JSON.writeValue(ctx.outputStream(), body);
    }

    private static String ui(Context ctx) {
        String ui = ctx.queryParamAsClass("ui", String.class).getOrDefault("en");
        if (!SearchRequest.LANGS.contains(ui)) {
            throw new BadParameterException("ui", "ui must be kk, ru or en, not '" + ui + "'");
        }
        return ui;
    }

    private static void publication(Context ctx, SearchService search) throws IOException {
        Publication p = search.publication(ctx.pathParam("id")).orElse(null);
        if (p == null) {
            ctx.status(404).json(Map.of("error", "no publication with id '" + ctx.pathParam("id") + "'"));
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", p.id());
        body.put("url", p.url());
        body.put("title", p.title());
        body.put("lang", p.lang());
        body.put("published", p.published() == null ? null : p.published().toString());
        body.put("ministers", p.ministers());
        body.put("people", p.people());
        body.put("areas", p.areas());
        body.put("area_terms", p.areaTerms());
        body.put("source", p.source());
        body.put("lead", p.lead());
        body.put("body", p.body());
        body.put("translations", p.translations());
        body.put("related", p.related());
        body.put("more_like_this", search.moreLikeThis(p.id(), MORE_LIKE_THIS));
        ctx.json(body);
    }

    /**
     * Every publication of a search as a file, streamed while it is read; the total is known first, so the headers say
     * it and, when the export stops at its cap, that it does.
     */
    private static void export(Context ctx, Export export, Export.Format format) throws IOException {
        Export.Selection selection = export.select(SearchRequest.from(ctx.queryParamMap()));
        long total = selection.total();
        ctx.header("X-Minsearch-Total", String.valueOf(total));
        if (total > export.max()) {
            ctx.header("X-Minsearch-Export-Cap", export.max() + " of " + total
                    + " publications written (MINSEARCH_EXPORT_MAX); narrow the search to take the rest");
        }
        String extension = format == Export.Format.CSV ? "csv" : "jsonl";
        ctx.contentType(format == Export.Format.CSV ? "text/csv; charset=utf-8" : "application/jsonl; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"minsearch-export." + extension + "\"");
        long written = export.write(selection, format, ctx.outputStream());
        log.info("event=export format={} total={} written={}", extension, total, written);
    }

    /** The search's parameters without those of one page of it: a feed is the search, newest first. */
    private static String feedQuery(Context ctx) {
        StringBuilder out = new StringBuilder();
        ctx.queryParamMap().forEach((name, values) -> {
            if (!FEED_IGNORES.contains(name)) {
                values.forEach(v -> out.append(out.isEmpty() ? '?' : '&').append(encode(name)).append('=').append(encode(v)));
            }
        });
        return out.toString();
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Any search as Atom, newest indexed first, with validators: a reader polling every few minutes gets 304 and no
     * body while nothing new was indexed.
     */
    private static void feed(Context ctx, SearchService search) throws IOException {
        Map<String, java.util.List<String>> params = new LinkedHashMap<>(ctx.queryParamMap());
        FEED_IGNORES.forEach(params::remove);
        params.putIfAbsent("size", java.util.List.of(String.valueOf(FEED_SIZE)));
        SearchRequest request = SearchRequest.from(params).sortedBy(SearchRequest.Sort.INDEXED);
        String query = feedQuery(ctx);
        AtomFeed.Written feed = AtomFeed.write(request, search.search(request), search.facets(),
                ctx.scheme() + "://" + ctx.host() + "/feed.atom" + query, ctx.scheme() + "://" + ctx.host() + "/" + query);
        String etag = "\"" + Integer.toHexString(feed.xml().hashCode()) + Integer.toHexString(feed.xml().length()) + "\"";
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "no-cache");
        if (feed.updated() != null) {
            ctx.header("Last-Modified", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    feed.updated().atZone(java.time.ZoneOffset.UTC).withNano(0)));
        }
        if (notModified(ctx.header("If-None-Match"), ctx.header("If-Modified-Since"), etag, feed.updated())) {
            ctx.status(304);
            return;
        }
        ctx.contentType("application/atom+xml; charset=utf-8").result(feed.xml());
    }

    private static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, java.time.Instant updated) {
        if (ifNoneMatch != null) {
            return java.util.Arrays.stream(ifNoneMatch.split(",")).map(String::strip).anyMatch(t -> t.equals(etag) || t.equals("*"));
        }
        if (ifModifiedSince != null && updated != null) {
            try {
                return !updated.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).isAfter(
                        java.time.ZonedDateTime.parse(ifModifiedSince, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (java.time.format.DateTimeParseException e) {
                return false; // a date we cannot read validates nothing
            }
        }
        return false;
    }

    private static void unavailable(Context ctx, Pages pages, String message, Exception e) {
        log.warn("event=unavailable path={} reason=\"{}\"", ctx.path(), e.getMessage());
        ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        if (Pages.isPage(ctx)) {
            pages.unavailable(ctx);
        } else {
            ctx.status(503).json(Map.of("error", message, "retry_after_seconds", RETRY_AFTER_SECONDS));
        }
    }

    /**
     * Scripts only from this server's own files (no inline script, so scraped text could never run even if it were
     * unescaped), no framing, no sniffing, no full addresses sent to the sites linked.
     */
    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
    }

    /**
     * Javalin's own answers: an unknown route is a 404 and a route asked with the wrong method a 405 naming the
     * methods it has; in JSON for the API, as a page for the pages.
     */
    private static void httpError(Context ctx, Pages pages, io.javalin.http.HttpResponseException e) {
        if (e instanceof io.javalin.http.MethodNotAllowedResponse) {
            String allowed = e.getDetails().getOrDefault("availableMethods", "");
            ctx.header("Allow", allowed.replaceAll("[\\[\\]]", ""));
        }
        boolean api = ctx.path().startsWith("/api/") || ctx.path().equals("/feed.atom");
        if (e.getStatus() == 404 && (Pages.isPage(ctx) || !api && acceptsHtml(ctx))) {
            pages.notFound(ctx);
            return;
        }
        String message = switch (e.getStatus()) {
            case 404 -> "no such route: " + ctx.method() + " " + ctx.path() + " (see /openapi.json)";
            case 405 -> ctx.method() + " is not allowed on " + ctx.path();
            default -> e.getMessage();
        };
        ctx.status(e.getStatus()).contentType("application/json").result(JsonErrors.body(e.getStatus(), message));
    }

    private static String client(Context ctx, String clientIpHeader) {
        String forwarded = clientIpHeader == null ? null : ctx.header(clientIpHeader);
        return forwarded != null && !forwarded.isBlank() ? forwarded.split(",")[0].strip() : ctx.req().getRemoteAddr();
    }

    private static boolean acceptsHtml(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("text/html");
    }

    /** The route that answered, for metrics; requests that matched none are counted together. */
    private static String route(Context ctx) {
        try {
            return ctx.endpointHandlerPath();
        } catch (IllegalStateException e) {
            return "unmatched";
        }
    }

    private static String resource(String name) {
        try (InputStream in = ApiServer.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException(name + " is missing from minsearch-search-api", e);
        }
    }
}
