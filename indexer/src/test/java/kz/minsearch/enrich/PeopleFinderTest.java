package kz.minsearch.enrich;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PeopleFinderTest {
    private final PeopleFinder finder = new PeopleFinder(Registry.bundled());

    private List<String> ministers(String text, String date, boolean ministrySource) {
        return finder.find(text, OffsetDateTime.parse(date + "T12:00:00+05:00"), LanguageDetector.detect(text), ministrySource).ministers();
    }

    @Test
    void findsInflectedSurnamesInEveryScript() {
        OffsetDateTime y2025 = OffsetDateTime.parse("2025-10-08T10:00:00+05:00");
        assertEquals(List.of("balayeva"), finder.find("Аида Балаеваның айтуынша", y2025).people());
        assertEquals(List.of("balayeva"), finder.find("под председательством Аиды Балаевой", y2025).people());
        assertEquals(List.of("balayeva"), finder.find("Minister Balayeva's plans", y2025).people());
        assertEquals(List.of(), finder.find("Балапан балалар", y2025).people());
    }

    @Test
    void aSurnameAloneIsANamesakesUnlessAGivenNameInitialOrTitleIsBesideIt() {
        OffsetDateTime y2022 = OffsetDateTime.parse("2022-05-10T10:00:00+06:00");
        assertEquals(List.of(), finder.find("Фермер Омаров из Туркестанской области собрал рекордный урожай хлопка.", y2022).people());
        assertEquals(List.of("umarov"), finder.find("Министр Умаров встретился с журналистами.", y2022).ministers());
        assertEquals(List.of("umarov"), finder.find("А. Умаров выступил на брифинге.", y2022).ministers());
        assertEquals(List.of("umarov"), finder.find("Аскар Умаров открыл форум. Умаров отметил рост числа СМИ.", y2022).ministers());
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

    /**
     * The role phrases of {@code corpus/people/titles.tsv} (also measured by {@code eval enrichment}): titles of the
     * lineage's ministries in kk, ru and en and their inflections, other ministries' ministers named or not, deputies,
     * the unnamed "the Minister" in the ministry's own texts and in others'.
     */
    @ParameterizedTest(name = "{3}")
    @CsvFileSource(files = "../corpus/people/titles.tsv", delimiter = '\t', numLinesToSkip = 1, quoteCharacter = '\u0000')
    void aTitleIsOursOnlyWhenItNamesOurMinistryOrTheTextIsTheMinistrys(String date, String source, String expected, String text) {
        List<String> want = expected == null ? List.of() : List.of(expected.split(","));
        assertEquals(want, ministers(text, date, source.equals("ministry")), text);
    }
}
