package kz.minsearch.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ministry's domain terms in kk, ru and en ({@code domain-dictionary.tsv}), one concept a line, each term matched
 * through its language's analyzer (so министрліктің finds министрлік). Search carries a query into the other
 * languages with it; the area classifier reads a text's concepts as evidence that holds in every language.
 */
public final class DomainDictionary {
    /** A concept: its number (its line among the concepts) and its terms in each language. */
    public record Concept(int id, Map<Language, List<String>> terms, Map<Language, List<AnalyzedText>> analyzed) {
    }

    private final List<Concept> concepts = new ArrayList<>();
    /** Per language, every term of every concept: a text is read once, not once per term. */
    private final Map<Language, PhraseIndex<Concept>> phrases = new EnumMap<>(Language.class);

    private static final class Bundled {
        static final DomainDictionary INSTANCE = new DomainDictionary("domain-dictionary.tsv");
    }

    private static final class Places {
        static final DomainDictionary INSTANCE = new DomainDictionary("places.tsv");
    }

    private DomainDictionary(String resource) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                DomainDictionary.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != Language.ANALYZED.size()) {
                    throw new IllegalStateException(resource + ": not three languages in «" + line + "»");
                }
                Map<Language, List<String>> terms = new EnumMap<>(Language.class);
                Map<Language, List<AnalyzedText>> analyzed = new EnumMap<>(Language.class);
                for (int i = 0; i < cells.length; i++) {
                    Language lang = Language.ANALYZED.get(i);
                    for (String term : cells[i].split(";")) {
                        terms.computeIfAbsent(lang, k -> new ArrayList<>()).add(term.strip());
                        analyzed.computeIfAbsent(lang, k -> new ArrayList<>()).add(AnalyzedText.of(lang.analyzer(), term.strip()));
                    }
                }
                Concept concept = new Concept(concepts.size(), terms, analyzed);
                concepts.add(concept);
                analyzed.forEach((lang, forms) -> forms.forEach(
                        form -> phrases.computeIfAbsent(lang, k -> new PhraseIndex<>()).add(concept, form)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DomainDictionary bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * Kazakhstan's cities and regions in kk, ru and en ({@code places.tsv}), in the same form: names that no
     * transliteration carries (Өскемен, Усть-Каменогорск; Орал, Уральск), spellings it folds apart (Түркістан,
     * Туркестан) and the Russian adjectives of regions (Актюбинская область). For carrying a query across languages
     * only: a place is no evidence of a policy area.
     */
    public static DomainDictionary places() {
        return Places.INSTANCE;
    }

    public Concept concept(int id) {
        return concepts.get(id);
    }

    public int size() {
        return concepts.size();
    }

    /** The concepts a text in the given language contains, in the dictionary's order. */
    public List<Concept> in(Language lang, AnalyzedText text) {
        BitSet found = new BitSet(concepts.size());
        PhraseIndex<Concept> terms = phrases.get(lang);
        if (terms != null) {
            terms.forEachOccurrence(text, (concept, term) -> found.set(concept.id()));
        }
        return found.stream().mapToObj(concepts::get).toList();
    }

    /** The concepts of which the whole of an analyzed text is a term in {@code lang} (not those it only holds). */
    public List<Concept> named(Language lang, AnalyzedText text) {
        return in(lang, text).stream().filter(c -> c.analyzed().getOrDefault(lang, List.of()).stream()
                .anyMatch(term -> term.positions().size() == text.positions().size() && text.hasAt(0, term))).toList();
    }

    /** For each language, the terms of the concepts a text in another language contains. */
    public Map<Language, Set<String>> translations(String text) {
        Map<Language, Set<String>> out = new EnumMap<>(Language.class);
        for (Language source : Language.ANALYZED) {
            addTranslations(source, AnalyzedText.of(source.analyzer(), text), out);
        }
        return out;
    }

    /** Adds, for each other language, the terms of the concepts an analyzed text in {@code source} contains. */
    public void addTranslations(Language source, AnalyzedText text, Map<Language, Set<String>> out) {
        addTranslations(source, in(source, text), out);
    }

    /** Adds, for each language but {@code source}, the terms of these concepts. */
    public static void addTranslations(Language source, List<Concept> concepts, Map<Language, Set<String>> out) {
        for (Concept c : concepts) {
            for (Language target : Language.ANALYZED) {
                if (target != source) {
                    out.computeIfAbsent(target, k -> new LinkedHashSet<>()).addAll(c.terms().get(target));
                }
            }
        }
    }
}
