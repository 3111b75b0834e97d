package kz.minsearch.analysis;

import org.junit.jupiter.api.Test;

import static kz.minsearch.analysis.TokenAssert.assertFiltersTo;

class CyrillicNormalizationFilterTest {
    @Test
    void latinLookAlikesInsideCyrillicWordsBecomeCyrillic() {
        // "министрлiк" typed with Latin i, "Министрлік" with Latin M and o/e/p/c/x in other words
        assertFiltersTo(CyrillicNormalizationFilter::new, "министрлiк Mинистр cаясат тexника oрталық",
                "министрлік", "Министр", "саясат", "техника", "орталық");
    }

    @Test
    void caseDecidesBetweenLookAlikes() {
        // Latin H looks like Cyrillic Н, Latin h like Kazakh һ
        assertFiltersTo(CyrillicNormalizationFilter::new, "Hұр Аhмет", "Нұр", "Аһмет");
    }

    @Test
    void latinWordsAreLeftAlone() {
        assertFiltersTo(CyrillicNormalizationFilter::new, "Balayeva Ministry", "Balayeva", "Ministry");
    }

    @Test
    void kazakhLetterVariantsAreUnified() {
        assertFiltersTo(CyrillicNormalizationFilter::new, "мəдениет ɵнер ҡазақ таҥ", "мәдениет", "өнер", "қазақ", "таң");
    }

    @Test
    void yoIsWrittenAsYe() {
        assertFiltersTo(CyrillicNormalizationFilter::new, "ещё Ёлка", "еще", "Елка");
    }

    @Test
    void decomposedLettersAreComposed() {
        // й written as и + combining breve
        assertFiltersTo(CyrillicNormalizationFilter::new, "музе\u0438\u0306", "музей");
    }
}
