package kz.minsearch.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a publication date written in text, in the forms Kazakh, Russian and English news use: "13.01.2023 18:19",
 * "08.10.2025 | 10:42", "2026-02-17", "17 февраля 2026, 14:05", "2025 жылғы 8 қазан", "17 ақпан 2026",
 * "March 5, 2024". The first date in the text wins. A date without a zone is Kazakhstan time, whose offset changed
 * (UTC+6 in Astana until March 2024, UTC+5 since), so the zone rules decide it.
 */
public final class DateFinder {
    public static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");

    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = "(" + String.join("|", MONTHS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + ")";
    private static final String TIME = "(?:\\s*[|,]?\\s*(?:в\\s+|сағ\\.?\\s*)?(\\d{1,2}):(\\d{2}))?";

    private record Form(Pattern pattern, Function<Matcher, int[]> ymd) {
    }

    private static final List<Form> FORMS = List.of(
            new Form(Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2}))?(?!\\d)"),
                    m -> new int[]{num(m, 1), num(m, 2), num(m, 3)}),
            new Form(Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})" + TIME + "(?!\\d)"),
                    m -> new int[]{num(m, 3), num(m, 2), num(m, 1)}),
            new Form(Pattern.compile("(?<!\\d)(\\d{4})\\s+жылғы\\s+(\\d{1,2})\\s+" + MONTH + TIME, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    m -> new int[]{num(m, 1), month(m, 3), num(m, 2)}),
            new Form(Pattern.compile("(?<!\\d)(\\d{1,2})\\s+" + MONTH + "\\s+(\\d{4})(?:\\s+(?:г\\.|года|жыл|ж\\.))?" + TIME, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    m -> new int[]{num(m, 3), month(m, 2), num(m, 1)}),
            new Form(Pattern.compile(MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})" + TIME, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    m -> new int[]{num(m, 3), month(m, 1), num(m, 2)}));

    private DateFinder() {
    }

    /** The first plausible date in the text. */
    public static Optional<OffsetDateTime> find(String text) {
        int bestStart = Integer.MAX_VALUE;
        OffsetDateTime best = null;
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(text);
            while (m.find() && m.start() < bestStart) {
                Optional<OffsetDateTime> date = toDate(m, form.ymd().apply(m));
                if (date.isPresent()) {
                    bestStart = m.start();
                    best = date.get();
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** A machine-readable timestamp (meta tags, JSON-LD, {@code <time datetime>}): its own offset if it has one. */
    public static Optional<OffsetDateTime> parseTimestamp(String value) {
        String v = value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(v));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(inKazakhstan(LocalDateTime.parse(v)));
            } catch (DateTimeParseException e2) {
                return find(v);
            }
        }
    }

    private static Optional<OffsetDateTime> toDate(Matcher m, int[] ymd) {
        try {
            if (ymd[0] < 1991 || ymd[0] > 2100) {
                return Optional.empty();
            }
            LocalDate date = LocalDate.of(ymd[0], ymd[1], ymd[2]);
            int hourGroup = m.groupCount() - 1;
            LocalTime time = m.group(hourGroup) == null ? LocalTime.MIDNIGHT
                    : LocalTime.of(Integer.parseInt(m.group(hourGroup)), Integer.parseInt(m.group(hourGroup + 1)));
            return Optional.of(inKazakhstan(LocalDateTime.of(date, time)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty(); // "31.02.2024" or "25:61" is not a date
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(Matcher m, int group) {
        return MONTHS.get(m.group(group).toLowerCase(Locale.ROOT));
    }

    public static OffsetDateTime inKazakhstan(LocalDateTime local) {
        return local.atZone(KAZAKHSTAN).toOffsetDateTime();
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new java.util.HashMap<>();
        String[][] names = {
                {"января", "январь", "қаңтар", "january", "jan"}, {"февраля", "февраль", "ақпан", "february", "feb"},
                {"марта", "март", "наурыз", "march", "mar"}, {"апреля", "апрель", "сәуір", "april", "apr"},
                {"мая", "май", "мамыр", "may"}, {"июня", "июнь", "маусым", "june", "jun"},
                {"июля", "июль", "шілде", "july", "jul"}, {"августа", "август", "тамыз", "august", "aug"},
                {"сентября", "сентябрь", "қыркүйек", "september", "sep", "sept"}, {"октября", "октябрь", "қазан", "october", "oct"},
                {"ноября", "ноябрь", "қараша", "november", "nov"}, {"декабря", "декабрь", "желтоқсан", "december", "dec"}};
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                m.put(n, i + 1);
            }
        }
        return Map.copyOf(m);
    }
}
