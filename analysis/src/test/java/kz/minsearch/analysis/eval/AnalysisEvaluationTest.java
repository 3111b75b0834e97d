package kz.minsearch.analysis.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The evaluation's targets hold, and the baseline is really beaten: a quality regression fails the build. */
class AnalysisEvaluationTest {
    private final List<AnalysisEvaluation.Score> scores = AnalysisEvaluation.run();

    private AnalysisEvaluation.Score score(String lang, String analyzerPrefix) {
        return scores.stream().filter(s -> s.lang().equals(lang) && s.analyzer().startsWith(analyzerPrefix))
                .findFirst().orElseThrow();
    }

    @Test
    void kazakhConflatesItsFamiliesAndKeepsDerivationsApart() {
        AnalysisEvaluation.Score kk = score("kk", "minsearch_kk");
        assertTrue(kk.families() >= 40, "at least 40 Kazakh families");
        assertTrue(kk.recall() >= 0.95, "kk recall " + kk.recall() + " " + kk.misses());
        assertTrue(kk.distinctness() >= 0.90, "kk distinctness " + kk.distinctness() + " " + kk.misses());
        assertTrue(score("kk", "standard").recall() < 0.1, "the baseline conflates almost nothing");
    }

    @Test
    void russianAndEnglishConflateTheirFamilies() {
        assertTrue(score("ru", "minsearch_ru").recall() >= 0.95);
        assertTrue(score("en", "minsearch_en").recall() >= 0.95);
    }

    @Test
    void theChosenStemmersBeatTheirAlternativesOnBalance() {
        for (String[] chosenAndOther : new String[][]{{"ru", "minsearch_ru", "Snowball"}, {"en", "minsearch_en", "Porter"}}) {
            AnalysisEvaluation.Score chosen = score(chosenAndOther[0], chosenAndOther[1]);
            AnalysisEvaluation.Score other = score(chosenAndOther[0], chosenAndOther[2]);
            assertTrue(AnalysisEvaluation.balance(chosen) >= AnalysisEvaluation.balance(other),
                    chosen.analyzer() + " vs " + other.analyzer());
        }
    }
}
