package kz.minsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import kz.minsearch.enrich.Enricher;
import kz.minsearch.enrich.Linker;
import kz.minsearch.enrich.Registry;
import kz.minsearch.eval.FixtureWeb;
import kz.minsearch.node.ElasticsearchNodeExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
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
    private static List<Publication> crawled;
    /** The links of the fixture web linked at once: where every way of linking it in parts must end. */
    private static Map<String, String> whole;
    private static ElasticsearchClient client;

    @BeforeAll
    static void crawlAndLinkTheFixtureWebWhole() throws Exception {
        crawled = List.copyOf(FixtureWeb.crawl(Path.of("../corpus")).byPath().values());
        whole = links(Linker.link(crawled));
        client = ElasticsearchConfig.of(ElasticsearchNodeExtension.url()).client();
    }

    @AfterAll
    static void close() throws Exception {
        client.close();
    }

    @Test
    void incrementalAndFullLinkingGiveTheSameLinksOnTheFixtureWeb() throws Exception {
        assertTrue(whole.values().stream().anyMatch(l -> !l.isEmpty()), "the fixture web has translations and retellings");
        PublicationIndex index = emptyIndex("test-linkpass");
        // in three arrivals, by publisher: each one's releases and retellings meet what came before
        for (List<Publication> batch : byPublisher()) {
            index.index(batch, true);
            LinkPass.run(index, batch.stream().map(LinkPass.Arrival::of).toList());
        }
        assertStoredAsLinkedWhole(index);
    }

    /** An import links before it writes, in parts: publisher by publisher, each meeting what was imported before. */
    @Test
    void linkingBeforeWritingGivesTheSameLinksAsLinkingAfter() throws Exception {
        PublicationIndex index = emptyIndex("test-linkpass-import");
        int relinked = 0;
        for (List<Publication> batch : byPublisher()) {
            relinked += new Importer(new Enricher(Registry.bundled()), index).importPublications(batch).relinked();
        }
        assertTrue(relinked > 0, "a later publisher's retellings change links of publications imported before");
        assertStoredAsLinkedWhole(index);
    }

    /**
     * A large import links each part while the part before it is still being written: in parts of a few publications,
     * each part's neighbours are mostly not searchable yet when it is linked, and the links are still those of linking
     * everything at once.
     */
    @Test
    void anImportInSmallPartsLinkedWhileTheLastIsWrittenGivesTheSameLinks(@TempDir Path spool) throws Exception {
        PublicationIndex index = emptyIndex("test-linkpass-parts");
        Importer.Result result = new Importer(new Enricher(Registry.bundled()), index, spool, 5).importPublications(crawled);
        assertEquals(crawled.size(), result.indexed());
        assertTrue(result.relinked() > 0, "parts change links of publications written with the part before");
        assertStoredAsLinkedWhole(index);
    }

    private static PublicationIndex emptyIndex(String alias) throws Exception {
        PublicationIndex index = new PublicationIndex(client, alias, PublicationIndex.mapping());
        index.ensureCreated();
        return index;
    }

    /** The fixture web in three parts, publisher by publisher, each in order of id. */
    private static Collection<List<Publication>> byPublisher() {
        return crawled.stream().sorted(Comparator.comparing(Publication::id))
                .collect(Collectors.groupingBy(Publication::source, TreeMap::new, Collectors.toList())).values();
    }

    private static void assertStoredAsLinkedWhole(PublicationIndex index) throws Exception {
        List<Publication> stored = index.get(crawled.stream().map(Publication::id).toList());
        assertEquals(crawled.size(), stored.size());
        assertEquals(whole, links(stored));
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
