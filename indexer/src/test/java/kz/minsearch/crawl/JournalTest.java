package kz.minsearch.crawl;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JournalTest {
    @Test
    void keepsEveryRecordInOrderAcrossOpenings() throws Exception {
        Path file = Files.createTempDirectory("journal").resolve("journal.jsonl");
        Journal journal = Journal.open(file);
        assertTrue(journal.isEmpty());
        journal.append(List.of(Map.of("n", 1), Map.of("n", 2)));
        Journal.open(file).append(List.of(Map.of("n", 3)));
        assertEquals(List.of(1, 2, 3), Journal.open(file).read().stream().map(r -> r.get("n").asInt()).toList());
    }

    /** A crash in the middle of an append leaves half a line: it is cut off, and what follows is whole again. */
    @Test
    void aLineTornByACrashIsCutOffAndTheNextAppendIsClean() throws Exception {
        Path file = Files.createTempDirectory("journal").resolve("journal.jsonl");
        Journal.open(file).append(List.of(Map.of("n", 1)));
        Files.writeString(file, "{\"n\":2, \"half", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Journal reopened = Journal.open(file);
        reopened.append(List.of(Map.of("n", 3)));
        assertEquals(List.of(1, 3), Journal.open(file).read().stream().map(r -> r.get("n").asInt()).toList());
    }

    @Test
    void clearedItIsGone() throws Exception {
        Path file = Files.createTempDirectory("journal").resolve("journal.jsonl");
        Journal journal = Journal.open(file);
        journal.append(List.of(Map.of("n", 1)));
        journal.clear();
        assertFalse(Files.exists(file));
        assertTrue(Journal.open(file).read().isEmpty());
    }
}
