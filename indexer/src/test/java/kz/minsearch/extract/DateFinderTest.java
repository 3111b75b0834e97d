package kz.minsearch.extract;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DateFinderTest {
    @Test
    void dottedDateWithTimeIsKazakhstanTimeOfThatDay() {
        // Astana was UTC+6 until March 2024
        assertEquals(Optional.of(OffsetDateTime.parse("2023-01-13T18:19:00+06:00")),
                DateFinder.find("Фото: gov.kz 13.01.2023 18:19 1188"));
        // and UTC+5 since
        assertEquals(Optional.of(OffsetDateTime.parse("2025-10-08T10:42:00+05:00")), DateFinder.find("08.10.2025 | 10:42"));
    }

    @Test
    void impossibleDatesAreSkipped() {
        assertEquals(Optional.of(OffsetDateTime.parse("2024-02-20T00:00:00+06:00")),
                DateFinder.find("31.02.2024 шығарылым, 2024-02-20 жарияланды"));
        assertEquals(Optional.empty(), DateFinder.find("телефон 12.34.5678, бағасы 1 000 теңге"));
    }

    @Test
    void monthNamesInEachLanguage() {
        assertEquals(Optional.of(OffsetDateTime.parse("2026-02-17T14:05:00+05:00")), DateFinder.find("17 февраля 2026, 14:05"));
        assertEquals(Optional.of(OffsetDateTime.parse("2025-10-08T00:00:00+05:00")), DateFinder.find("2025 жылғы 8 қазан"));
        assertEquals(Optional.of(OffsetDateTime.parse("2025-09-03T19:00:00+05:00")), DateFinder.find("2025 жылғы 3 қыркүйек, 19:00"));
        assertEquals(Optional.of(OffsetDateTime.parse("2026-02-17T00:00:00+05:00")), DateFinder.find("17 ақпан 2026"));
        assertEquals(Optional.of(OffsetDateTime.parse("2024-03-05T00:00:00+05:00")), DateFinder.find("Published March 5, 2024"));
    }

    @Test
    void theFirstDateInTheTextWins() {
        assertEquals(Optional.of(OffsetDateTime.parse("2023-01-13T18:19:00+06:00")),
                DateFinder.find("13.01.2023 18:19 — 2022 жылғы 5 мамыр туралы есеп"));
    }

    @Test
    void timestampsKeepTheirOwnOffset() {
        assertEquals(Optional.of(OffsetDateTime.parse("2023-11-20T17:40:00+06:00")), DateFinder.parseTimestamp("2023-11-20T17:40:00+06:00"));
        assertEquals(Optional.of(OffsetDateTime.parse("2024-06-05T14:30:00+05:00")), DateFinder.parseTimestamp("2024-06-05T14:30"));
    }
}
