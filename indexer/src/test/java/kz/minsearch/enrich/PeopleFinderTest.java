package kz.minsearch.enrich;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PeopleFinderTest {
    private static final OffsetDateTime Y2024 = OffsetDateTime.parse("2024-06-05T14:30:00+05:00");
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

    @Test
    void thePredecessorsMinistersAreKnown() {
        assertEquals(List.of("mukhamediuly"), ministers("Министр культуры и спорта Арыстанбек Мухамедиулы открыл фестиваль.", "2018-04-02", false));
        assertEquals(List.of("raimkulova"), ministers("Мәдениет және спорт министрі Ақтоты Райымқұлова театрға барды.", "2021-03-02", false));
        assertEquals(List.of("oralov"), ministers("Minister of Culture and Sport Askhat Oralov visited the museum.", "2023-05-02", false));
    }

    /** A title naming a ministry of the lineage is its holder at the date, with or without the name. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Мәдениет және ақпарат министрі жиынға қатысты.|2024-06-05|balayeva",
            "ҚР Мәдениет және ақпарат министрінің бұйрығы жарияланды.|2024-06-05|balayeva",
            "Мәдениет және ақпарат министріне хат жолданды.|2024-06-05|balayeva",
            "Встреча прошла с участием министра культуры и информации.|2024-06-05|balayeva",
            "Депутаты обратились к министру культуры и информации РК.|2024-06-05|balayeva",
            "The Minister of Culture and Information opened the exhibition.|2024-06-05|balayeva",
            "Kazakhstan's Culture Minister opened the exhibition.|2024-06-05|balayeva",
            "Ақпарат және қоғамдық даму министрі жастармен кездесті.|2022-10-25|kydyrali",
            "Министр информации и общественного развития выступил в мажилисе.|2022-10-25|kydyrali",
            "The Minister of Information and Public Development met bloggers.|2022-10-25|kydyrali",
            "Министр культуры и спорта вручил награды.|2019-05-15|mukhamediuly",
            "The Minister of Culture and Sport opened the festival.|2023-05-15|oralov",
    })
    void aTitleOfTheLineageIsItsHolderThen(String text, String date, String who) {
        assertEquals(List.of(who), ministers(text, date, false));
    }

    /** Another ministry's minister, named or not, is never ours; nor is a title of the lineage that did not exist then. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Көлік министрі жаңа теміржол желісі туралы айтты. Министрдің айтуынша, жұмыс жыл соңына дейін аяқталады.",
            "ҚР Энергетика министрінің айтуынша, тариф өзгермейді. – деді министр.",
            "Денсаулық сақтау министрі Шымкенттегі ауруханаға барды. Министр дәрігерлермен кездесті.",
            "Министр транспорта сообщил о запуске новых рейсов. По словам министра, билеты уже в продаже.",
            "Министр энергетики выступил в мажилисе. Министр отметил рост добычи.",
            "Министр сельского хозяйства рассказал о посевной. Министр также ответил на вопросы.",
            "Министр по чрезвычайным ситуациям прибыл в Костанай. Министр провёл совещание.",
            "Министр Марат Карабаев сообщил о ремонте трасс. Министр пообещал завершить работы к осени.",
            "The Minister of Energy told the Majilis that tariffs would not rise. The minister said prices would hold.",
            "Energy Minister Almassadam Satkaliyev said output grew. The Minister added that exports rose.",
            "The Minister of Agriculture said the harvest was good. The minister thanked farmers.",
            "Министр культуры и спорта вручил награды спортсменам.",   // in 2024 the lineage had no such ministry
            "The Minister presented the amendments.",
            "Министрлік хабарлады.",
    })
    void anotherMinistrysMinisterIsNeverOurs(String text) {
        assertEquals(List.of(), ministers(text, "2024-06-05", false), text);
    }

    @Test
    void theMinisterUnnamedIsTheMinistrysOnlyInTheMinistrysOwnText() {
        assertEquals(List.of(), ministers("The Minister presented the amendments.", "2024-06-05", false));
        assertEquals(List.of("balayeva"), ministers("The Minister presented the amendments.", "2024-06-05", true));
        assertEquals(List.of("balayeva"), ministers("– деді министр.", "2024-06-05", true));
        assertEquals(List.of("balayeva"), ministers("По словам министра, НПО получат гранты.", "2024-06-05", true));
        // the ministry's own text quoting another ministry's minister
        assertEquals(List.of(), ministers("Министр транспорта выступил на совещании. Министр отметил рост перевозок.", "2024-06-05", true));
        assertEquals(List.of(), ministers("Minister Marat Karabayev said the minister would visit.", "2024-06-05", true));
        // in October 2022 two heads of the lineage were in office (information; culture and sports): nobody is guessed
        assertEquals(List.of(), ministers("The Minister presented the amendments.", "2022-10-25", true));
        assertEquals(List.of(), ministers("The Prime Minister opened the forum.", "2024-06-05", true));
        assertEquals(List.of(), ministers("The Deputy Minister opened the forum.", "2024-06-05", true));
        assertEquals(List.of(), ministers("Вице-министр открыл форум.", "2024-06-05", true));
        assertEquals(List.of(), ministers("Заместитель министра культуры и информации открыл форум.", "2024-06-05", false));
        assertEquals(List.of(), ministers("Мәдениет және ақпарат министрінің орынбасары форумды ашты.", "2024-06-05", false));
    }

    @Test
    void aNamedMinisterOfOursBesideAnotherMinistrysStaysOurs() {
        assertEquals(List.of("balayeva"), ministers("Министр Аида Балаева и министр энергетики обсудили отопление театров.", "2024-06-05", false));
        assertEquals(List.of("balayeva"), finder.find("Minister Aida Balayeva said", Y2024).ministers());
    }
}
