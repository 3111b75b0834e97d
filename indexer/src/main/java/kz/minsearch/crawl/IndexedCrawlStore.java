package kz.minsearch.crawl;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import kz.minsearch.enrich.Enricher;
import kz.minsearch.fetch.Site;
import kz.minsearch.index.PublicationIndex;
import kz.minsearch.index.VersionedIndex;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The crawl state as the {@code crawl-state} index (one document per URL, see the mappings module): it grows with the
 * cluster, not with one process's memory, and every indexer process reads and writes the same. A URL is read by its
 * id (a real-time get, no refresh needed); writes go in bulk.
 */
public final class IndexedCrawlStore implements CrawlStore {
    public static final String ALIAS = "crawl-state";
    static final int VERSION = 1;
    private static final String UNAVAILABLE_AFTER = "5s";

    private final ElasticsearchClient client;
    private final VersionedIndex index;

    public IndexedCrawlStore(ElasticsearchClient client) {
        this(client, ALIAS, PublicationIndex.VERSION);
    }

    /** @param publicationsVersion the publications index this memory belongs to: a new one starts from none */
    public IndexedCrawlStore(ElasticsearchClient client, String alias, int publicationsVersion) {
        this.client = client;
        // the next crawl visits every page again, so that what the new version reads from a page comes from it
        this.index = new VersionedIndex(client, alias, VERSION + "-p" + publicationsVersion,
                VersionedIndex.definition("crawl-state.json"), VersionedIndex.Previous.LEFT_BEHIND);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public CrawlState.Entry get(String url) throws IOException {
        index.ensureCreatedOnce();
        GetResponse<Map> response = client.get(g -> g.index(index.alias()).id(Enricher.idOf(url)), Map.class);
        return response.found() ? fromDocument(response.source()) : null;
    }

    @Override
    public void putAll(Map<String, CrawlState.Entry> entries) throws IOException {
        if (entries.isEmpty()) {
            return;
        }
        index.ensureCreatedOnce();
        BulkResponse response = client.bulk(b -> {
            entries.forEach((url, entry) -> b.operations(op -> op.index(i -> i.index(index.alias())
                    .id(Enricher.idOf(url)).document(toDocument(url, entry)))));
            // searchable before the checkpoint returns: the next run's duplicate check sees this one's articles; a
            // shard without a live copy (its node just lost) fails within seconds, to the journal, not after a minute
            return b.refresh(Refresh.WaitFor).timeout(t -> t.time(UNAVAILABLE_AFTER));
        });
        for (BulkResponseItem item : response.items()) {
            if (item.error() != null) {
                throw new IOException("crawl state not written: " + item.error().reason());
            }
        }
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Optional<String> articleWithHash(String site, String contentHash, String besides) throws IOException {
        index.ensureCreatedOnce();
        SearchResponse<Map> response = client.search(s -> s.index(index.alias()).size(2)
                .source(src -> src.filter(f -> f.includes("url")))
                .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("site").value(site)))
                        .filter(f -> f.term(t -> t.field("content_hash").value(contentHash)))
                        .filter(f -> f.term(t -> t.field("kind").value(CrawlState.Kind.ARTICLE.name()))))), Map.class);
        return response.hits().hits().stream().map(h -> (String) h.source().get("url"))
                .filter(u -> !u.equals(besides)).findFirst();
    }

    private static Map<String, Object> toDocument(String url, CrawlState.Entry e) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("url", url);
        doc.put("site", Site.of(url));
        doc.put("kind", e.kind().name());
        doc.put("content_hash", e.contentHash());
        doc.put("etag", e.etag());
        doc.put("last_modified", e.lastModified());
        doc.put("fetched_at", e.fetchedAt());
        doc.put("next_fetch", e.nextFetch());
        doc.put("failures", e.failures());
        doc.put("last_error", e.lastError());
        doc.put("signals", e.signals());
        return doc;
    }

    private static CrawlState.Entry fromDocument(Map<String, Object> d) {
        return new CrawlState.Entry(CrawlState.Kind.valueOf((String) d.get("kind")), (String) d.get("content_hash"),
                (String) d.get("etag"), (String) d.get("last_modified"), (String) d.get("fetched_at"),
                d.get("failures") instanceof Number n ? n.intValue() : 0, (String) d.get("last_error"),
                (String) d.get("signals"), (String) d.get("next_fetch"));
    }
}
