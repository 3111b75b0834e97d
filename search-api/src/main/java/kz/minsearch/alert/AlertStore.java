package kz.minsearch.alert;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import kz.minsearch.index.VersionedIndex;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Saved searches in Elasticsearch: the {@code alerts} index behind its alias, created from the mappings module's
 * JSON like the publications index, so they live with the cluster and survive any process.
 */
public final class AlertStore {
    public static final String ALIAS = "alerts";
    static final int VERSION = 1;
    private static final int MAX_ALERTS = 10_000;

    private final ElasticsearchClient client;
    private final String alias;
    private final VersionedIndex index;

    public AlertStore(ElasticsearchClient client) {
        this(client, ALIAS);
    }

    public AlertStore(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
        this.index = new VersionedIndex(client, alias, String.valueOf(VERSION), VersionedIndex.definition("alerts.json"));
    }

    /** Once per store: requests need not ask Elasticsearch again. */
    public void ensureCreated() throws IOException {
        index.ensureCreatedOnce();
    }

    public void save(Alert alert) throws IOException {
        client.index(i -> i.index(alias).id(alert.id()).document(alert.toDocument()).refresh(Refresh.WaitFor));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Optional<Alert> get(String id) throws IOException {
        GetResponse<Map> r = client.get(g -> g.index(alias).id(id), Map.class);
        return r.found() ? Optional.of(Alert.fromDocument((Map<String, Object>) r.source())) : Optional.empty();
    }

    /** The saved search a confirmation or unsubscribe link's token belongs to. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Optional<Alert> byToken(String token) throws IOException {
        SearchResponse<Map> r = client.search(s -> s.index(alias).size(1)
                .query(q -> q.term(t -> t.field("token").value(token))), Map.class);
        return r.hits().hits().stream().findFirst().map(h -> Alert.fromDocument((Map<String, Object>) h.source()));
    }

    public boolean delete(String id) throws IOException {
        return client.delete(d -> d.index(alias).id(id).refresh(Refresh.WaitFor)).result().jsonValue().equals("deleted");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public List<Alert> all() throws IOException {
        SearchResponse<Map> r = client.search(s -> s.index(alias).size(MAX_ALERTS).query(q -> q.matchAll(m -> m)), Map.class);
        return r.hits().hits().stream().map(h -> Alert.fromDocument((Map<String, Object>) h.source())).toList();
    }
}
