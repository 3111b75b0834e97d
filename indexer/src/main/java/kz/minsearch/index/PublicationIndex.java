package kz.minsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code publications} alias and the versioned index behind it, created from the mappings module's JSON so a
 * new mapping is built beside the old one and swapped in.
 */
public final class PublicationIndex {
    public static final String ALIAS = "publications";
    public static final int VERSION = 1;
    private static final Logger log = LoggerFactory.getLogger(PublicationIndex.class);

    private final ElasticsearchClient client;

    public PublicationIndex(ElasticsearchClient client) {
        this.client = client;
    }

    public static String concreteName() {
        return ALIAS + "-v" + VERSION;
    }

    /** Creates the current index version and points the alias at it, unless the alias already exists. */
    public void ensureCreated() throws IOException {
        if (client.indices().existsAlias(a -> a.name(ALIAS)).value()) {
            return;
        }
        String name = concreteName();
        if (!client.indices().exists(e -> e.index(name)).value()) {
            try (InputStream mapping = PublicationIndex.class.getResourceAsStream("/kz/minsearch/mappings/publications.json")) {
                if (mapping == null) {
                    throw new IllegalStateException("publications.json is missing from the class path (minsearch-mappings)");
                }
                client.indices().create(c -> c.index(name).withJson(mapping));
            }
            log.info("event=index_created index={}", name);
        }
        client.indices().putAlias(a -> a.index(name).name(ALIAS));
    }

    /** Indexes (or replaces) publications in one bulk request; returns the ids that failed, with their reasons. */
    public List<String> index(List<Publication> publications, boolean waitForSearch) throws IOException {
        return indexDocuments(publications.stream().map(Publication::toDocument).toList(), waitForSearch);
    }

    /** The same for documents already in index form (as the crawl's pending queue keeps them). */
    public List<String> indexDocuments(List<Map<String, Object>> documents, boolean waitForSearch) throws IOException {
        if (documents.isEmpty()) {
            return List.of();
        }
        BulkResponse response = client.bulk(b -> {
            for (Map<String, Object> doc : documents) {
                b.operations(op -> op.index(i -> i.index(ALIAS).id((String) doc.get("id")).document(doc)));
            }
            return b.refresh(waitForSearch ? Refresh.WaitFor : Refresh.False);
        });
        List<String> failures = new ArrayList<>();
        for (BulkResponseItem item : response.items()) {
            if (item.error() != null) {
                failures.add(item.id() + ": " + item.error().reason());
            }
        }
        return failures;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Optional<Publication> get(String id) throws IOException {
        GetResponse<Map> response = client.get(g -> g.index(ALIAS).id(id), Map.class);
        return response.found() ? Optional.of(Publication.fromDocument((Map<String, Object>) response.source())) : Optional.empty();
    }

    public void refresh() throws IOException {
        client.indices().refresh(r -> r.index(ALIAS));
    }

    public ElasticsearchClient client() {
        return client;
    }

}
