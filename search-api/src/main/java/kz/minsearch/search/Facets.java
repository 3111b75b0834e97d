package kz.minsearch.search;

import kz.minsearch.enrich.Registry;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The facets: their names in the API, the index fields behind them, and labels for their values. */
public final class Facets {
    public static final List<String> NAMES = List.of("minister", "year", "area", "lang", "source");
    private static final Map<String, String> FIELDS = Map.of(
            "minister", "ministers", "year", "year", "area", "areas", "lang", "lang", "source", "source");
    private static final Map<String, Map<String, String>> LANGUAGE_LABELS = Map.of(
            "kk", Map.of("kk", "Қазақша", "ru", "Орысша", "en", "Ағылшынша", "other", "Басқа тілдерде"),
            "ru", Map.of("kk", "Казахский", "ru", "Русский", "en", "Английский", "other", "Другие языки"),
            "en", Map.of("kk", "Kazakh", "ru", "Russian", "en", "English", "other", "Other languages"));

    private final Registry registry;
    private final Supplier<Map<String, Map<String, String>>> sourceNames;

    public Facets(Registry registry) {
        this(registry, Map::of);
    }

    /**
     * @param sourceNames publishers' names by host and language that the registry does not hold (the sources file's,
     *                    the sites' own), read as they are needed
     */
    public Facets(Registry registry, Supplier<Map<String, Map<String, String>>> sourceNames) {
        this.registry = registry;
        this.sourceNames = sourceNames;
    }

    /** The people and areas the labels come from (their pages show more of them). */
    public Registry registry() {
        return registry;
    }

    public static String field(String facet) {
        return FIELDS.get(facet);
    }

    public String label(String facet, String value, String ui) {
        return switch (facet) {
            case "minister" -> {
                Registry.Person p = registry.person(value);
                yield p == null ? value : p.label(ui);
            }
            case "area" -> {
                Registry.Area a = registry.area(value);
                yield a == null ? value : a.labels().getOrDefault(ui, value);
            }
            case "lang" -> LANGUAGE_LABELS.get(ui).getOrDefault(value, value);
            case "source" -> {
                String label = registry.sourceLabel(value, ui);
                Map<String, String> named = label.equals(value) ? sourceNames.get().get(value) : null;
                yield named == null ? label : named.getOrDefault(ui, label);
            }
            default -> value;
        };
    }
}
