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

    @Test
    void kazakhInLatinAndArabicScriptIsKazakh() {
        assertEquals(Language.KK, LanguageDetector.detect("Mädeniet jäne aqparat ministrligi öñirlerde şyğarmaşylyq habtar aşady"));
        assertEquals(Language.KK, LanguageDetector.detect("Mádenıet jáne aqparat mınıstrligi óńirlerde shyǵarmashylyq habtar ashady"));
        assertEquals(Language.KK, LanguageDetector.detect("مادەنيەت جانە اقپارات مينيسترلىگى ٴوڭىرلەردە شىعارماشىلىق حابتار اشادى"));
    }

    @Test
    void theRegionsOtherLanguagesAreOtherNeverKazakhRussianOrEnglish() {
        // Kyrgyz: ң ө ү, but none of ә ғ қ ұ і
        assertEquals(Language.OTHER, LanguageDetector.detect("Маданият жана маалымат министрлиги өлкөлөрдө чыгармачылык борборлорду ачат, "
                + "жаштар үчүн жаңы долбоорлор түзүлөт"));
        // Uzbek in Cyrillic (ў, ҳ) and in Latin (oʻ, gʻ)
        assertEquals(Language.OTHER, LanguageDetector.detect("Маданият ва ахборот вазирлиги ҳудудларда ижодий марказлар очади, ёшлар учун янги лойиҳалар"));
        assertEquals(Language.OTHER, LanguageDetector.detect("Madaniyat va axborot vazirligi hududlarda ijodiy markazlar ochadi, yoshlar uchun oʻquv kurslari boʻladi"));
        // Tatar (җ) and Ukrainian (ї, є)
        assertEquals(Language.OTHER, LanguageDetector.detect("Мәдәният министрлыгы яшьләр өчен яңа җыр бәйгесе игълан итте"));
        assertEquals(Language.OTHER, LanguageDetector.detect("Міністерство культури оголосило конкурс для молоді, який триватиме до кінця року, є ще її"));
        // Turkish, and a Latin-script text that is not English
        assertEquals(Language.OTHER, LanguageDetector.detect("Kültür ve Bilgi Bakanlığı bölgelerde gençler için yaratıcı merkezler açıyor ve çalışmalar sürüyor"));
        assertEquals(Language.OTHER, LanguageDetector.detect("Il ministero della cultura ha presentato il nuovo programma per le biblioteche "
                + "delle regioni, con corsi gratuiti per i giovani e una mostra"));
    }

    @Test
    void englishWithAKazakhPlaceNameStaysEnglish() {
        assertEquals(Language.EN, LanguageDetector.detect("The festival in Qyzylorda brought together ensembles from twelve regions "
                + "of the country and was opened by the minister"));
    }
}
