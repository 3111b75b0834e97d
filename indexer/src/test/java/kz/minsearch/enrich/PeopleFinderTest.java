package kz.minsearch.enrich;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PeopleFinderTest {
    private final PeopleFinder finder = new PeopleFinder(Registry.bundled());

    @Test
    void findsInflectedSurnamesInEveryScript() {
        OffsetDateTime y2025 = OffsetDateTime.parse("2025-10-08T10:00:00+05:00");
        assertEquals(List.of("balayeva"), finder.find("Аида Балаеваның айтуынша", y2025).people());
        assertEquals(List.of("balayeva"), finder.find("под председательством Аиды Балаевой", y2025).people());
        assertEquals(List.of("balayeva"), finder.find("Minister Balayeva's plans", y2025).people());
        assertEquals(List.of(), finder.find("Балапан балалар", y2025).people());
    }

    @Test
    void aDeputyPrimeMinisterIsAPersonNotAMinister() {
        PeopleFinder.Found found = finder.find("Отырысқа Премьер-Министрдің орынбасары Алтай Көлгінов қатысты. "
                + "Министр Дархан Қыдырәлі баяндама жасады.", OffsetDateTime.parse("2023-01-13T18:19:00+06:00"));
        assertEquals(List.of("kydyrali", "kulginov"), found.people());
        assertEquals(List.of("kydyrali"), found.ministers());
    }

    @Test
    void theRegistryDatesDecideWhoWasMinister() {
        // Balayeva held no ministry post between 2022-01 and 2023-09
        assertEquals(List.of(), finder.find("Аида Балаева", OffsetDateTime.parse("2022-06-01T10:00:00+06:00")).ministers());
        assertEquals(List.of("balayeva"), finder.find("Аида Балаева", OffsetDateTime.parse("2021-05-20T12:00:00+06:00")).ministers());
    }

    @Test
    void theMinisterUnnamedIsWhoeverHeldTheMinistryThen() {
        assertEquals(List.of("balayeva"), finder.find("The Minister presented the amendments.",
                OffsetDateTime.parse("2024-06-05T14:30:00+05:00")).ministers());
        // in October 2022 two heads of the lineage were in office (information; culture and sports): nobody is guessed
        assertEquals(List.of(), finder.find("The Minister presented the amendments.",
                OffsetDateTime.parse("2022-10-25T16:00:00+06:00")).ministers());
        assertEquals(List.of(), finder.find("The Prime Minister opened the forum.",
                OffsetDateTime.parse("2024-06-05T14:30:00+05:00")).ministers());
        assertEquals(List.of(), finder.find("Министрлік хабарлады.", OffsetDateTime.parse("2024-06-05T14:30:00+05:00")).ministers());
    }
}
