package kz.minsearch.analysis;

import org.junit.jupiter.api.Test;

import static kz.minsearch.analysis.TokenAssert.assertFiltersTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class RussianFleetingVowelFilterTest {
    @Test
    void dropsTheVowelBetweenAConsonantAndKOrTs() {
        assertFiltersTo(RussianFleetingVowelFilter::new, "выставок выставк танец танц ребенок отец девушек",
                "выставк", "выставк", "танц", "танц", "ребенк", "отц", "девушк");
    }

    @Test
    void leavesOtherStemsShortOnesAndGlidesAlone() {
        assertFiltersTo(RussianFleetingVowelFilter::new, "сок век боец посол церков ден фестивал знак",
                "сок", "век", "боец", "посол", "церков", "ден", "фестивал", "знак");
    }

    @Test
    void everyFormOfAWordHasOneStemInTheRussianChain() {
        RussianAnalyzer ru = new RussianAnalyzer();
        for (String family : new String[] {"выставка выставки выставок выставками", "певец певца певцов певцами",
                "площадка площадок площадках", "ребёнок ребёнка ребенком", "танец танцев танцы"}) {
            assertEquals(1, TokenAssert.tokens(ru, family).stream().distinct().count(), family + ": " + TokenAssert.tokens(ru, family));
        }
        assertNotEquals(TokenAssert.tokens(ru, "посол"), TokenAssert.tokens(ru, "после"));
    }
}
