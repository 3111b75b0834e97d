package kz.minsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import kz.minsearch.enrich.Enricher;
import kz.minsearch.enrich.Registry;
import kz.minsearch.node.ElasticsearchNodeExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seeds through the whole indexing path into a real node, and back. */
@ExtendWith(ElasticsearchNodeExtension.class)
class ImporterTest {
    private static ElasticsearchClient client;
    private static PublicationIndex index;
    private static Importer.Result result;

    @BeforeAll
    static void importSeeds() throws Exception {
        client = ElasticsearchConfig.of(ElasticsearchNodeExtension.url()).client();
        index = new PublicationIndex(client);
        List<Path> seeds;
        try (Stream<Path> files = Files.list(Path.of("../corpus/seeds"))) {
            seeds = files.sorted().toList();
        }
        Path broken = Files.createTempFile("broken", ".txt");
        Files.write(broken, new byte[]{(byte) 0xCF, (byte) 0xF0, (byte) 0xE8});
        result = new Importer(new Enricher(Registry.bundled()), index)
                .importFiles(Stream.concat(seeds.stream(), Stream.of(broken)).toList(), f -> { });
        Files.delete(broken);
    }

    @AfterAll
    static void close() throws Exception {
        client.close();
    }

    @Test
    void aLargeLoadTurnsRefreshesOffAndPutsThemBack() throws Exception {
        PublicationIndex load = new PublicationIndex(client, "test-bulk-load", PublicationIndex.mapping());
        String name = "test-bulk-load-v" + PublicationIndex.VERSION;
        try (PublicationIndex.Load l = load.bulkLoading()) {
            assertEquals("-1", refreshInterval(name), "no refresh during the load");
        }
        assertEquals("1s", refreshInterval(name), "the shipped interval after it");
    }

    private static String refreshInterval(String index) throws Exception {
        return client.indices().getSettings(g -> g.index(index)).get(index).settings().index().refreshInterval().time();
    }

    @Test
    void everySeedIsIndexedAndABrokenFileIsReported() {
        assertEquals(5, result.indexed());
        assertEquals(1, result.failures().size(), result.failures().toString());
        assertTrue(result.failures().get(0).contains("not UTF-8"));
    }

    @Test
    void theSeedsCarryTheirMinistersLanguagesAndYears() throws Exception {
        Publication kk2026 = byFile("000_d49be254358a54db.txt");
        assertEquals("kk", kk2026.lang());
        assertEquals("2026", kk2026.year());
        assertEquals(List.of("balayeva"), kk2026.ministers());

        Publication ru = byFile("001_99cf44dbe5be13c4.txt");
        assertEquals("ru", ru.lang());
        assertEquals(List.of("balayeva"), ru.ministers());

        Publication kydyrali = byFile("002_15c6351cc75af8c5.txt");
        assertEquals("2023", kydyrali.year());
        assertEquals(List.of("kydyrali"), kydyrali.ministers());
        assertTrue(kydyrali.people().contains("kulginov"));

        assertEquals("en", byFile("004_68960e6dd0dead4a.txt").lang());
    }

    @Test
    void theAliasPointsAtTheVersionedIndex() throws Exception {
        assertTrue(client.indices().getAlias(a -> a.name(PublicationIndex.ALIAS)).aliases()
                .containsKey(PublicationIndex.concreteName()));
    }

    private static Publication byFile(String name) throws Exception {
        String url = Path.of("../corpus/seeds", name).toAbsolutePath().normalize().toUri().toString();
        return index.get(Enricher.idOf(url)).orElseThrow();
    }
}
