package kz.minsearch.crawl;

import kz.minsearch.enrich.Enricher;
import kz.minsearch.enrich.Registry;
import kz.minsearch.fetch.FetchOptions;
import kz.minsearch.fetch.Fetcher;
import kz.minsearch.index.Publication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The crawler on the fixture web, each publisher on its own 127.0.0.1 port, started from each kind of URL. */
class CrawlerTest {
    private static StaticSite gov;
    private static StaticSite newsru;
    private static StaticSite newskk;

    static final class Collected implements Sink {
        final List<Publication> publications = new ArrayList<>();

        @Override
        public synchronized void accept(Publication p) {
            publications.add(p);
        }

        @Override
        public void flush() {
        }
    }

    @BeforeAll
    static void serve() throws IOException {
        gov = StaticSite.serve(Path.of("../corpus/sites/gov"));
        newsru = StaticSite.serve(Path.of("../corpus/sites/newsru"));
        newskk = StaticSite.serve(Path.of("../corpus/sites/newskk"));
    }

    @AfterAll
    static void stop() {
        gov.close();
        newsru.close();
        newskk.close();
    }

    private static Crawler crawler(CrawlState state, Sink sink) {
        return new Crawler(new Fetcher(FetchOptions.defaults().withHostDelay(Duration.ZERO)), new Enricher(Registry.bundled()),
                state, sink, Crawler.Options.defaults());
    }

    @Test
    void fromListingPagesFollowsPaginationAndFindsEveryArticleButNoListing() throws Exception {
        Collected sink = new Collected();
        Path stateDir = Files.createTempDirectory("state");
        CrawlStore store = CrawlStore.inMemory();
        CrawlState state = CrawlState.open(stateDir, store);
        CrawlSummary summary = crawler(state, sink).crawl(List.of(
                gov.url() + "/kk/news/page-1.html", gov.url() + "/ru/news/page-1.html", gov.url() + "/en/news/page-1.html",
                newsru.url() + "/news/page-1.html", newskk.url() + "/kk/news/page-1.html"), (d, k) -> { });
        assertEquals(33, sink.publications.size(), summary.toString());
        assertTrue(sink.publications.stream().noneMatch(p -> p.url().contains("page-")), "no listing page is an article");
        assertEquals(33, summary.articlesNew.get());
        assertTrue(summary.listings.get() >= 9, summary.toString());

        Collected again = new Collected();
        CrawlSummary second = crawler(CrawlState.open(stateDir, store), again).crawl(List.of(
                gov.url() + "/kk/news/page-1.html"), (d, k) -> { });
        assertEquals(0, again.publications.size(), "a re-crawl indexes nothing unchanged");
        assertEquals(0, second.articlesNew.get() + second.articlesChanged.get(), second.toString());
        assertTrue(second.notDue.get() >= 8, "articles just fetched are not due again: " + second);
        assertTrue(second.listings.get() >= 1, "listings are, at every crawl: " + second);
    }

    /** Articles due again are asked for with their validators (304: unchanged) and left alone twice as long after. */
    @Test
    void anArticleDueAgainIsAskedConditionallyAndItsIntervalDoubles() throws Exception {
        CrawlStore store = CrawlStore.inMemory();
        List<String> start = List.of(newsru.url() + "/news/page-1.html");
        crawler(CrawlState.open(Files.createTempDirectory("state"), store), new Collected()).crawl(start, (d, k) -> { });
        String article = newsru.url() + "/news/6431207-prinyat-zakon-o-mass-media.html";
        CrawlState.Entry first = store.get(article);
        assertEquals(Revisit.FRESH, first.interval(), "a new article is due again soon: " + first);

        Instant past = Instant.now().minus(Duration.ofDays(1));
        Map<String, CrawlState.Entry> overdue = new HashMap<>();
        for (String url : List.of(article)) {
            CrawlState.Entry e = store.get(url);
            overdue.put(url, new CrawlState.Entry(e.kind(), e.contentHash(), e.etag(), e.lastModified(),
                    past.minus(first.interval()).toString(), 0, null, e.signals(), past.toString()));
        }
        store.putAll(overdue);
        Collected again = new Collected();
        CrawlSummary second = crawler(CrawlState.open(Files.createTempDirectory("state"), store), again).crawl(start, (d, k) -> { });
        assertEquals(0, again.publications.size(), second.toString());
        assertEquals(1, second.articlesUnchanged.get(), "the one due was asked again and found unchanged: " + second);
        assertTrue(second.notDue.get() >= 1, "the others were not due: " + second);
        assertEquals(Revisit.FRESH.multipliedBy(2), store.get(article).interval(), store.get(article).toString());
    }

    @Test
    void fromASitemap() throws Exception {
        Collected sink = new Collected();
        crawler(CrawlState.inMemory(Files.createTempDirectory("state")), sink).crawl(List.of(gov.url() + "/sitemap.xml"), (d, k) -> { });
        assertEquals(25, sink.publications.size());
    }

    @Test
    void fromAnRssFeed() throws Exception {
        Collected sink = new Collected();
        crawler(CrawlState.inMemory(Files.createTempDirectory("state")), sink).crawl(List.of(newsru.url() + "/rss.xml"), (d, k) -> { });
        assertEquals(3, sink.publications.size());
        assertTrue(sink.publications.stream().allMatch(p -> p.lang().equals("ru")));
    }

    /** Print and AMP versions, tracking-parameter variants: one publication each; the signals are counted and kept. */
    @Test
    void theSameArticleUnderSeveralUrlsIsIndexedOnceAndTheDecidingSignalsAreKept() throws Exception {
        try (StaticSite wire = StaticSite.serve(Path.of("../corpus/layouts/sites/steppewire"));
             StaticSite gazeta = StaticSite.serve(Path.of("../corpus/layouts/sites/gazeta"))) {
            Collected sink = new Collected();
            CrawlState state = CrawlState.inMemory(Files.createTempDirectory("state"));
            CrawlSummary summary = crawler(state, sink).crawl(List.of(wire.url() + "/", gazeta.url() + "/"), (d, k) -> { });
            assertEquals(9, sink.publications.size(), summary.toString());
            assertEquals(9, sink.publications.stream().map(Publication::title).distinct().count(), "no article twice");
            assertTrue(sink.publications.stream().noneMatch(p -> p.url().contains("utm_") || p.url().contains("print")
                    || p.url().contains("/amp/")), "each under its plain URL");
            // AMP and tracking variants are fetched and found the same; print versions (?print=1) are the page itself
            // before any fetch
            assertTrue(summary.duplicates.get() >= 4, summary.toString());
            assertTrue(summary.fetched.get() <= 22, "no print version fetched: " + summary);
            assertTrue(summary.feeds.get() >= 2, "the load-more endpoint answered JSON: " + summary);
            assertTrue(summary.signals().get("listing").containsKey("cards"), summary.toString());
            String anArticle = sink.publications.get(0).url();
            assertTrue(state.get(anArticle).signals().contains("prose"), state.get(anArticle).toString());
        }
    }
}
