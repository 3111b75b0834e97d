package kz.minsearch.eval;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Enrichment's targets on the bundled fixture web and its truth. */
class EnrichmentEvaluationTest {
    @Test
    void ministersAreasAndLinksMeetTheTargets() throws Exception {
        EnrichmentEvaluation.Report r = EnrichmentEvaluation.run(Path.of("../corpus"));
        assertTrue(r.ministerF1().orElseThrow() >= 0.97, r.toString());
        // in-sample (the shipped model also learned from these articles): 0.981 until the stemmer read verbs; since,
        // 0.955, the film-support release also given creative-industries (animation) — the cross-validated figures
        // below are the ones that guard
        assertTrue(r.areaF1().orElseThrow() >= 0.95, r.toString());
        // issue #22's targets by form (today 0.957 / 0.933), and no off-topic text given an area
        AreaEvaluation.Confusion byForm = r.labelled().shippedByForm();
        assertTrue(byForm.precision() >= 0.95 && byForm.recall() >= 0.88, "areas cross-validated by form on the labelled set: " + r.labelled());
        assertTrue(byForm.negatives() >= 150 && byForm.negativesGivenAnArea() == 0, "off-topic texts given an area: " + r.labelled());
        assertTrue(r.labelled().shippedOnArticles().f1() >= 0.86, "areas cross-validated by event on the articles: " + r.labelled());
        assertTrue(r.translationF1() >= 0.95, r.toString());
        EnrichmentEvaluation.Titles titles = r.titles().orElseThrow();
        assertTrue(titles.precision() == 1.0 && titles.otherGiven() == 0 && titles.otherMinistries() >= 25, titles.toString());
        assertTrue(titles.offTopic() >= 150 && titles.offTopicGiven() == 0, titles.toString());
    }

    @Test
    void aCorpusWhoseTruthNamesNoMinistersIsScoredOnItsLinks() throws Exception {
        EnrichmentEvaluation.Report r = EnrichmentEvaluation.run(Path.of("../corpus/layouts"));
        assertTrue(r.ministerF1().isEmpty() && r.areaF1().isEmpty() && r.titles().isEmpty(), r.toString());
        assertTrue(r.toString().contains("names no ministers"), r.toString());
        assertTrue(r.translationF1() >= 0.95 && r.relatedF1() >= 0.95, "the layouts' releases linked across their sites: " + r);
    }
}
