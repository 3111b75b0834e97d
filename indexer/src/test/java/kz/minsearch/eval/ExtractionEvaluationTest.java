package kz.minsearch.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fixture webs crawled from their roots, no per-site configuration: the extraction targets. */
class ExtractionEvaluationTest {
    @ParameterizedTest
    @ValueSource(strings = {"../corpus", "../corpus/layouts"})
    void theGenericPathMeetsTheTargetsOnTheFixtureWebs(String corpus) throws Exception {
        ExtractionEvaluation.Report r = ExtractionEvaluation.run(Path.of(corpus));
        assertEquals(r.truth(), r.found(), r.toString());
        assertEquals(0, r.extra().size(), r.toString());
        assertTrue(r.bodyF1() >= 0.97, r.toString());
        assertTrue(r.titleAccuracy() >= 0.98, r.toString());
        assertTrue(r.dateAccuracy() >= 0.98, r.toString());
        assertTrue(r.langAccuracy() >= 0.98, r.toString());
    }

    @Test
    void tokenF1CountsSharedWords() {
        assertEquals(1.0, ExtractionEvaluation.tokenF1("Аида Балаева, министр", "аида балаева министр"), 1e-9);
        assertEquals(0.5, ExtractionEvaluation.tokenF1("a b", "a c"), 1e-9);
        assertEquals(0.0, ExtractionEvaluation.tokenF1("", "a"), 1e-9);
    }
}
