package kz.minsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import kz.minsearch.node.ElasticsearchNodeExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Publishers' names in the real node: the operator's sources file first, a site's own name where none is known. */
@ExtendWith(ElasticsearchNodeExtension.class)
class SourceNamesTest {
    @Test
    void theSourcesFileNamesFirstAndAPageOnlyWhereNothingIsKnown() throws Exception {
        try (ElasticsearchClient client = ElasticsearchConfig.of(ElasticsearchNodeExtension.url()).client()) {
            String a = "a-" + System.nanoTime() + ".example";
            String b = "b-" + System.nanoTime() + ".example";
            new SourceNames(client).fromPage(a, "  Site   A  ");
            new SourceNames(client).fromPage(a, "Another crawl's idea"); // another process: the first name stands
            new SourceNames(client).fromPage(b, "Site B");
            new SourceNames(client).fromSourcesFile(b, SourceNames.of("B News", Map.of("kk", "Б жаңалықтары")));
            new SourceNames(client).fromPage(b, "Site B again");
            client.indices().refresh(r -> r.index(SourceNames.ALIAS));
            Map<String, Map<String, String>> all = new SourceNames(client).all();
            assertEquals(Map.of("kk", "Site A", "ru", "Site A", "en", "Site A"), all.get(a));
            assertEquals(Map.of("kk", "Б жаңалықтары", "ru", "B News", "en", "B News"), all.get(b));
            assertEquals(all.get(b), new SourceNames(client).cached(Duration.ofMinutes(1)).get().get(b));
            assertNull(all.get("never-named.example"));
        }
    }
}
