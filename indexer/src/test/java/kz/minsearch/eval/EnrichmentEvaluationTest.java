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
        assertTrue(r.labelled().shippedByForm() >= 0.90, "areas cross-validated by form on the labelled set: " + r.labelled());
        assertTrue(r.labelled().shippedOnArticles() >= 0.85, "areas cross-validated by event on the articles: " + r.labelled());
        assertTrue(r.translationF1() >= 0.95, r.toString());
    }
}
