package kz.minsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import kz.minsearch.enrich.Enricher;
import kz.minsearch.enrich.Registry;
import kz.minsearch.extract.Article;
import kz.minsearch.node.ElasticsearchNodeExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bulk writer: creates what is new, replaces what exists keeping its first moment, reports what is refused. */
@ExtendWith(ElasticsearchNodeExtension.class)
class PublicationIndexTest {
    private static final Enricher ENRICHER = new Enricher(Registry.bundled());

    private static Publication publication(int i, String body) {
        return ENRICHER.enrich(new Article("https://writer.example.kz/news/" + i, "writer.example.kz",
                "Жаңалық " + i, body, null));
    }

    @Test
    void newPublicationsGetTheirOwnMomentsAndOnesIndexedAgainKeepTheirs() throws Exception {
        try (ElasticsearchClient client = ElasticsearchConfig.of(ElasticsearchNodeExtension.url()).client()) {
            PublicationIndex index = new PublicationIndex(client, "test-writer", PublicationIndex.mapping());
            index.delete();
            index.ensureCreated();
            index.index(IntStream.range(0, 3).mapToObj(i -> publication(i, "Бірінші нұсқа " + i)).toList(), true);
            Map<String, String> first = moments(index, 3);

            // more than one bulk request's worth, the three known among them
            List<Publication> again = new ArrayList<>();
            IntStream.range(0, 1200).forEach(i -> again.add(publication(i, "Екінші нұсқа " + i)));
            PublicationIndex.Writer writer = index.writer();
            again.forEach(p -> writer.add(p.toDocument()));
            assertEquals(List.of(), writer.finish());
            index.refresh();

            Map<String, String> after = moments(index, 1200);
            for (int i = 0; i < 3; i++) {
                String id = publication(i, "").id();
                assertEquals(first.get(id), after.get(id), "indexed again, it keeps the moment it was first indexed");
                assertTrue(index.get(id).orElseThrow().body().startsWith("Екінші"), "and its new text");
            }
            assertEquals(1200, after.values().stream().distinct().count(), "every new one its own moment");
            assertNotEquals(first.get(publication(0, "").id()), after.get(publication(3, "").id()));
        }
    }

    @Test
    void aRefusedPublicationIsReportedAndTheOthersAreIndexed() throws Exception {
        try (ElasticsearchClient client = ElasticsearchConfig.of(ElasticsearchNodeExtension.url()).client()) {
            PublicationIndex index = new PublicationIndex(client, "test-writer-refused", PublicationIndex.mapping());
            index.delete();
            index.ensureCreated();
            Map<String, Object> bad = new LinkedHashMap<>(publication(1, "Мәтін").toDocument());
            bad.put("no_such_field", "the mapping is strict");
            List<String> failures = index.indexDocuments(List.of(publication(0, "Мәтін").toDocument(), bad), true);
            assertEquals(1, failures.size(), failures.toString());
            assertTrue(failures.get(0).startsWith(bad.get("id") + ": "), failures.get(0));
            assertTrue(index.get(publication(0, "").id()).isPresent());
        }
    }

    @Test
    void anUnreachableClusterIsAnErrorNotASilentLoss() throws Exception {
        int dead;
        try (ServerSocket s = new ServerSocket(0)) {
            dead = s.getLocalPort();
        }
        try (ElasticsearchClient client = ElasticsearchConfig.of("http://127.0.0.1:" + dead).client()) {
            PublicationIndex index = new PublicationIndex(client, "test-writer-dead", PublicationIndex.mapping());
            assertThrows(IOException.class, () -> index.indexDocuments(List.of(publication(0, "Мәтін").toDocument()), false));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, String> moments(PublicationIndex index, int expected) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        index.client().search(s -> s.index(index.alias()).size(expected + 10).source(src -> src.filter(f -> f.includes("id", "indexed"))), Map.class)
                .hits().hits().forEach(h -> out.put((String) ((Map) h.source()).get("id"), (String) ((Map) h.source()).get("indexed")));
        assertEquals(expected, out.size());
        return out;
    }
}
