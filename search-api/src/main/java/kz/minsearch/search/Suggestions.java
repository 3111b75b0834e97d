package kz.minsearch.search;

import kz.minsearch.analysis.TranslitKey;
import kz.minsearch.enrich.Registry;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Autocomplete: the people of the registry whose name (in any language, either script) starts with what was typed,
 * then titles from the index. "bal", "бал" and "Бала" all bring Аида Балаева.
 */
public final class Suggestions {
    public record Suggestion(String text, String kind, String value) {
    }

    private final SearchService search;
    private final Registry registry;

    public Suggestions(SearchService search, Registry registry) {
        this.search = search;
        this.registry = registry;
    }

    public List<Suggestion> complete(String typed, String ui, int size) throws IOException {
        String prefix = typed.strip();
        if (prefix.length() < 2) {
            return List.of();
        }
        String key = TranslitKey.of(prefix.toLowerCase(java.util.Locale.ROOT));
        List<Suggestion> out = new ArrayList<>();
        for (Registry.Person p : registry.people()) {
            boolean matches = p.names().values().stream().flatMap(List::stream)
                    .flatMap(name -> java.util.Arrays.stream(name.split("\\s+")))
                    .anyMatch(word -> TranslitKey.of(word.toLowerCase(java.util.Locale.ROOT)).startsWith(key));
            if (matches) {
                out.add(new Suggestion(p.label(ui), "person", p.id()));
            }
        }
        Set<String> titles = new LinkedHashSet<>(search.titlesStartingWith(prefix, size));
        titles.forEach(t -> out.add(new Suggestion(t, "title", null)));
        return out.size() > size ? out.subList(0, size) : out;
    }
}
