package kz.minsearch.eval;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchEvaluationTest {
    private static final Path SHARED_BENCH = Path.of("../../shared/extraction-bench");

    @Test
    void theMetricIsTheBenchmarksShingleMetric() {
        BenchEvaluation.PageScore exact = BenchEvaluation.score("a", "u", "one two three four five", "one two three four five");
        assertEquals(1.0, exact.precision());
        assertEquals(1.0, exact.recall());
        // 2 true shingles of 3 extracted, 2 of 2 expected: tp 2, fp 1, fn 0
        BenchEvaluation.PageScore extra = BenchEvaluation.score("b", "u", "one two three four five six", "one two three four five");
        assertEquals(2.0 / 3, extra.precision(), 1e-9);
        assertEquals(1.0, extra.recall(), 1e-9);
        BenchEvaluation.PageScore empty = BenchEvaluation.score("c", "u", "", "one two three four five");
        BenchEvaluation.Report report = BenchEvaluation.summarize(List.of(exact, empty), false);
        assertEquals(1.0, report.precision(), 1e-9, "a page with nothing extracted is left out of precision");
        assertEquals(0.5, report.recall(), 1e-9, "and counts as 0 in recall");
        assertEquals(1, report.empty());
    }

    /** The shared half of the real-page benchmark, when it lies beside the clone (as in CI). */
    @Test
    void onTheSharedRealPagesTheExtractorReachesTheBestPublishedExtractors() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SHARED_BENCH), "no ../shared/extraction-bench beside the clone: benchmark not run");
        BenchEvaluation.Report report = BenchEvaluation.run(SHARED_BENCH);
        System.out.print(report);
        assertEquals(0, report.empty(), "no page without a body");
        assertTrue(report.f1() >= 0.96, "body F1 " + report.f1());
        assertTrue(report.articles() >= report.pages().size() * 0.95, "real articles taken for articles: " + report.articles());
    }
}
