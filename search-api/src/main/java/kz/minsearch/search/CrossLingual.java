package kz.minsearch.search;

import kz.minsearch.analysis.TranslitKey;
import kz.minsearch.enrich.AnalyzedText;
import kz.minsearch.enrich.DomainDictionary;
import kz.minsearch.enrich.Language;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Carries a query into the other two languages through the {@link DomainDictionary} and the country's places: a concept found in the query
 * contributes its terms in the other languages. And word by word, with what needs no translation: a name or an
 * international word keeps its Latin key across scripts and inflections (Шымкенттегі, Шымкенте, Shymkent all begin
 * with the key of шымкент; фестиваль and festival share one). The user's words are never replaced, only joined by
 * their translations.
 */
public final class CrossLingual {
    /** Shorter keys begin too many words to be evidence. */
    private static final int MIN_KEY = 5;
    /** The longest terms the dictionary and the places hold (Батыс Қазақстан облысы). */
    private static final int MAX_TERM_WORDS = 3;
    /** The ministry's vocabulary, and the country's places, whose names transliteration does not carry. */
    private final List<DomainDictionary> dictionaries = List.of(DomainDictionary.bundled(), DomainDictionary.places());

    /**
     * What one query word (or the words of one term) says in every language.
     *
     * @param translations the terms of the dictionary concepts it names, by language
     * @param nameKey      the Latin key its stem begins with, or null when too short to be evidence (or a term of
     *                     several words, carried by its translations)
     */
    public record Word(String word, Map<Language, Set<String>> translations, String nameKey) {
        /** Whether these are the words of one term (one query word is never several). */
        public boolean isTerm() {
            return word.contains(" ");
        }
    }

    /**
     * Each word of a query with its language-free evidence; each word is analyzed once in each language (the
     * analyzers read token by token, so a phrase is its words' readings one after another). Words that together are
     * one term of the dictionary or the places (үкіметтік емес ұйымдар, East Kazakhstan) are one word here: carried
     * over as one, they count once.
     */
    public List<Word> words(String query) {
        List<String> raw = new ArrayList<>();
        for (String word : query.split("[^\\p{L}\\p{N}-]+")) {
            if (!word.isBlank()) {
                raw.add(word);
            }
        }
        Map<Language, List<AnalyzedText>> analyzed = new EnumMap<>(Language.class);
        for (Language lang : Language.ANALYZED) {
            analyzed.put(lang, raw.stream().map(w -> AnalyzedText.of(lang.analyzer(), w)).toList());
        }
        List<Word> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); ) {
            int n = termLength(analyzed, i);
            String key = null;
            Map<Language, Set<String>> translations = new EnumMap<>(Language.class);
            for (Language lang : Language.ANALYZED) {
                AnalyzedText stems = span(analyzed.get(lang), i, i + n);
                // a term of several words carries what it names, not what its words name apart (NGO, not government)
                dictionaries.forEach(d -> DomainDictionary.addTranslations(lang, n > 1 ? d.named(lang, stems) : d.in(lang, stems), translations));
                for (Set<String> readings : n > 1 ? List.<Set<String>>of() : stems.positions()) {
                    for (String stem : readings) {
                        String k = TranslitKey.of(stem);
                        if (k.length() >= MIN_KEY && (key == null || k.length() < key.length())) {
                            key = k;
                        }
                    }
                }
            }
            out.add(new Word(String.join(" ", raw.subList(i, i + n)), translations, key));
            i += n;
        }
        return out;
    }

    /** How many words from {@code start} are one term (the longest, of up to {@value #MAX_TERM_WORDS}); 1 if none. */
    private int termLength(Map<Language, List<AnalyzedText>> analyzed, int start) {
        int words = analyzed.get(Language.ANALYZED.get(0)).size();
        for (int n = Math.min(MAX_TERM_WORDS, words - start); n > 1; n--) {
            for (Language lang : Language.ANALYZED) {
                AnalyzedText phrase = span(analyzed.get(lang), start, start + n);
                if (dictionaries.stream().anyMatch(d -> !d.named(lang, phrase).isEmpty())) {
                    return n;
                }
            }
        }
        return 1;
    }

    /** Words {@code from} to {@code to} (exclusive) as one text: their readings one after another. */
    private static AnalyzedText span(List<AnalyzedText> words, int from, int to) {
        return from + 1 == to ? words.get(from)
                : new AnalyzedText(words.subList(from, to).stream().flatMap(w -> w.positions().stream()).toList());
    }

    /** For each language, the dictionary terms of the concepts the query contains in another language. */
    public Map<Language, String> expand(String query) {
        Map<Language, String> joined = new EnumMap<>(Language.class);
        Map<Language, Set<String>> terms = new EnumMap<>(Language.class);
        for (DomainDictionary d : dictionaries) {
            d.translations(query).forEach((lang, t) -> terms.computeIfAbsent(lang, k -> new LinkedHashSet<>()).addAll(t));
        }
        terms.forEach((lang, t) -> joined.put(lang, String.join(" ", t)));
        return joined;
    }
}
