package kz.minsearch.eval;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Enrichment's targets on the bundled fixture web and its truth. */
class EnrichmentEvaluationTest {
    @Test
    void ministersAreasAndLinksMeetTheTargets() throws Exception {
        EnrichmentEvaluation.Report r = EnrichmentEvaluation.run(Path.of("../corpus"));
        assertTrue(r.ministerF1() >= 0.97, r.toString());
        assertTrue(r.areaF1() >= 0.80, r.toString());
        assertTrue(r.areaCrossValidatedF1() >= 0.80, r.toString());
        assertTrue(r.translationF1() >= 0.95, r.toString());
    }
}
