package kz.minsearch.analysis;

import org.junit.jupiter.api.Test;

import static kz.minsearch.analysis.TokenAssert.assertAnalyzesTo;
import static kz.minsearch.analysis.TokenAssert.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;

class AnalyzersTest {
    @Test
    void kazakhChainNormalizesDropsStopwordsAndStems() {
        assertAnalyzesTo(new KazakhAnalyzer(), "Министрлiктің және жастарға арналған",
                "министрлік", "министрлікт", "министрліктің", "жас", "жастар", "жастарға", "арнал", "арналған");
    }

    @Test
    void russianChainFoldsYoAndStems() {
        assertAnalyzesTo(new RussianAnalyzer(), "Министерство культуры и её ёлки", "министерств", "культур", "елк");
        assertEquals(tokens(new RussianAnalyzer(), "Балаевой"), tokens(new RussianAnalyzer(), "Балаева"));
    }

    @Test
    void englishChainDropsPossessivesAndStems() {
        assertAnalyzesTo(new EnglishAnalyzer(), "Balayeva's plans for the ministries", "balayeva", "plan", "ministry");
    }

    @Test
    void translitKeysMeetAcrossScripts() {
        TranslitAnalyzer translit = new TranslitAnalyzer();
        assertEquals(tokens(translit, "Балаева"), tokens(translit, "Balayeva"));
        assertEquals(tokens(translit, "Балаева"), tokens(translit, "Balaeva"));
        assertEquals(tokens(translit, "Қыдырәлі"), tokens(translit, "Kydyrali"));
        assertEquals(tokens(translit, "Кыдырали"), tokens(translit, "Qydyrali"));
        assertEquals(tokens(translit, "Абаев"), tokens(translit, "Abayev"));
        assertEquals(tokens(translit, "Ерлан"), tokens(translit, "Yerlan"));
    }
}
