package kz.minsearch.analysis;

import org.junit.jupiter.api.Test;

import static kz.minsearch.analysis.TokenAssert.assertFiltersTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RussianStemVowelFilterTest {
    @Test
    void aStemEndingInEDropsIt() {
        assertFiltersTo(RussianStemVowelFilter::new, "музе муз ассамбле юбиле иде галер",
                "муз", "муз", "ассамбл", "юбил", "иде", "галер");
    }

    @Test
    void everyFormOfAWordWhoseStemEndsInEHasOneStemInTheRussianChain() {
        RussianAnalyzer ru = new RussianAnalyzer();
        for (String family : new String[] {"музей музея музеи музеев музеях музее", "ассамблея ассамблеи ассамблее ассамблеей",
                "галерея галереи галерее", "юбилей юбилея юбилеи", "Сергей Сергея Сергею"}) {
            assertEquals(1, TokenAssert.tokens(ru, family).stream().distinct().count(), family + ": " + TokenAssert.tokens(ru, family));
        }
    }
}
