package kz.minsearch.enrich;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** State bodies, titles and attributions say who speaks: they are blanked out before a text is read for its areas. */
class InstitutionNamesTest {
    private static String blank(String text, Language lang) {
        return InstitutionNames.blankedOut(text, lang).replaceAll("\\s+", " ").strip();
    }

    @Test
    void theMinistrysNameAndItsCommitteesAreBlankedInEachLanguage() {
        assertEquals("announced a tender for road repairs.",
                blank("The Ministry of Culture and Information announced a tender for road repairs.", Language.EN));
        assertEquals("объявило тендер на ремонт дорог.",
                blank("Министерство культуры и информации Республики Казахстан объявило тендер на ремонт дорог.", Language.RU));
        assertEquals("ҚР жол жөндеуге тендер жариялады.",
                blank("ҚР Мәдениет және ақпарат министрлігінің Ақпарат комитеті жол жөндеуге тендер жариялады.", Language.KK));
        assertEquals("the said.", blank("the Committee of Information said.", Language.EN));
        assertEquals("сообщили в", blank("сообщили в Комитете информации", Language.RU));
    }

    @Test
    void titlesAndAttributionsAreBlankedTheSubjectStays() {
        // the capitalized name after the title goes with it: a name is no area's evidence either
        assertEquals("opened the new museum.",
                blank("Minister of Culture and Information Aida Balayeva opened the new museum.", Language.EN));
        assertEquals("said the bridge will open.", blank("The akimat's press service said the bridge will open.", Language.EN));
        assertEquals("сообщила, что театр откроется.", blank("Пресс-служба акимата сообщила, что театр откроется.", Language.RU));
        assertEquals("арқылы өтінім беруге болады.", blank("«E-Otinish» платформасы арқылы өтінім беруге болады.", Language.KK));
    }

    @Test
    void aBuildingNamedAsAVenueIsBlankedWhatHappenedThereStays() {
        assertEquals("A forum on taxes was held in Oral.", blank("A forum on taxes was held in the hall of the drama theatre in Oral.", Language.EN));
        assertEquals("прошёл форум по налогам.", blank("В зале драматического театра прошёл форум по налогам.", Language.RU));
        assertEquals("Оралдағы салық форумы өтті.", blank("Оралдағы драма театрының залында салық форумы өтті.", Language.KK));
        assertEquals("The drama theatre staged a premiere.", blank("The drama theatre staged a premiere.", Language.EN));
    }

    @Test
    void theMinistrysNameIsNoEvidenceOfAnArea() {
        AreaClassifier classifier = AreaClassifier.bundled();
        String roads = "The Ministry of Culture and Information announced that its building on Mangilik El avenue will be "
                + "closed for heating repairs until Monday; visitors are asked to use the side entrance.";
        assertEquals(List.of(), classifier.classify(Language.EN, "", roads, roads));
        String museums = "The Ministry of Culture and Information announced that twelve regional museums will open new "
                + "exhibition halls with archaeological finds and paintings by Kazakh artists.";
        List<String> got = classifier.classify(Language.EN, "", museums, museums).stream().map(AreaClassifier.Match::area).toList();
        assertTrue(got.contains("culture"), got.toString());
        assertFalse(got.contains("information"), got.toString());
    }
}
