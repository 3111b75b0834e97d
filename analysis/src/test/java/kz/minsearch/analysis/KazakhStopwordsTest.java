package kz.minsearch.analysis;

import kz.minsearch.analysis.eval.AnalysisEvaluation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static kz.minsearch.analysis.TokenAssert.assertAnalyzesTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Why the Kazakh stopword list is what it is: function words go, words people search for stay. */
class KazakhStopwordsTest {
    @Test
    void conjunctionsPostpositionsAndPronounsCarryNoTopic() {
        for (String w : List.of("және", "мен", "үшін", "туралы", "бойынша", "арқылы", "бұл", "осы", "олар", "ғана", "еді")) {
            assertTrue(KazakhAnalyzer.stopwords().contains(w), w);
        }
        assertAnalyzesTo(new KazakhAnalyzer(), "және туралы бойынша");
    }

    @Test
    void wordsPeopleSearchForAreNeverStopwords() {
        for (String w : List.of("министр", "министрлік", "жыл", "мемлекет", "заң", "мәдениет", "ақпарат", "жастар", "дін", "ел")) {
            assertFalse(KazakhAnalyzer.stopwords().contains(w), w);
        }
    }

    @Test
    void noStopwordSwallowsAWordOfTheEvaluationFamilies() {
        // a stopword equal to an inflected form of a content word would make that form unsearchable
        AnalysisEvaluation.families("kk").forEach(family -> family.forEach(form ->
                assertFalse(KazakhAnalyzer.stopwords().contains(form.toLowerCase(java.util.Locale.ROOT)), form)));
    }
}
