package kz.minsearch.enrich;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DomainDictionaryTest {
    private static final DomainDictionary DICTIONARY = DomainDictionary.bundled();

    /** What {@code in} means, read the slow way: every concept with a phrase that occurs anywhere in the text. */
    private static List<DomainDictionary.Concept> everyConceptOccurring(Language lang, AnalyzedText text) {
        return IntStream.range(0, DICTIONARY.size()).mapToObj(DICTIONARY::concept)
                .filter(c -> c.analyzed().getOrDefault(lang, List.of()).stream()
                        .anyMatch(p -> IntStream.range(0, text.positions().size()).anyMatch(i -> text.hasAt(i, p))))
                .toList();
    }

    @Test
    void findsTheConceptsOfARealTextAsReadingEveryPhraseWould() throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("../corpus/seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                texts.add(Files.readString(seed));
            }
        }
        // and the dictionary's own terms, inflected as a reader would meet them
        texts.add("Министрліктің мәдениет саласындағы жобалары және жастар саясатының бағыттары");
        texts.add("Министерству культуры и информации поручено развитие государственного языка");
        int found = 0;
        for (String text : texts) {
            for (Language lang : Language.ANALYZED) {
                AnalyzedText analyzed = AnalyzedText.of(lang.analyzer(), text);
                List<DomainDictionary.Concept> concepts = DICTIONARY.in(lang, analyzed);
                assertEquals(everyConceptOccurring(lang, analyzed), concepts, lang + ": " + text.substring(0, Math.min(60, text.length())));
                found += concepts.size();
            }
        }
        assertTrue(found > 20, "the texts hold the ministry's vocabulary: " + found);
    }

    @Test
    void placesCarryWhatTransliterationDoesNot() {
        DomainDictionary places = DomainDictionary.places();
        var oskemen = places.translations("Өскемендегі театр");
        assertTrue(oskemen.get(Language.RU).contains("Усть-Каменогорск"), oskemen.toString());
        assertTrue(oskemen.get(Language.EN).contains("Oskemen"), oskemen.toString());
        var aktobe = places.translations("в Актюбинской области");
        assertTrue(aktobe.get(Language.KK).contains("Ақтөбе облысы"), "a region named by its adjective: " + aktobe);
        assertTrue(places.translations("Turkestan").get(Language.KK).contains("Түркістан"), "a spelling the keys fold apart");
        assertTrue(places.translations("министерство культуры").isEmpty(), "no place, nothing carried");
        assertTrue(DomainDictionary.bundled().translations("Усть-Каменогорск").isEmpty(), "a place is no evidence of an area");
    }

    @Test
    void aPhraseCountsOnlyWithItsWordsInOrder() {
        AnalyzedText text = AnalyzedText.of(Language.RU.analyzer(), "политика молодежная, молодежная политика");
        AnalyzedText phrase = AnalyzedText.of(Language.RU.analyzer(), "молодежная политика");
        assertEquals(1, IntStream.range(0, text.positions().size()).filter(i -> text.hasAt(i, phrase)).count());
        assertTrue(text.hasAt(2, phrase));
        assertEquals(false, text.hasAt(0, phrase));
        assertEquals(false, text.hasAt(3, phrase), "past the end");
    }
}
