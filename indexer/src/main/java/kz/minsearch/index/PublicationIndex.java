package kz.minsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code publications} alias and the versioned index behind it, created from the mappings module's JSON so a
 * new mapping is built beside the old one and swapped in. Evaluations use their own alias (and may use another
 * mapping, such as the standard-analyzer baseline).
 */
public final class PublicationIndex {
    public static final String ALIAS = "publications";
    /** Raised with the mapping, and with the analysis plugin whenever what it indexes changes (v7: the names' keys). */
    public static final int VERSION = 7;
    /** A bulk request is cut at this many publications or this many bytes, whichever comes first. */
    private static final int BULK_DOCUMENTS = 500;
    private static final long BULK_BYTES = 8L << 20;

    private final ElasticsearchClient client;
    private final String alias;
    private final VersionedIndex index;

    public PublicationIndex(ElasticsearchClient client) {
        this(client, ALIAS, mapping());
    }

    public PublicationIndex(ElasticsearchClient client, String alias, String mapping) {
        this.client = client;
        this.alias = alias;
        this.index = new VersionedIndex(client, alias, String.valueOf(VERSION), mapping);
    }

    /** The index's settings and mappings as the mappings module ships them. */
    public static String mapping() {
        return VersionedIndex.definition("publications.json");
    }

    /**
     * The same index with Elasticsearch's {@code standard} analyzer wherever ours are (index and search side), the
     * baseline the evaluations measure against.
     */
    public static String baselineMapping() {
        return mapping().replaceAll("\"minsearch_[a-z_]+\"", "\"standard\"");
    }

    public static String concreteName() {
        return ALIAS + "-v" + VERSION;
    }

    public String alias() {
        return alias;
    }

    /** A large load under way: the index's refreshes are off until it is closed. */
    public interface Load extends AutoCloseable {
        Load NONE = () -> { };

        @Override
        void close() throws IOException;
    }

    /**
     * For a large load: no refresh while it runs (each would make a new segment to merge), the shipped interval put
     * back and one refresh when it is closed, so that searches then see everything.
     */
    public Load bulkLoading() throws IOException {
        ensureCreated();
        String name = index.name();
        String shipped = new com.fasterxml.jackson.databind.ObjectMapper().readTree(index.definition()).path("settings")
                .path("refresh_interval").asText("1s");
        client.indices().putSettings(s -> s.index(name).settings(i -> i.refreshInterval(t -> t.time("-1"))));
        return () -> {
            client.indices().putSettings(s -> s.index(name).settings(i -> i.refreshInterval(t -> t.time(shipped))));
            refresh();
        };
    }

    /** Removes this alias's indices, of every version (evaluations clean up after themselves, the benchmark starts empty). */
    public void delete() throws IOException {
        index.delete();
    }

    /**
     * Creates the current index version and points the alias at it ({@link VersionedIndex}), filled with what the version
     * before held (the next crawl then reads every page again: the crawl state starts anew with each version).
     */
    public void ensureCreated() throws IOException {
        index.ensureCreated();
    }

    /** Indexes (or replaces) publications; returns the ids that failed, with their reasons. */
    public List<String> index(List<Publication> publications, boolean waitForSearch) throws IOException {
        return indexDocuments(publications.stream().map(Publication::toDocument).toList(), waitForSearch);
    }

    /** The same for documents already in index form (as the crawl's journal keeps them), through one {@link Writer}. */
    public List<String> indexDocuments(List<Map<String, Object>> documents, boolean waitForSearch) throws IOException {
        if (documents.isEmpty()) {
            return List.of();
        }
        Writer writer = writer();
        documents.forEach(writer::add);
        List<String> failures = writer.finish();
        if (waitForSearch) {
            refresh();
        }
        return failures;
    }

    /** A writer for many publications: {@link BulkIngester} sends them while the caller prepares more. */
    public Writer writer() {
        return new Writer();
    }

    /**
     * Writes publications through elasticsearch-java's {@link BulkIngester}: requests cut by count and size, two in
     * flight while the caller goes on, {@link #add} waiting when both are (backpressure). Each publication keeps the
     * moment minsearch first indexed it ({@code indexed}): it is sent as a create, with a new moment; one that exists
     * already fails to be created and is then replaced, keeping its own. A new publication thus costs what a raw bulk
     * costs, and only one indexed again is read first.
     */
    public final class Writer {
        private final BulkIngester<Map<String, Object>> ingester;
        private final List<Map<String, Object>> existing = Collections.synchronizedList(new ArrayList<>());
        private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        private final List<String> unreachable = Collections.synchronizedList(new ArrayList<>());
        private final Instant start = Instant.now();
        private long added;

        private Writer() {
            ingester = BulkIngester.of(b -> b.client(client).maxOperations(BULK_DOCUMENTS).maxSize(BULK_BYTES)
                    .maxConcurrentRequests(2).listener(new BulkListener<>() {
                        @Override
                        public void beforeBulk(long id, BulkRequest request, List<Map<String, Object>> documents) {
                        }

                        @Override
                        public void afterBulk(long id, BulkRequest request, List<Map<String, Object>> documents, BulkResponse response) {
                            for (int i = 0; i < response.items().size(); i++) {
                                BulkResponseItem item = response.items().get(i);
                                if (item.status() == 409) {
                                    existing.add(documents.get(i));
                                } else if (item.error() != null) {
                                    failures.add(item.id() + ": " + item.error().reason());
                                }
                            }
                        }

                        @Override
                        public void afterBulk(long id, BulkRequest request, List<Map<String, Object>> documents, Throwable failure) {
                            unreachable.add(documents.size() + " publications: " + failure.getMessage());
                        }
                    }));
        }

        /** Queues one publication (in index form); each new one gets its own moment, in the order added. */
        public void add(Map<String, Object> document) {
            Map<String, Object> stamped = new LinkedHashMap<>(document);
            stamped.put("indexed", start.plusNanos(added++).toString());
            ingester.add(op -> op.create(c -> c.index(alias).id((String) stamped.get("id")).document(stamped)), stamped);
        }

        /**
         * Sends what is queued and waits for every answer; replaces the publications that existed.
         * @return the ids refused, with their reasons
         * @throws IOException when Elasticsearch could not be reached for some of them
         */
        public List<String> finish() throws IOException {
            ingester.close();
            if (!unreachable.isEmpty()) {
                throw new IOException("not indexed: " + String.join("; ", unreachable));
            }
            List<String> all = new ArrayList<>(failures);
            all.addAll(replace(existing));
            return all;
        }
    }

    /**
     * Publications that exist already, replaced whole but for the moment each was first indexed, a bulk request's
     * worth at a time (Elasticsearch refuses a request over 100 MB).
     */
    public List<String> replace(List<Map<String, Object>> documents) throws IOException {
        List<String> failures = new ArrayList<>();
        for (int from = 0; from < documents.size(); from += BULK_DOCUMENTS) {
            failures.addAll(replaceAtOnce(documents.subList(from, Math.min(documents.size(), from + BULK_DOCUMENTS))));
        }
        return failures;
    }

    private List<String> replaceAtOnce(List<Map<String, Object>> documents) throws IOException {
        Map<String, String> firstIndexed = firstIndexed(documents.stream().map(d -> (String) d.get("id")).toList());
        Instant now = Instant.now();
        BulkResponse response = client.bulk(b -> {
            for (Map<String, Object> document : documents) {
                Map<String, Object> doc = new LinkedHashMap<>(document);
                doc.put("indexed", firstIndexed.getOrDefault((String) doc.get("id"), now.toString()));
                b.operations(op -> op.index(i -> i.index(alias).id((String) doc.get("id")).document(doc)));
            }
            return b;
        });
        List<String> failures = new ArrayList<>();
        for (BulkResponseItem item : response.items()) {
            if (item.error() != null) {
                failures.add(item.id() + ": " + item.error().reason());
            }
        }
        return failures;
    }

    /** When the publications with these ids were first indexed, for those already in the index. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Map<String, String> firstIndexed(List<String> ids) throws IOException {
        Map<String, String> out = new java.util.HashMap<>();
        var response = client.mget(m -> m.index(alias).ids(ids).sourceIncludes("indexed"), Map.class);
        for (var doc : response.docs()) {
            if (doc.isResult() && doc.result().found() && doc.result().source() != null) {
                Object indexed = ((Map<String, Object>) doc.result().source()).get("indexed");
                if (indexed != null) {
                    out.put(doc.result().id(), indexed.toString());
                }
            }
        }
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Optional<Publication> get(String id) throws IOException {
        GetResponse<Map> response = client.get(g -> g.index(alias).id(id), Map.class);
        return response.found() ? Optional.of(Publication.fromDocument((Map<String, Object>) response.source())) : Optional.empty();
    }

    /** The publications with these ids that exist, in one request, in the order asked. */
    @SuppressWarnings("unchecked")
    public List<Publication> get(List<String> ids) throws IOException {
        if (ids.isEmpty()) {
            return List.of();
        }
        var response = client.mget(m -> m.index(alias).ids(ids), Map.class);
        List<Publication> out = new ArrayList<>();
        response.docs().forEach(d -> {
            if (d.isResult() && d.result().found()) {
                out.add(Publication.fromDocument((Map<String, Object>) d.result().source()));
            }
        });
        return out;
    }

    /** The publications published within these spans of time, read in pages. */
    public List<Publication> publishedIn(List<LinkPass.Span> spans) throws IOException {
        if (spans.isEmpty()) {
            return List.of();
        }
        List<co.elastic.clients.elasticsearch._types.query_dsl.Query> ranges = spans.stream()
                .map(s -> co.elastic.clients.elasticsearch._types.query_dsl.Query.of(q -> q.range(r -> r.date(d -> d.field("published")
                        .gte(s.from().toString()).lte(s.to().toString()))))).toList();
        return read(co.elastic.clients.elasticsearch._types.query_dsl.Query.of(q -> q.bool(b -> b.should(ranges).minimumShouldMatch("1"))));
    }

    /** How many publications the index holds. */
    public long count() throws IOException {
        return client.count(c -> c.index(alias)).count();
    }

        /** Every publication in the index, read in pages. */
    public List<Publication> all() throws IOException {
        return read(co.elastic.clients.elasticsearch._types.query_dsl.Query.of(q -> q.matchAll(m -> m)));
    }

    /** Every publication the query finds, read in pages (search_after on the id). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<Publication> read(co.elastic.clients.elasticsearch._types.query_dsl.Query query) throws IOException {
        List<Publication> out = new ArrayList<>();
        List<co.elastic.clients.elasticsearch._types.FieldValue> after = null;
        while (true) {
            List<co.elastic.clients.elasticsearch._types.FieldValue> from = after;
            var response = client.search(s -> {
                s.index(alias).size(500).sort(o -> o.field(f -> f.field("id")));
                s.query(query);
                if (from != null) {
                    s.searchAfter(from);
                }
                return s;
            }, Map.class);
            var hits = response.hits().hits();
            if (hits.isEmpty()) {
                return out;
            }
            hits.forEach(h -> out.add(Publication.fromDocument((Map<String, Object>) h.source())));
            after = hits.get(hits.size() - 1).sort();
        }
    }

    public void refresh() throws IOException {
        client.indices().refresh(r -> r.index(alias));
    }

    public ElasticsearchClient client() {
        return client;
    }

}
