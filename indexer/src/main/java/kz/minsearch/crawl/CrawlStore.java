package kz.minsearch.crawl;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the crawl's memory of each URL lives: in Elasticsearch ({@link IndexedCrawlStore}), shared by every indexer
 * process, or in memory for a crawl that need not remember (an evaluation). Any call may fail when the store is out of
 * reach; {@link CrawlState} then keeps what it could not write in its journal.
 */
public interface CrawlStore {
    CrawlState.Entry get(String url) throws IOException;

    void putAll(Map<String, CrawlState.Entry> entries) throws IOException;

    /** Another URL of this site whose article has this content, if one is known. */
    Optional<String> articleWithHash(String site, String contentHash, String besides) throws IOException;

    static CrawlStore inMemory() {
        Map<String, CrawlState.Entry> entries = new ConcurrentHashMap<>();
        return new CrawlStore() {
            @Override
            public CrawlState.Entry get(String url) {
                return entries.get(url);
            }

            @Override
            public void putAll(Map<String, CrawlState.Entry> written) {
                entries.putAll(written);
            }

            @Override
            public Optional<String> articleWithHash(String site, String contentHash, String besides) {
                return entries.entrySet().stream()
                        .filter(e -> e.getValue().kind() == CrawlState.Kind.ARTICLE && contentHash.equals(e.getValue().contentHash())
                                && site.equals(kz.minsearch.fetch.Site.of(e.getKey())) && !e.getKey().equals(besides))
                        .map(Map.Entry::getKey).findFirst();
            }
        };
    }
}
