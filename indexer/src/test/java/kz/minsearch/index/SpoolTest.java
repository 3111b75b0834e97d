package kz.minsearch.index;

import kz.minsearch.enrich.Enricher;
import kz.minsearch.enrich.Registry;
import kz.minsearch.extract.ArticleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpoolTest {
    @Test
    void publicationsComeBackAsTheyWentInInAnyOrderAndNoFileStaysBehind(@TempDir Path dir) throws Exception {
        Enricher enricher = new Enricher(Registry.bundled());
        List<Publication> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("../corpus/seeds"))) {
            for (Path file : files.sorted().toList()) {
                seeds.add(enricher.enrich(ArticleFiles.read(file)));
            }
        }
        try (Spool spool = new Spool(dir)) {
            List<Spool.Entry> entries = new ArrayList<>();
            for (Publication p : seeds) {
                entries.add(spool.add(p));
            }
            assertEquals(seeds.reversed(), spool.read(entries.reversed()));
            assertEquals(seeds.get(2).published().toInstant().toEpochMilli(), entries.get(2).published());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.findAny().isEmpty(), "the spool's file is deleted when it closes");
        }
    }
}
