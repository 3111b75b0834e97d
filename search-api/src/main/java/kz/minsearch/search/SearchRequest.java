package kz.minsearch.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A validated search: the text, the selected facet values (OR within a facet, AND across facets), the page and the
 * language facet labels are wanted in.
 */
public record SearchRequest(String text, Map<String, List<String>> filters, int page, int size, String ui) {
    public static final int MAX_SIZE = 100;
    public static final int MAX_TEXT = 500;
    private static final Set<String> LANGS = Set.of("kk", "ru", "en");

    /** Reads query parameters as a browser sends them; anything unusable is a {@link BadParameterException}. */
    public static SearchRequest from(Map<String, List<String>> params) {
        String text = first(params, "q", "").strip();
        if (text.length() > MAX_TEXT) {
            throw new BadParameterException("q", "q is longer than " + MAX_TEXT + " characters");
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String facet : Facets.NAMES) {
            List<String> values = params.getOrDefault(facet, List.of()).stream()
                    .flatMap(v -> java.util.Arrays.stream(v.split(","))).map(String::strip).filter(v -> !v.isEmpty())
                    .distinct().toList();
            if (!values.isEmpty()) {
                filters.put(facet, values);
            }
        }
        filters.getOrDefault("lang", List.of()).forEach(l -> {
            if (!LANGS.contains(l)) {
                throw new BadParameterException("lang", "lang must be kk, ru or en, not '" + l + "'");
            }
        });
        filters.getOrDefault("year", List.of()).forEach(y -> {
            if (!y.matches("\\d{4}")) {
                throw new BadParameterException("year", "year must be four digits, not '" + y + "'");
            }
        });
        int size = integer(params, "size", 10, 0, MAX_SIZE);
        int page = integer(params, "page", 1, 1, 10_000 / Math.max(size, 1));
        String ui = first(params, "ui", "en");
        if (!LANGS.contains(ui)) {
            throw new BadParameterException("ui", "ui must be kk, ru or en, not '" + ui + "'");
        }
        return new SearchRequest(text, filters, page, size, ui);
    }

    private static String first(Map<String, List<String>> params, String name, String fallback) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? fallback : values.get(0);
    }

    private static int integer(Map<String, List<String>> params, String name, int fallback, int min, int max) {
        String raw = first(params, name, null);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value < min || value > max) {
                throw new BadParameterException(name, name + " must be between " + min + " and " + max + ", not " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, name + " must be a whole number, not '" + raw + "'");
        }
    }
}
