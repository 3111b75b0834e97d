package kz.minsearch.enrich;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AreaTermsTest {
    private final AreaTerms terms = new AreaTerms();

    @Test
    void inflectedKazakhTermsCount() {
        List<AreaTerms.Match> areas = terms.scores(Language.KK, "Жастар саясаты туралы заңға түзетулер",
                "Жастардың құқықтары кеңейеді.", "Жастар ұйымдарына қолдау көрсетіледі.");
        assertEquals("youth", areas.get(0).area());
        assertTrue(areas.get(0).terms().contains("жас"), areas.get(0).terms().toString());
    }

    @Test
    void aTitleOutweighsAPassingMention() {
        List<AreaTerms.Match> scored = terms.scores(Language.EN, "Museum reserves get new exhibitions",
                "The ministry will restore heritage sites and museums.", "A volunteer helped.");
        assertEquals("culture", scored.get(0).area());
        assertEquals(List.of("culture"), AreaTerms.select(scored, 3, 0.25).stream().map(AreaTerms.Match::area).toList());
    }

    @Test
    void aLeadsSubjectOutweighsItsLastWords() {
        double first = score(terms.scores(Language.EN, "", "Museums will open a forum on regional road repairs next month", ""), "culture");
        double last = score(terms.scores(Language.EN, "", "A forum on regional road repairs will open next month in museums", ""), "culture");
        assertTrue(first > last * 2, first + " against " + last);
        assertEquals(1.0, AreaTerms.salience(0, 10));
        assertEquals(1 - AreaTerms.DECAY, AreaTerms.salience(9, 10), 1e-9);
    }

    private static double score(List<AreaTerms.Match> matches, String area) {
        return matches.stream().filter(m -> m.area().equals(area)).mapToDouble(AreaTerms.Match::score).sum();
    }

    @Test
    void noTermsNoAreas() {
        assertEquals(List.of(), terms.scores(Language.RU, "Погода", "Завтра дождь.", "Ветер слабый."));
    }
}
