package kz.minsearch.search;

import kz.minsearch.enrich.AnalyzedText;
import kz.minsearch.enrich.Language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Carries a query into the other two languages through a dictionary of the ministry's domain terms: a concept found
 * in the query (through its language's analyzer, so министрліктің finds министрлік) contributes its terms in the
 * other languages. The user's words are never replaced, only joined by their translations.
 */
public final class CrossLingual {
    private record Concept(Map<Language, List<AnalyzedText>> analyzed, Map<Language, List<String>> terms) {
    }

    private final List<Concept> concepts = new ArrayList<>();

    public CrossLingual() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                CrossLingual.class.getResourceAsStream("domain-dictionary.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != 3) {
                    throw new IllegalStateException("domain-dictionary.tsv: not three languages in «" + line + "»");
                }
                Map<Language, List<AnalyzedText>> analyzed = new EnumMap<>(Language.class);
                Map<Language, List<String>> terms = new EnumMap<>(Language.class);
                Language[] order = {Language.KK, Language.RU, Language.EN};
                for (int i = 0; i < 3; i++) {
                    List<String> synonyms = new ArrayList<>();
                    List<AnalyzedText> forms = new ArrayList<>();
                    for (String term : cells[i].split(";")) {
                        synonyms.add(term.strip());
                        forms.add(AnalyzedText.of(order[i].analyzer(), term.strip()));
                    }
                    terms.put(order[i], synonyms);
                    analyzed.put(order[i], forms);
                }
                concepts.add(new Concept(analyzed, terms));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For each language, the dictionary terms of the concepts the query contains in another language. */
    public Map<Language, String> expand(String query) {
        Map<Language, Set<String>> out = new EnumMap<>(Language.class);
        for (Language source : Language.ANALYZED) {
            AnalyzedText q = AnalyzedText.of(source.analyzer(), query);
            for (Concept c : concepts) {
                boolean found = c.analyzed().get(source).stream().anyMatch(phrase -> q.count(phrase) > 0);
                if (found) {
                    for (Language target : Language.ANALYZED) {
                        if (target != source) {
                            out.computeIfAbsent(target, k -> new LinkedHashSet<>()).addAll(c.terms().get(target));
                        }
                    }
                }
            }
        }
        Map<Language, String> joined = new EnumMap<>(Language.class);
        out.forEach((lang, terms) -> joined.put(lang, String.join(" ", terms)));
        return joined;
    }
}
