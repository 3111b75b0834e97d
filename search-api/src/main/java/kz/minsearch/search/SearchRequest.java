package kz.minsearch.search;

import kz.minsearch.enrich.Language;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A validated search: the text, the selected facet values (OR within a facet, AND across facets), a date range, the
 * order, the page (or a cursor for deep paging), the language of facet labels, and {@code since}: only what minsearch
 * first indexed after that moment.
 */
public record SearchRequest(String text, Map<String, List<String>> filters, LocalDate from, LocalDate to, Sort sort,
                            int page, int size, String cursor, String ui, boolean groupByRelease, Instant since) {
    public static final int MAX_SIZE = 100;
    public static final int MAX_TEXT = 500;
    /** Elasticsearch's default result window: deeper pages go through the cursor. */
    public static final int MAX_WINDOW = 10_000;
    public static final Set<String> LANGS = Set.copyOf(Language.CODES);
    /** The values of the lang facet: the interface languages, and publications in any other language. */
    private static final Set<String> PUBLICATION_LANGS = Arrays.stream(Language.values()).map(Language::code).collect(Collectors.toUnmodifiableSet());

    /** {@code INDEXED}: the most recently indexed first, as monitoring and feeds read. */
    public enum Sort { RELEVANCE, NEWEST, OLDEST, INDEXED }

    /** Reads query parameters as a browser sends them; anything unusable is a {@link BadParameterException}. */
    public static SearchRequest from(Map<String, List<String>> params) {
        String text = first(params, "q", "").strip();
        if (text.length() > MAX_TEXT) {
            throw new BadParameterException("q", "q is longer than " + MAX_TEXT + " characters");
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String facet : Facets.NAMES) {
            List<String> values = params.getOrDefault(facet, List.of()).stream()
                    .flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(v -> !v.isEmpty())
                    .distinct().toList();
            if (values.size() > 50) {
                throw new BadParameterException(facet, "at most 50 values of " + facet);
            }
            if (!values.isEmpty()) {
                filters.put(facet, values);
            }
        }
        filters.getOrDefault("lang", List.of()).forEach(l -> {
            if (!PUBLICATION_LANGS.contains(l)) {
                throw new BadParameterException("lang", "lang must be kk, ru, en or other, not '" + l + "'");
            }
        });
        filters.getOrDefault("year", List.of()).forEach(y -> {
            if (!y.matches("\\d{4}")) {
                throw new BadParameterException("year", "year must be four digits, not '" + y + "'");
            }
        });
        LocalDate from = date(params, "from");
        LocalDate to = date(params, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadParameterException("from", "from (" + from + ") is after to (" + to + ")");
        }
        Sort sort;
        try {
            sort = Sort.valueOf(first(params, "sort", "relevance").toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("sort", "sort must be relevance, newest, oldest or indexed");
        }
        int size = integer(params, "size", 10, 0, MAX_SIZE);
        int page = integer(params, "page", 1, 1, Integer.MAX_VALUE);
        if ((long) page * size > MAX_WINDOW) {
            throw new BadParameterException("page", "page × size may not pass " + MAX_WINDOW + "; follow the `next` cursor to go deeper");
        }
        String cursor = first(params, "cursor", null);
        if (cursor != null) {
            Cursor.decode(cursor); // refuses a cursor it did not write
        }
        String ui = first(params, "ui", "en");
        if (!LANGS.contains(ui)) {
            throw new BadParameterException("ui", "ui must be kk, ru or en, not '" + ui + "'");
        }
        String group = first(params, "group", "none");
        if (!group.equals("none") && !group.equals("release")) {
            throw new BadParameterException("group", "group must be none or release, not '" + group + "'");
        }
        if (group.equals("release") && cursor != null) {
            throw new BadParameterException("cursor", "a cursor does not combine with group=release; page through with page");
        }
        return new SearchRequest(text, filters, from, to, sort, page, size, cursor, ui, group.equals("release"),
                instant(params, "since"));
    }

    /** The same search in another order (a feed reads any search newest-indexed first). */
    public SearchRequest sortedBy(Sort order) {
        return new SearchRequest(text, filters, from, to, order, page, size, cursor, ui, groupByRelease, since);
    }

    /** An ISO-8601 moment (with an offset, or UTC) or a date (its start in Astana). */
    private static Instant instant(Map<String, List<String>> params, String name) {
        String raw = first(params, name, null);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String v = raw.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(v);
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDate.parse(v).atStartOfDay(java.time.ZoneId.of("Asia/Almaty")).toInstant();
                } catch (DateTimeParseException e3) {
                    throw new BadParameterException(name, name + " must be an ISO-8601 moment (2026-12-03T10:00:00+05:00) "
                            + "or a date (2026-12-03), not '" + raw + "'");
                }
            }
        }
    }

    private static LocalDate date(Map<String, List<String>> params, String name) {
        String raw = first(params, name, null);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, name + " must be a date as YYYY-MM-DD, not '" + raw + "'");
        }
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
