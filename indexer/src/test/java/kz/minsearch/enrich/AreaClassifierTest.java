package kz.minsearch.enrich;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The learned area classifier on texts that are not in its labelled set, in the confusable pairs of the labelling rules. */
class AreaClassifierTest {
    private final AreaClassifier classifier = AreaClassifier.bundled();

    private List<String> areas(Language lang, String text) {
        return classifier.classify(lang, "", text, text).stream().map(AreaClassifier.Match::area).toList();
    }

    @Test
    void archivesAreCultureNotInformation() {
        List<String> got = areas(Language.KK, "Облыстық мұрағат ашаршылық жылдарына қатысты құжаттарды жариялап, "
                + "оқырмандарға арналған көрме ұйымдастырды.");
        assertTrue(got.contains("culture"), got.toString());
        assertFalse(got.contains("information"), got.toString());
    }

    @Test
    void religionIsNotCultureAndYouthIsNotFamily() {
        assertEquals(List.of("religion"), areas(Language.EN, "Theologians met believers and imams in Shymkent to discuss "
                + "the work of religious associations."));
        List<String> youth = areas(Language.RU, "Молодёжный ресурсный центр запустил программу стажировок для студентов колледжей.");
        assertTrue(youth.contains("youth") && !youth.contains("family"), youth.toString());
    }

    @Test
    void aReasonIsGivenForEveryArea() {
        List<AreaClassifier.Match> matches = classifier.classify(Language.EN, "", "The mobile app lets residents use "
                + "e-services of the regional culture department.", "The mobile app lets residents use e-services.");
        assertTrue(matches.stream().anyMatch(m -> m.area().equals("digital")), matches.toString());
        matches.forEach(m -> assertFalse(m.terms().isEmpty(), m.toString()));
    }

    @Test
    void aTextAboutNoneOfTheAreasGetsNone() {
        assertEquals(List.of(), areas(Language.KK, "Ертең елордада күн жылы болады, түнде жаңбыр жауады деп күтілуде."));
    }

    @Test
    void theVersionsOfOneReleaseGetOneDecision() {
        List<AreaClassifier.Match> together = classifier.classify(List.of(
                new AreaClassifier.Version(Language.RU, "Волонтёры помогли пожилым людям", "", "Волонтёры благотворительного фонда помогли пожилым людям."),
                new AreaClassifier.Version(Language.EN, "Volunteers helped elderly people", "", "Volunteers of a charity fund helped elderly people.")));
        assertEquals("civil-society", together.get(0).area());
    }

    @Test
    void aTextAboutSomethingElseTakesNoAreaFromAPassingWord() {
        // a singer at a football match, a theatre's hall for a tax forum: the text is about sport, about taxes
        assertEquals(List.of(), areas(Language.EN, "Fans filled the stadium for the cup final, and a famous singer performed the "
                + "anthem before the match; the home team won two goals to one."));
        assertEquals(List.of(), areas(Language.RU, "Болельщики заполнили стадион, перед матчем певица исполнила гимн, а сборная "
                + "выиграла со счётом два – один."));
        assertTrue(new AreaTerms().scores(Language.EN, "", "The football match at the stadium", "").stream()
                .noneMatch(m -> m.area().equals(AreaTerms.ELSEWHERE)), "what the areas are not is no area");
    }
}
