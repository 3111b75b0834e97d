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

    /** Log lines written while a bar is up come out whole, above it, and the bar is drawn again below them. */
    @Test
    void onATerminalLogLinesGoAboveTheBarNotIntoIt() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream before = System.err;
        try (Progress p = Progress.to(new PrintStream(bytes, true, StandardCharsets.UTF_8), "import", 4, true)) {
            p.stepTo(1);
            org.slf4j.LoggerFactory.getLogger(ProgressTest.class).warn("event=bad_file file=a.txt");
            System.err.print("a line in ");
            p.stepTo(2);
            System.err.println("two writes");
            p.stepTo(4);
        }
        assertTrue(System.err == before, "standard error is given back");
        String out = bytes.toString(StandardCharsets.UTF_8);
        for (String line : java.util.List.of("event=bad_file file=a.txt", "a line in two writes")) {
            int at = out.indexOf(line);
            assertTrue(at > 0, out);
            String lineStart = out.substring(out.lastIndexOf('\n', at) + 1, at);
            assertTrue(lineStart.equals("\r\033[2K") || lineStart.matches("\r\033\\[2K.*WARN.*"), "the bar erased first: " + lineStart);
            String after = out.substring(at + line.length());
            assertTrue(after.startsWith("\n\r") && after.substring(2).contains("import"), "the bar drawn again below: " + after);
        }
        assertTrue(out.contains("4/4"), out);
    }
}
