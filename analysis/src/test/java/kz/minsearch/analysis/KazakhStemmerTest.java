package kz.minsearch.analysis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Locale;

import static kz.minsearch.analysis.TokenAssert.assertFiltersTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KazakhStemmerTest {
    private final KazakhStemmer stemmer = new KazakhStemmer();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "министрлік, министрлік",
            "министрліктің, министрлік",
            "министрлігінің, министрлік",
            "министрліктерінің, министрлік",
            "министрлікке, министрлік",
            "министрліктегі, министрлік",
            "жастар, жас",
            "жастардың, жас",
            "жастарға, жас",
            "кітабы, кітап",
            "кітаптар, кітап",
            "хабтар, хап",
            "хаб, хап",
            "кітапты, кітап",
            "саласы, сала",
            "саланың, сала",
            "салалары, сала",
            "салада, сала",
            "елдің, ел",
            "тілдің, тіл",
            "жылғы, жыл",
            "Балаеваның, Балаева",
    })
    void stripsInflectionalEndings(String word, String stem) {
        assertEquals(stem.toLowerCase(Locale.ROOT), stemmer.stem(word.toLowerCase(Locale.ROOT)));
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource({
            "министр, министрлік",
            "кітап, кітапхана",
            "мұра, мұражай",
            "қаза, қазақ",
            "тіл, тілек",
            "ел, елші",
    })
    void keepsDerivationsApart(String a, String b) {
        assertNotEquals(stemmer.stem(a), stemmer.stem(b));
    }

    @Test
    void shortRootsSurvive() {
        assertEquals("ел", stemmer.stem("ел"));
        assertEquals("ән", stemmer.stem("ән"));
        assertEquals("ата", stemmer.stem("ата"));
    }

    @Test
    void finalVoicedConsonantIsWrittenVoiceless() {
        assertEquals(stemmer.stem("педагог"), stemmer.stem("педагогы"));
    }

    @Test
    void nonCyrillicTokensPassThrough() {
        assertEquals("2025", stemmer.stem("2025"));
        assertEquals("ministry", stemmer.stem("ministry"));
    }

    @Test
    void ambiguousFormsKeepEveryReading() {
        // жұмыс-ы or жұмы-сы, сала-сы or салас-ы: both readings, the longest ending first
        assertEquals(java.util.List.of("жұмы", "жұмыс", "жұмысы"), stemmer.stems("жұмысы"));
        assertEquals(java.util.List.of("сала", "салас", "саласы"), stemmer.stems("саласы"));
        assertEquals(java.util.List.of("сала"), stemmer.stems("сала"));
    }

    @Test
    void filterPutsTheReadingsAtTheWordsPosition() throws Exception {
        assertFiltersTo(KazakhStemFilter::new, "министрліктің жастарға",
                "министрлік", "министрлікт", "министрліктің", "жас", "жастар", "жастарға");
        org.apache.lucene.analysis.Tokenizer tokenizer = new org.apache.lucene.analysis.core.WhitespaceTokenizer();
        tokenizer.setReader(new java.io.StringReader("жастарға кітап"));
        try (var stream = new KazakhStemFilter(tokenizer)) {
            var increments = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
            java.util.List<Integer> seen = new java.util.ArrayList<>();
            stream.reset();
            while (stream.incrementToken()) {
                seen.add(increments.getPositionIncrement());
            }
            stream.end();
            assertEquals(java.util.List.of(1, 0, 0, 1), seen);
        }
    }

    /**
     * The filter writes readings in the term's buffer, one word after another of different lengths; it must give what
     * the stemmer gives each word alone, for every form of the evaluation's families.
     */
    @Test
    void filterInPlaceGivesTheStemmersReadings() throws Exception {
        java.util.List<String> words = kz.minsearch.analysis.eval.AnalysisEvaluation.families("kk").stream()
                .flatMap(java.util.List::stream).map(w -> w.toLowerCase(Locale.ROOT)).toList();
        java.util.List<String> expected = words.stream().flatMap(w -> stemmer.stems(w).stream()).toList();
        assertEquals(expected, TokenAssert.filtered(KazakhStemFilter::new, String.join(" ", words)));
        assertEquals(java.util.List.of("ансамбл"), stemmer.stems("ансамбль"), "the soft sign a loanword drops before an ending");
    }

    /** The query side accepts the endings that break vowel harmony in loan words; the index side keeps the rule. */
    @Test
    void queriesForgiveEndingsThatBreakVowelHarmony() {
        KazakhStemmer lenient = new KazakhStemmer(true);
        assertEquals("волонтер", stemmer.stem("волонтерлер"));
        assertEquals("волонтерлар", stemmer.stem("волонтерлар"));
        assertEquals("волонтер", lenient.stem("волонтерлар"));
        assertEquals("волонтер", lenient.stem("волонтерларға"));
        assertEquals("жас", lenient.stem("жастар"), "words that keep harmony read as before");
    }

    /** A verb's forms meet in its stem: participles (declined as nouns), the verbal noun, the present and the past. */
    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
            "аталады, аталған",
            "аталатын, аталуы",
            "пайдаланғанда, пайдаланады",
            "жариялайды, жариялау",
            "қатысқан, қатысады",
            "өткізетін, өткізуге",
            "қолдамайды, қолдаған",
    })
    void verbFormsShareAReading(String a, String b) {
        assertTrue(stemmer.stems(a).stream().anyMatch(stemmer.stems(b)::contains), stemmer.stems(a) + " " + stemmer.stems(b));
    }

    @Test
    void verbEndingsLeaveShortNounsAndNamesAlone() {
        assertFalse(stemmer.stems("жасады").contains("жас"), "жаса-ды (made) is not жас-ады: жас (young) is a word people search");
        assertFalse(stemmer.stems("қарағанды").contains("қара"), "a participle takes no bare accusative: Қарағанды is a city");
        assertEquals(List.of("тау"), stemmer.stems("тау"), "a short noun's -у is no verbal noun");
        assertEquals(List.of("жас", "жастар", "жастарға"), stemmer.stems("жастарға"), "nouns read as before");
    }

    /** The stemmer for questions also strips derivations, which the keyword stemmer keeps apart. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "паразиттік, паразит",
            "министрлігінің, министр",
            "тасбақатәрізділердің, тасбақа",
            "денелі, дене",
            "тұзсыз, тұз",
            "неандертальдықтар, неандертал",
    })
    void theQuestionStemmerReachesTheRoot(String word, String root) {
        KazakhStemmer broad = KazakhStemmer.withDerivations(false);
        assertTrue(broad.stems(word).contains(root), broad.stems(word).toString());
        assertFalse(stemmer.stems(word).contains(root), "the keyword stemmer keeps the derivation");
    }
}
