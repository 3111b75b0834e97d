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
        // floors under today's figures (precision 0.943, recall 0.845 by form; issue #22 aims at 0.95 and 0.88)
        AreaEvaluation.Confusion byForm = r.labelled().shippedByForm();
        assertTrue(byForm.precision() >= 0.94 && byForm.recall() >= 0.84, "areas cross-validated by form on the labelled set: " + r.labelled());
        assertTrue(byForm.negatives() >= 150 && byForm.negativesGivenAnArea() <= 5, "off-topic texts given an area: " + r.labelled());
        assertTrue(r.labelled().shippedOnArticles().f1() >= 0.83, "areas cross-validated by event on the articles: " + r.labelled());
        assertTrue(r.translationF1() >= 0.95, r.toString());
        assertTrue(r.titles().precision() == 1.0 && r.titles().otherGiven() == 0 && r.titles().otherMinistries() >= 25, r.titles().toString());
        assertTrue(r.titles().offTopic() >= 150 && r.titles().offTopicGiven() == 0, r.titles().toString());
    }
}
