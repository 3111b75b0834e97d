package kz.minsearch.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a publication date written in text, in the numeric forms Kazakh, Russian and English news use
 * ("13.01.2023 18:19", "2026-02-17", "08.10.2025 | 10:42"). A date without a zone is Kazakhstan time, whose offset
 * changed (UTC+6 in Astana until March 2024, UTC+5 since), so the zone rules decide it.
 */
public final class DateFinder {
    public static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");

    private static final Pattern DOTTED = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?:\\s*[|,]?\\s*(\\d{1,2}):(\\d{2}))?(?!\\d)");
    private static final Pattern ISO = Pattern.compile(
            "(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2}))?(?!\\d)");

    private DateFinder() {
    }

    /** The first plausible date in the text. */
    public static Optional<OffsetDateTime> find(String text) {
        Optional<OffsetDateTime> dotted = first(DOTTED.matcher(text), 3, 2, 1);
        Optional<OffsetDateTime> iso = first(ISO.matcher(text), 1, 2, 3);
        if (dotted.isPresent() && iso.isPresent()) {
            return dotted.get().isBefore(iso.get()) ? dotted : iso;
        }
        return dotted.isPresent() ? dotted : iso;
    }

    private static Optional<OffsetDateTime> first(Matcher m, int year, int month, int day) {
        while (m.find()) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group(year)), Integer.parseInt(m.group(month)),
                        Integer.parseInt(m.group(day)));
                if (date.getYear() < 1991 || date.getYear() > 2100) {
                    continue;
                }
                LocalTime time = m.group(4) == null ? LocalTime.MIDNIGHT
                        : LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
                return Optional.of(inKazakhstan(LocalDateTime.of(date, time)));
            } catch (DateTimeException | NumberFormatException e) {
                // "31.02.2024" or "25:61" is not a date: keep looking
            }
        }
        return Optional.empty();
    }

    public static OffsetDateTime inKazakhstan(LocalDateTime local) {
        return local.atZone(KAZAKHSTAN).toOffsetDateTime();
    }
}
