package kz.minsearch.analysis;

import org.junit.jupiter.api.Test;

import static kz.minsearch.analysis.TokenAssert.assertFiltersTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class TranslitKeyFilterTest {
    @Test
    void romanizesAndFoldsSpellingChoices() {
        assertFiltersTo(TranslitKeyFilter::new, "Балаева Balayeva Қыдырәлі Qydyrali Kulginov Кульгинов Жанна Zhanna",
                "balaeva", "balaeva", "kidirali", "kidirali", "kulginov", "kulginov", "jana", "jana");
    }

    @Test
    void kazakhsQIsRussiansKhAndEnglishsKh() {
        assertFiltersTo(TranslitKeyFilter::new, "Қазақстан Казахстан Kazakhstan Qazaqstan Қазақфильм Kazakhfilm Хабар Khabar",
                "kazakstan", "kazakstan", "kazakstan", "kazakstan", "kazakfilm", "kazakfilm", "kabar", "kabar");
        assertEquals(TranslitKey.of("Асхат"), TranslitKey.of("Askhat"));
        assertEquals(TranslitKey.of("Гауһар"), TranslitKey.of("Gaukhar"));
        assertEquals(TranslitKey.of("Гауһар"), TranslitKey.of("Gauhar"));
        assertEquals(TranslitKey.of("Хаким"), TranslitKey.of("Hakim"));
    }

    @Test
    void differentNamesStayDifferent() {
        assertNotEquals(TranslitKey.of("Абаев"), TranslitKey.of("Балаева"));
        assertNotEquals(TranslitKey.of("Омаров"), TranslitKey.of("Умаров"));
        assertNotEquals(TranslitKey.of("Шал"), TranslitKey.of("Скал"), "sh is not s and a velar");
    }
}
