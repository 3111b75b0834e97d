package kz.minsearch.enrich;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageDetectorTest {
    @Test
    void shortHeadlinesInEachLanguage() {
        assertEquals(Language.KK, LanguageDetector.detect("Өңірлерде креативті хабтар ашылады"));
        assertEquals(Language.RU, LanguageDetector.detect("В регионах откроются креативные хабы"));
        assertEquals(Language.EN, LanguageDetector.detect("Creative hubs to open in the regions"));
    }

    @Test
    void russianTextQuotingAKazakhNameStaysRussian() {
        assertEquals(Language.RU, LanguageDetector.detect("Министр Дархан Қыдырәлі выступил на заседании коллегии "
                + "министерства информации и общественного развития и рассказал о планах на следующий год"));
    }

    @Test
    void kazakhTypedWithLatinLookAlikesIsKazakh() {
        assertEquals(Language.KK, LanguageDetector.detect("Министрлiк жаңа заң жобасын талқылады"));
        assertEquals(Language.KK, LanguageDetector.detect("Mинистрлiк жаца заң жобасын талкылады"));
    }
}
