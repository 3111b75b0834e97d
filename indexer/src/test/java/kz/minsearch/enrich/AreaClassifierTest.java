package kz.minsearch.enrich;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AreaClassifierTest {
    private final AreaClassifier classifier = new AreaClassifier();

    @Test
    void inflectedKazakhTermsCount() {
        List<AreaClassifier.Match> areas = classifier.classify(Language.KK, "Жастар саясаты туралы заңға түзетулер",
                "Жастардың құқықтары кеңейеді.", "Жастар ұйымдарына қолдау көрсетіледі.");
        assertEquals("youth", areas.get(0).area());
        assertTrue(areas.get(0).terms().contains("жас"), areas.get(0).terms().toString());
    }

    @Test
    void aTitleOutweighsAPassingMention() {
        List<AreaClassifier.Match> areas = classifier.classify(Language.EN, "Museum reserves get new exhibitions",
                "The ministry will restore heritage sites and museums.", "A volunteer helped.");
        assertEquals(List.of("culture"), areas.stream().map(AreaClassifier.Match::area).toList());
    }

    @Test
    void noTermsNoAreas() {
        assertEquals(List.of(), classifier.classify(Language.RU, "Погода", "Завтра дождь.", "Ветер слабый."));
    }
}
