package kz.minsearch.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Progress in a log is lines, on a terminal a bar redrawn in place. */
class ProgressTest {
    @Test
    void withoutATerminalAPlainLineEveryTenthAndNoCarriageReturn() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Progress p = Progress.to(new PrintStream(bytes, true, StandardCharsets.UTF_8), "import", 100, false)) {
            for (int i = 1; i <= 100; i++) {
                p.stepTo(i);
            }
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertFalse(out.contains("\r"), out);
        String[] lines = out.strip().split("\n");
        assertEquals(10, lines.length, out); // 10 %, 20 %, … 100 %
        assertEquals("import: 10 of 100 (10%)", lines[0]);
        assertEquals("import: 100 of 100 (100%)", lines[lines.length - 1]);
    }

    @Test
    void workThatGrowsAndEndsEarlyStillSaysWhereItEnded() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Progress p = Progress.to(new PrintStream(bytes, true, StandardCharsets.UTF_8), "crawl", 5, false)) {
            p.stepTo(1);
            p.maxHint(40);
            p.stepTo(3);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.strip().endsWith("crawl: 3 of 40 (7%)"), out);
        assertTrue(out.lines().count() <= 3, out);
    }

    @Test
    void onATerminalABarRedrawnInPlace() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Progress p = Progress.to(new PrintStream(bytes, true, StandardCharsets.UTF_8), "crawl", 10, true)) {
            for (int i = 1; i <= 10; i++) {
                p.stepTo(i);
            }
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("\r") && out.contains("crawl") && out.contains("10/10"), out);
    }
}
