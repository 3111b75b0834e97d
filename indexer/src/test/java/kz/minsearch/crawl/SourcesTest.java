package kz.minsearch.crawl;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourcesTest {
    @Test
    void theShippedSourcesFileReads() throws IOException {
        Sources sources = Sources.read(Path.of("../sources.yml"));
        Sources.Source gov = sources.sources().stream().filter(Sources.Source::isGovKz).findFirst().orElseThrow();
        assertEquals("mam", gov.project());
        assertEquals(Duration.ofHours(1), gov.every());
        assertTrue(sources.sources().stream().anyMatch(s -> s.start() != null && s.start().stream().anyMatch(u -> u.contains("zakon.kz"))));
        assertTrue(sources.sources().stream().anyMatch(s -> s.hints().body() != null), "an example of selectors");
    }

    @Test
    void mistakesAreNamed() throws IOException {
        Path file = Files.createTempFile("sources", ".yml");
        Files.writeString(file, "sources:\n  - id: x\n    type: ftp\n");
        IOException e = assertThrows(IOException.class, () -> Sources.read(file));
        assertTrue(e.getMessage().contains("known types"), e.getMessage());
        Files.writeString(file, "sources:\n  - id: x\n    type: web\n    strat: [http://a]\n");
        assertThrows(IOException.class, () -> Sources.read(file), "a misspelt key is refused, not ignored");
        Files.delete(file);
    }

    @Test
    void aSourceIsNamedInEveryLanguageOrInEach() throws IOException {
        Path file = Files.createTempFile("sources", ".yml");
        Files.writeString(file, "sources:\n  - id: x\n    type: web\n    name: Kursiv\n    names: {kk: Курсив, ru: Курсив}\n"
                + "    start: [https://kz.kursiv.media/news/]\n");
        Sources.Source x = Sources.read(file).sources().get(0);
        assertEquals(java.util.List.of("kz.kursiv.media"), x.hosts());
        assertEquals(java.util.Map.of("kk", "Курсив", "ru", "Курсив", "en", "Kursiv"),
                kz.minsearch.index.SourceNames.of(x.name(), x.names()));
        Files.writeString(file, "sources:\n  - id: x\n    type: web\n    names: {de: Kursiv}\n    start: [https://kz.kursiv.media/]\n");
        IOException e = assertThrows(IOException.class, () -> Sources.read(file));
        assertTrue(e.getMessage().contains("kk, ru and en"), e.getMessage());
        Files.delete(file);
    }
}
