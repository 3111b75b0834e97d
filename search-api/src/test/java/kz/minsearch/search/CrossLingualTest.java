package kz.minsearch.search;

import kz.minsearch.enrich.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrossLingualTest {
    private static final CrossLingual CROSS_LINGUAL = new CrossLingual();

    @Test
    void theWordsOfOneTermAreOneWordCarriedAsTheTerm() {
        List<CrossLingual.Word> words = CROSS_LINGUAL.words("үкіметтік емес ұйымдар гранттары");
        assertEquals(List.of("үкіметтік емес ұйымдар", "гранттары"), words.stream().map(CrossLingual.Word::word).toList());
        CrossLingual.Word ngo = words.get(0);
        assertTrue(ngo.translations().get(Language.RU).contains("неправительственная организация"), ngo.toString());
        assertTrue(ngo.translations().get(Language.EN).contains("NGO"), ngo.toString());
        assertNull(ngo.nameKey(), "a term of several words is carried by its translations");

        List<CrossLingual.Word> place = CROSS_LINGUAL.words("East Kazakhstan archives");
        assertEquals(List.of("East Kazakhstan", "archives"), place.stream().map(CrossLingual.Word::word).toList());
        assertTrue(place.get(0).translations().get(Language.KK).contains("Шығыс Қазақстан"), place.get(0).toString());
    }

    @Test
    void wordsThatAreNoTermStayWords() {
        List<CrossLingual.Word> words = CROSS_LINGUAL.words("Shymkent journalists forum");
        assertEquals(List.of("Shymkent", "journalists", "forum"), words.stream().map(CrossLingual.Word::word).toList());
        assertFalse(words.get(0).nameKey() == null, "a name keeps its Latin key");
    }

    @Test
    void kazakhstanIsOneNameInEveryScript() {
        List<String> keys = List.of("Қазақстанда", "Казахстане", "Kazakhstan's", "Qazaqstan").stream()
                .map(w -> CROSS_LINGUAL.words(w).get(0).nameKey()).distinct().toList();
        assertEquals(1, keys.size(), "Kazakh writes қ where Russian writes х and English kh: " + keys);
    }
}
