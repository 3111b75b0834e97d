package kz.minsearch.search;

import kz.minsearch.enrich.DomainDictionary;
import kz.minsearch.enrich.Language;

import java.util.EnumMap;
import java.util.Map;

/**
 * Carries a query into the other two languages through the {@link DomainDictionary}: a concept found in the query
 * contributes its terms in the other languages. The user's words are never replaced, only joined by their
 * translations.
 */
public final class CrossLingual {
    private final DomainDictionary dictionary = DomainDictionary.bundled();

    /** For each language, the dictionary terms of the concepts the query contains in another language. */
    public Map<Language, String> expand(String query) {
        Map<Language, String> joined = new EnumMap<>(Language.class);
        dictionary.translations(query).forEach((lang, terms) -> joined.put(lang, String.join(" ", terms)));
        return joined;
    }
}
