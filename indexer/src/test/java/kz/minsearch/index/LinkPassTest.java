package kz.minsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import kz.minsearch.enrich.Linker;
import kz.minsearch.eval.FixtureWeb;
import kz.minsearch.node.ElasticsearchNodeExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Linking what arrives, batch by batch, ends where linking everything at once does. */
@ExtendWith(ElasticsearchNodeExtension.class)
class LinkPassTest {
    @Test
    void incrementalAndFullLinkingGiveTheSameLinksOnTheFixtureWeb() throws Exception {
        List<Publication> crawled = new ArrayList<>(FixtureWeb.crawl(Path.of("../corpus")).byPath().values());
        Map<String, String> full = links(Linker.link(crawled));
        assertTrue(full.values().stream().anyMatch(l -> !l.isEmpty()), "the fixture web has translations and retellings");

        try (ElasticsearchClient client = ElasticsearchConfig.of(ElasticsearchNodeExtension.url()).client()) {
            PublicationIndex index = new PublicationIndex(client, "test-linkpass", PublicationIndex.mapping());
            index.ensureCreated();
            // in three arrivals, by publisher: each one's releases and retellings meet what came before
            Map<String, List<Publication>> bySource = crawled.stream().sorted(Comparator.comparing(Publication::id))
                    .collect(Collectors.groupingBy(Publication::source, TreeMap::new, Collectors.toList()));
            for (List<Publication> batch : bySource.values()) {
                index.index(batch, true);
                LinkPass.run(index, batch.stream().map(LinkPass.Arrival::of).toList());
            }
            List<Publication> stored = index.get(crawled.stream().map(Publication::id).toList());
            assertEquals(crawled.size(), stored.size());
            assertEquals(full, links(stored));
        }
    }

    /** An import links before it writes, in parts: publisher by publisher, each meeting what was imported before. */
    @Test
    void linkingBeforeWritingGivesTheSameLinksAsLinkingAfter() throws Exception {
        List<Publication> crawled = new ArrayList<>(FixtureWeb.crawl(Path.of("../corpus")).byPath().values());
        Map<String, String> full = links(Linker.link(crawled));
        try (ElasticsearchClient client = ElasticsearchConfig.of(ElasticsearchNodeExtension.url()).client()) {
            PublicationIndex index = new PublicationIndex(client, "test-linkpass-import", PublicationIndex.mapping());
            index.ensureCreated();
            Map<String, List<Publication>> bySource = crawled.stream().sorted(Comparator.comparing(Publication::id))
                    .collect(Collectors.groupingBy(Publication::source, TreeMap::new, Collectors.toList()));
            int relinked = 0;
            for (List<Publication> batch : bySource.values()) {
                relinked += new Importer(new kz.minsearch.enrich.Enricher(kz.minsearch.enrich.Registry.bundled()), index).importPublications(batch).relinked();
            }
            assertTrue(relinked > 0, "a later publisher's retellings change links of publications imported before");
            List<Publication> stored = index.get(crawled.stream().map(Publication::id).toList());
            assertEquals(crawled.size(), stored.size());
            assertEquals(full, links(stored));
        }
    }

    /**
     * A large import links each part while the part before it is still being written: in parts of a few publications,
     * each part's neighbours are mostly not searchable yet when it is linked, and the links are still those of linking
     * everything at once.
     */
    @Test
    void anImportInSmallPartsLinkedWhileTheLastIsWrittenGivesTheSameLinks() throws Exception {
        List<Publication> crawled = new ArrayList<>(FixtureWeb.crawl(Path.of("../corpus")).byPath().values());
        Map<String, String> full = links(Linker.link(crawled));
        try (ElasticsearchClient client = ElasticsearchConfig.of(ElasticsearchNodeExtension.url()).client()) {
            PublicationIndex index = new PublicationIndex(client, "test-linkpass-parts", PublicationIndex.mapping());
            index.ensureCreated();
            Importer.Result result = new Importer(new kz.minsearch.enrich.Enricher(kz.minsearch.enrich.Registry.bundled()), index,
                    Path.of(System.getProperty("java.io.tmpdir")), 5).importPublications(crawled);
            assertEquals(crawled.size(), result.indexed());
            assertTrue(result.relinked() > 0, "parts change links of publications written with the part before");
            List<Publication> stored = index.get(crawled.stream().map(Publication::id).toList());
            assertEquals(crawled.size(), stored.size());
            assertEquals(full, links(stored));
        }
    }

    @Test
    void onlyTheTimeAroundWhatArrivedIsRead() {
        OffsetDateTime a = OffsetDateTime.parse("2024-06-05T10:00:00+05:00");
        List<LinkPass.Span> spans = LinkPass.spans(List.of(new LinkPass.Arrival("x", a), new LinkPass.Arrival("y", a.plusDays(2)),
                new LinkPass.Arrival("z", a.plusDays(40)), new LinkPass.Arrival("u", null)), Duration.ofDays(3));
        assertEquals(List.of(new LinkPass.Span(a.minusDays(3), a.plusDays(5)), new LinkPass.Span(a.plusDays(37), a.plusDays(43))), spans);
    }

    /** Each publication's translations and retellings, by id, comparable across runs. */
    private static Map<String, String> links(List<Publication> publications) {
        Map<String, String> out = new TreeMap<>();
        publications.forEach(p -> out.put(p.id(), p.translations().stream().map(Publication.Link::id).sorted().toList()
                + " " + p.related().stream().map(Publication.Link::id).sorted().toList() + " " + p.areas() + " " + p.ministers()));
        return out;
    }
}
