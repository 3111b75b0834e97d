package kz.minsearch.crawl;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import kz.minsearch.enrich.Enricher;
import kz.minsearch.enrich.Registry;
import kz.minsearch.fetch.FetchOptions;
import kz.minsearch.fetch.Fetcher;
import kz.minsearch.index.ElasticsearchConfig;
import kz.minsearch.node.ElasticsearchNodeExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The crawl-state index made on a fresh node by whichever worker or process comes first, the others finding it made. */
@ExtendWith(ElasticsearchNodeExtension.class)
class CrawlStateRaceTest {
    @Test
    void storesCreatingTheIndexAtOnceAllSucceed() throws Exception {
        try (ElasticsearchClient client = ElasticsearchConfig.of(ElasticsearchNodeExtension.url()).client()) {
            String alias = "test-crawl-race-" + Long.toHexString(System.nanoTime());
            int n = 8;
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(n);
            List<Future<CrawlState.Entry>> reads = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                IndexedCrawlStore store = new IndexedCrawlStore(client, alias, 1); // as separate processes would
                reads.add(pool.submit(() -> {
                    go.await();
                    return store.get("http://news.example/a-" + Thread.currentThread().getId());
                }));
            }
            go.countDown();
            for (Future<CrawlState.Entry> read : reads) {
                assertNull(read.get(), "an empty store answers nothing, and no worker's create failed");
            }
            pool.shutdown();
        }
    }

    @Test
    void aFirstCrawlOnAnEmptyNodeWithSeveralWorkersJournalsNothing(@TempDir Path stateDir) throws Exception {
        try (ElasticsearchClient client = ElasticsearchConfig.of(ElasticsearchNodeExtension.url()).client();
             StaticSite gov = StaticSite.serve(Path.of("../corpus/sites/gov"))) {
            CrawlState state = CrawlState.open(stateDir, new IndexedCrawlStore(client, "test-crawl-race-crawl-" + Long.toHexString(System.nanoTime()), 1));
            CrawlerTest.Collected sink = new CrawlerTest.Collected();
            CrawlSummary summary = new Crawler(new Fetcher(FetchOptions.defaults().withHostDelay(Duration.ZERO)),
                    new Enricher(Registry.bundled()), state, sink, new Crawler.Options(6, 50, 5000))
                    .crawl(List.of(gov.url() + "/"), (d, k) -> { });
            assertEquals(0, state.pendingCount(), "nothing waits in the journal: " + summary);
            assertEquals(25, sink.publications.size(), summary.toString());
        }
    }
}
