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
    /** The ministry's vocabulary, and the country's places, whose names transliteration does not carry. */
    private final List<DomainDictionary> dictionaries = List.of(DomainDictionary.bundled(), DomainDictionary.places());

    /**
     * What one query word says in every language.
     *
     * @param translations the terms of the dictionary concepts it names, by language
     * @param nameKey      the Latin key its stem begins with, or null when too short to be evidence
     */
    public record Word(String word, Map<Language, Set<String>> translations, String nameKey) {
    }

    /** Each word of a query with its language-free evidence; each word is analyzed once in each language. */
    public List<Word> words(String query) {
        List<Word> out = new ArrayList<>();
        for (String word : query.split("[^\\p{L}\\p{N}-]+")) {
            if (word.isBlank()) {
                continue;
            }
            String key = null;
            Map<Language, Set<String>> translations = new EnumMap<>(Language.class);
            for (Language lang : Language.ANALYZED) {
                AnalyzedText stems = AnalyzedText.of(lang.analyzer(), word);
                dictionaries.forEach(d -> d.addTranslations(lang, stems, translations));
                for (Set<String> readings : stems.positions()) {
                    for (String stem : readings) {
                        String k = TranslitKey.of(stem);
                        if (k.length() >= MIN_KEY && (key == null || k.length() < key.length())) {
                            key = k;
                        }
                    }
                }
            }
            out.add(new Word(word, translations, key));
        }
        return out;
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
