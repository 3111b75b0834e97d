package kz.minsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import kz.minsearch.node.ElasticsearchNodeExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A new version of an index in the real node: built beside the old, filled from it (or not), the alias moved. */
@ExtendWith(ElasticsearchNodeExtension.class)
class VersionedIndexTest {
    private static final String ALIAS = "test-versioned";
    private static final int DOCUMENTS = 1_234; // more than one page of the carry-over

    private static String mapping(String analyzer, boolean withTag) {
        return """
                {"mappings": {"dynamic": "strict", "properties": {
                  "text": {"type": "text", "analyzer": "%s"}%s,
                  "indexed": {"type": "date_nanos"}}}}""".formatted(analyzer, withTag ? ", \"tag\": {\"type\": \"keyword\"}" : "");
    }

    @Test
    void aNewVersionIsFilledFromTheOldOneAndAnalyzedByItsOwnMapping() throws Exception {
        try (ElasticsearchClient client = ElasticsearchConfig.of(ElasticsearchNodeExtension.url()).client()) {
            VersionedIndex v1 = new VersionedIndex(client, ALIAS, "1", mapping("standard", true));
            v1.ensureCreated();
            client.bulk(b -> {
                for (int i = 0; i < DOCUMENTS; i++) {
                    Map<String, Object> doc = Map.of("text", "Облыстық кітапхананың жаңа қоры " + i, "indexed", "2026-01-02T03:04:05.123456789Z");
                    String id = "d" + i;
                    b.operations(op -> op.index(x -> x.index(ALIAS).id(id).document(doc)));
                }
                return b.refresh(co.elastic.clients.elasticsearch._types.Refresh.True);
            });
            assertEquals(0, hits(client, "кітапхана"), "the standard analyzer does not stem Kazakh");

            VersionedIndex v2 = new VersionedIndex(client, ALIAS, "2", mapping("minsearch_kk", true));
            v2.ensureCreated();
            assertEquals(Set.of(v2.name()), client.indices().getAlias(a -> a.name(ALIAS)).aliases().keySet(), "the alias moved whole");
            assertEquals(DOCUMENTS, client.count(c -> c.index(ALIAS)).count(), "every document carried over");
            assertEquals(DOCUMENTS, hits(client, "кітапхана"), "and analyzed by the new mapping");
            var d7 = client.get(g -> g.index(ALIAS).id("d7"), Map.class);
            assertEquals("2026-01-02T03:04:05.123456789Z", d7.source().get("indexed"), "its first-indexed moment kept to the nanosecond");
            assertEquals(DOCUMENTS, client.count(c -> c.index(v1.name())).count(), "the old index stays as it was");

            v2.ensureCreated(); // the same version again: nothing to do
            assertEquals(DOCUMENTS, client.count(c -> c.index(ALIAS)).count());

            client.index(i -> i.index(ALIAS).id("tagged").document(Map.of("text", "белгіленген", "tag", "x"))
                    .refresh(co.elastic.clients.elasticsearch._types.Refresh.True));
            VersionedIndex v3 = new VersionedIndex(client, ALIAS, "3", mapping("minsearch_kk", false));
            v3.ensureCreated();
            assertEquals(DOCUMENTS, client.count(c -> c.index(ALIAS)).count(), "what the new mapping refuses is left out, the rest comes");
            assertTrue(client.get(g -> g.index(v2.name()).id("tagged"), Map.class).found(), "and what it refused is still in the old index");

            VersionedIndex rebuilt = new VersionedIndex(client, ALIAS, "4", mapping("minsearch_kk", false), VersionedIndex.Previous.LEFT_BEHIND);
            rebuilt.ensureCreated();
            assertEquals(0, client.count(c -> c.index(ALIAS)).count(), "an index rebuilt from elsewhere starts empty");

            v1.delete();
            assertTrue(!client.indices().existsAlias(a -> a.name(ALIAS)).value() && !client.indices().exists(e -> e.index(rebuilt.name())).value(),
                    "deleting starts from nothing: the index the alias names goes too, of whatever version");
            for (VersionedIndex v : new VersionedIndex[] {v2, v3}) {
                v.delete();
            }
        }
    }

    private static long hits(ElasticsearchClient client, String word) throws Exception {
        return client.count(c -> c.index(ALIAS).query(q -> q.match(m -> m.field("text").query(word)))).count();
    }
}
