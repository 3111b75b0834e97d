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
import java.util.List;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pages over HTTP: the language chosen, refusals and failures as pages in that language, the security headers. */
@ExtendWith(ElasticsearchNodeExtension.class)
class PagesTest {
    private static final String ALIAS = "test-pages-http";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
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

    private static HttpResponse<String> get(Javalin server, String path, String acceptLanguage) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (acceptLanguage != null) {
            r.header("Accept-Language", acceptLanguage);
        }
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A results page over a range of centuries draws its trend by year; asked by week, it names the parameter. */
    @Test
    void aLongRangeIsDrawnByYearAndAnImpossibleOneIsRefusedByName() throws Exception {
        HttpResponse<String> wide = get(app, "/search?from=1900-01-01&to=2100-01-01&ui=en", null);
        assertEquals(200, wide.statusCode());
        assertTrue(wide.body().contains("aria-current=\"true\">" + Messages.of("en").get("trend.interval.year")), "by year");
        HttpResponse<String> weeks = get(app, "/search?from=1900-01-01&to=2100-01-01&interval=week&ui=en", null);
        assertEquals(400, weeks.statusCode());
        assertTrue(weeks.body().contains("interval"), weeks.body());
    }

    @Test
    void theBrowsersLanguageChoosesTheInterfaceAndTheAddressOverridesIt() throws Exception {
        HttpResponse<String> kk = get(app, "/", "kk-KZ,ru;q=0.8");
        assertEquals(200, kk.statusCode());
        assertTrue(kk.body().contains("<html lang=\"kk\">"), kk.body().substring(0, 200));
        assertTrue(kk.body().contains(Messages.of("kk").get("search.label")));
        assertTrue(get(app, "/?ui=ru", "kk").body().contains("<html lang=\"ru\">"));
        assertTrue(get(app, "/", null).body().contains("<html lang=\"en\">"));
        assertTrue(kk.body().contains("hreflang=\"ru\""), "the other languages of the page are named");
    }

    @Test
    void aRefusedSearchAndAMissingPublicationArePagesInTheInterfaceLanguage() throws Exception {
        HttpResponse<String> bad = get(app, "/search?ui=ru&year=abcd", null);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(bad.body().contains(Messages.of("ru").get("error.parameter", "year")), bad.body());

        HttpResponse<String> missing = get(app, "/p/no-such-id?ui=kk", null);
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains(Messages.of("kk").get("notfound.text")));
    }

    @Test
    void aNameQuerysPageShowsEachReleaseOnceAndLinksEveryVersion() throws Exception {
        // one release in two languages, linked as the indexer links translations
        kz.minsearch.enrich.Enricher enricher = new kz.minsearch.enrich.Enricher(kz.minsearch.enrich.Registry.bundled());
        java.time.OffsetDateTime at = java.time.OffsetDateTime.parse("2025-03-04T10:00:00+05:00");
        kz.minsearch.index.Publication kk = enricher.enrich(new kz.minsearch.extract.Article("http://gov.example/kk/news/77", "gov.example",
                "Аида Балаева кітапханашылармен кездесті", "Министр Аида Балаева облыс кітапханашыларымен кездесті.", at));
        kz.minsearch.index.Publication ru = enricher.enrich(new kz.minsearch.extract.Article("http://gov.example/ru/news/77", "gov.example",
                "Аида Балаева встретилась с библиотекарями", "Министр Аида Балаева встретилась с библиотекарями области.", at));
        new kz.minsearch.index.PublicationIndex(client, ALIAS, kz.minsearch.index.PublicationIndex.mapping()).index(List.of(
                kk.withLinks(List.of(ru.asLink()), List.of()), ru.withLinks(List.of(kk.asLink()), List.of())), true);
        String grouped = get(app, "/search?q=%D0%91%D0%B0%D0%BB%D0%B0%D0%B5%D0%B2%D0%B0&ui=en", null).body();
        String every = get(app, "/search?q=%D0%91%D0%B0%D0%BB%D0%B0%D0%B5%D0%B2%D0%B0&ui=en&group=none", null).body();
        int once = grouped.split("<li class=\"hit\">", -1).length - 1;
        int all = every.split("<li class=\"hit\">", -1).length - 1;
        assertTrue(once > 0 && once < all, "one hit per release (" + once + ") where every version gives " + all);
        assertTrue(grouped.contains(Messages.of("en").get("results.every.version")) && grouped.contains("group=none"), grouped);
        assertTrue(every.contains(Messages.of("en").get("results.per.release")), every);
    }

    @Test
    void withElasticsearchDownThePageSaysSoAndWhenToRetry() throws Exception {
        HttpResponse<String> r = get(deadApp, "/search?q=x&ui=en", null);
        assertEquals(503, r.statusCode());
        assertTrue(r.headers().firstValue("Retry-After").isPresent());
        assertTrue(r.body().contains(Messages.of("en").get("error.unavailable")));
    }

    @Test
    void pagesForbidInlineScriptAndFraming() throws Exception {
        HttpResponse<String> r = get(app, "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", null);
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertFalse(r.body().contains("<script>alert(1)"), "the query is shown as text");
        assertTrue(r.body().contains("&lt;script&gt;alert(1)"));
        assertFalse(r.body().matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), "no inline script on the page");
    }
}
