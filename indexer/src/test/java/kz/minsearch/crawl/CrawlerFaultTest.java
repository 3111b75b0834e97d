package kz.minsearch.crawl;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import kz.minsearch.enrich.Enricher;
import kz.minsearch.enrich.Registry;
import kz.minsearch.fetch.FaultyWeb;
import kz.minsearch.fetch.FetchOptions;
import kz.minsearch.fetch.FetchResult;
import kz.minsearch.fetch.Fetcher;
import kz.minsearch.index.ElasticsearchConfig;
import kz.minsearch.index.Publication;
import kz.minsearch.index.PublicationIndex;
import kz.minsearch.node.ElasticsearchNodeExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A crawl over a hostile site, with Elasticsearch down, survives, reports, and a later run loses nothing. */
@ExtendWith(ElasticsearchNodeExtension.class)
class CrawlerFaultTest {
    private static FaultyWeb web;

    @BeforeAll
    static void start() throws Exception {
        web = new FaultyWeb();
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    private static Crawler crawler(CrawlState state, Sink sink) {
        return new Crawler(new Fetcher(FetchOptions.defaults().withHostDelay(Duration.ZERO)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofMillis(10))),
                new Enricher(Registry.bundled()), state, sink, Crawler.Options.defaults());
    }

    @Test
    void survivesEveryFaultAndLosesNothingWhenElasticsearchIsDown() throws Exception {
        int deadPort;
        try (ServerSocket s = new ServerSocket(0)) {
            deadPort = s.getLocalPort();
        }
        Path stateDir = Files.createTempDirectory("crawl-state");
        try (ElasticsearchClient dead = ElasticsearchConfig.of("http://127.0.0.1:" + deadPort).client()) {
            CrawlStore unreachable = new IndexedCrawlStore(dead, "test-fault-crawl-state", PublicationIndex.VERSION);
            CrawlState state = CrawlState.open(stateDir, unreachable);
            CrawlSummary summary = crawler(state, new IndexSink(new PublicationIndex(dead), state))
                    .crawl(List.of(web.url("/listing.html")), (d, k) -> { });
            Map<FetchResult.Failure, Integer> errors = summary.errors();
            for (FetchResult.Failure kind : List.of(FetchResult.Failure.HTTP_SERVER_ERROR, FetchResult.Failure.TIMEOUT,
                    FetchResult.Failure.TRUNCATED, FetchResult.Failure.REDIRECT_LOOP, FetchResult.Failure.TOO_LARGE,
                    FetchResult.Failure.NOT_A_PAGE, FetchResult.Failure.DISALLOWED_BY_ROBOTS,
                    FetchResult.Failure.HTTP_CLIENT_ERROR, FetchResult.Failure.OFF_HOST_REDIRECT)) {
                assertTrue(errors.containsKey(kind), kind + " reported: " + summary);
            }
            assertEquals(4, summary.articlesNew.get(), summary.toString()); // ok, flaky (after a retry), cp1251, meta charset
            assertNotNull(summary.indexingProblem(), "Elasticsearch down is reported");
            CrawlState reopened = CrawlState.open(stateDir, unreachable);
            assertEquals(4, reopened.pendingCount(), "and what was fetched waits on disk");
            assertEquals(CrawlState.Kind.ARTICLE, reopened.get(web.url("/cp1251")).kind(), "so does what the crawl learnt");
        }

        try (ElasticsearchClient live = ElasticsearchConfig.of(ElasticsearchNodeExtension.url()).client()) {
            PublicationIndex index = new PublicationIndex(live);
            IndexedCrawlStore store = new IndexedCrawlStore(live, "test-fault-crawl-state", PublicationIndex.VERSION);
            CrawlState later = CrawlState.open(stateDir, store);
            CrawlSummary summary = crawler(later, new IndexSink(index, later)).crawl(List.of(web.url("/listing.html")), (d, k) -> { });
            assertEquals(null, summary.indexingProblem(), summary.toString());
            assertEquals(0, CrawlState.open(stateDir, store).pendingCount());
            assertFalse(Files.exists(later.journalFile()), "the journal is emptied once all reached Elasticsearch");
            assertEquals(CrawlState.Kind.ARTICLE, store.get(web.url("/cp1251")).kind(), "the journal's state reached the index");
            index.refresh();
            Publication cp1251 = index.get(kz.minsearch.enrich.Enricher.idOf(web.url("/cp1251"))).orElseThrow();
            assertTrue(cp1251.body().contains("Министр культуры и информации"), cp1251.body());
            Publication meta = index.get(kz.minsearch.enrich.Enricher.idOf(web.url("/meta-charset"))).orElseThrow();
            assertTrue(meta.title().contains("Коллегия министерства"), meta.title());
        }
    }
}
