package kz.minsearch.enrich;

import java.util.Locale;
import java.util.Set;

/**
 * Tells Kazakh, Russian and English apart, reliably even on a headline, and says {@link Language#OTHER} for the
 * languages of the region's other news (Kyrgyz, Uzbek, Tatar, Bashkir, Tajik, Ukrainian, Turkish and any Latin-script
 * text that is not English), never kk, ru or en by default. Decided by the letters each language alone writes:
 * <ul>
 *   <li>Cyrillic: Kazakh when enough words carry ә ғ қ ұ і (a Russian text quoting a Kazakh name has one such word in
 *   many; function words settle the close calls); Kyrgyz writes ң ө ү but none of those; ў ҳ (Uzbek), җ (Tatar),
 *   ҡ ҙ ҫ (Bashkir), ӣ ӯ ҷ (Tajik), ї є ґ (Ukrainian) mark the others. Latin letters inside Cyrillic words are read as
 *   their look-alikes, so Kazakh typed with a Latin "i" still counts.</li>
 *   <li>Latin: Kazakh in the 2021 alphabet writes ä ö ü ğ ş ı ñ ū q (and ǵ ń in that of 2018); Uzbek writes oʻ gʻ;
 *   Turkish, Tatar and Azerbaijani write ç or ə; English is what carries English function words.</li>
 *   <li>Arabic script: Kazakh (töte jazu) marks front vowels with ٴ and writes ە ۇ ۋ ڭ; Uyghur writes ې ۆ ۈ; the rest
 *   (Arabic, Persian) is other.</li>
 * </ul>
 */
public final class LanguageDetector {
    private static final String KAZAKH_CORE = "әғқұі";
    private static final String KAZAKH_ONLY = "әғқңөұүһі";
    private static final String KYRGYZ_TOO = "ңөү";
    private static final String OTHER_CYRILLIC = "ўҳҷӣӯҗҡҙҫїєґ";
    /** Letters of Kazakh's Latin alphabets (2021, and the acute-accent one of 2018). */
    private static final String KAZAKH_LATIN = "äöüğşıñūqáóúǵńý";
    /** Of those, the ones Turkish, Tatar and Azerbaijani do not write. */
    private static final String KAZAKH_LATIN_DECISIVE = "äñqūǵń";
    private static final String TURKIC_LATIN_NOT_KAZAKH = "çə";
    private static final String UZBEK_APOSTROPHES = "ʻ'‘’`";
    private static final char ARABIC_HIGH_HAMZA = '\u0674';
    private static final String KAZAKH_ARABIC = "ەۇۋڭٴ";
    private static final String UYGHUR_ARABIC = "ېۆۈ";
    private static final double KAZAKH_WORD_SHARE = 0.12;
    private static final double SURE_KAZAKH_WORD_SHARE = 0.3;
    private static final double DECISIVE_WORD_SHARE = 0.02;
    private static final double ENGLISH_FUNCTION_SHARE = 0.08;
    /** Too few Latin words to judge by function words: a short English headline is the likely reading. */
    private static final int FEW_WORDS = 12;
    private static final Set<String> RUSSIAN_FUNCTION_WORDS = Set.of(
            "и", "в", "во", "на", "с", "со", "по", "о", "об", "для", "что", "не", "из", "к", "от", "за", "как", "это", "также");
    private static final Set<String> KAZAKH_FUNCTION_WORDS = Set.of(
            "және", "мен", "бен", "пен", "деп", "бұл", "осы", "үшін", "туралы", "бойынша", "арқылы", "ал", "да", "де", "ол");
    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of(
            "the", "of", "and", "to", "in", "a", "is", "for", "on", "with", "that", "by", "at", "from", "as", "was", "will",
            "are", "its", "has", "have", "be", "an", "this", "it", "were", "which");

    private LanguageDetector() {
    }

    public static Language detect(String text) {
        int cyrillic = 0;
        int latin = 0;
        int arabic = 0;
        int kazakhWords = 0;
        int kazakhCore = 0;
        int kyrgyzLike = 0;
        int otherCyrillic = 0;
        int kazakhLatin = 0;
        int kazakhLatinDecisive = 0;
        int turkicLatin = 0;
        int uzbekLatin = 0;
        int englishFunction = 0;
        int russianFunction = 0;
        int kazakhFunction = 0;
        int kazakhArabic = 0;
        int uyghurArabic = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}ʻ'‘’`]+")) {
            String w = word.replaceAll("^[ʻ'‘’`]+|[ʻ'‘’`]+$", "");
            if (w.isEmpty()) {
                continue;
            }
            Character.UnicodeScript script = scriptOf(w);
            if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
                kazakhWords += has(w, KAZAKH_ONLY) || w.indexOf('i') >= 0 || w.indexOf('h') >= 0 ? 1 : 0;
                kazakhCore += has(w, KAZAKH_CORE) || w.indexOf('i') >= 0 ? 1 : 0;
                kyrgyzLike += has(w, KYRGYZ_TOO) ? 1 : 0;
                otherCyrillic += has(w, OTHER_CYRILLIC) ? 1 : 0;
                russianFunction += RUSSIAN_FUNCTION_WORDS.contains(w) ? 1 : 0;
                kazakhFunction += KAZAKH_FUNCTION_WORDS.contains(w) ? 1 : 0;
            } else if (script == Character.UnicodeScript.ARABIC) {
                arabic++;
                kazakhArabic += has(w, KAZAKH_ARABIC) || w.indexOf(ARABIC_HIGH_HAMZA) >= 0 ? 1 : 0;
                uyghurArabic += has(w, UYGHUR_ARABIC) ? 1 : 0;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
                kazakhLatin += has(w, KAZAKH_LATIN) ? 1 : 0;
                kazakhLatinDecisive += has(w, KAZAKH_LATIN_DECISIVE) ? 1 : 0;
                turkicLatin += has(w, TURKIC_LATIN_NOT_KAZAKH) ? 1 : 0;
                uzbekLatin += w.matches(".*[og][ʻ'‘’`].*") ? 1 : 0;
                englishFunction += ENGLISH_FUNCTION_WORDS.contains(w) ? 1 : 0;
            }
        }
        int words = cyrillic + latin + arabic;
        if (words == 0) {
            return Language.OTHER;
        }
        if (arabic > cyrillic && arabic > latin) {
            return kazakhArabic > uyghurArabic && kazakhArabic >= arabic * 0.1 ? Language.KK : Language.OTHER;
        }
        if (latin > cyrillic) {
            return latinLanguage(latin, kazakhLatin, kazakhLatinDecisive, turkicLatin, uzbekLatin, englishFunction);
        }
        if (otherCyrillic >= Math.max(1, cyrillic * DECISIVE_WORD_SHARE)) {
            return Language.OTHER;
        }
        if (kyrgyzLike >= cyrillic * KAZAKH_WORD_SHARE && kazakhCore < cyrillic * DECISIVE_WORD_SHARE) {
            return Language.OTHER; // ң ө ү everywhere, ә ғ қ ұ і nowhere: Kyrgyz
        }
        double share = (double) kazakhWords / cyrillic;
        if (share >= SURE_KAZAKH_WORD_SHARE) {
            return russianFunction > 2 * (kazakhFunction + 1) ? Language.RU : Language.KK;
        }
        return share >= KAZAKH_WORD_SHARE && kazakhFunction >= russianFunction ? Language.KK : Language.RU;
    }

    private static Language latinLanguage(int latin, int kazakh, int decisive, int turkic, int uzbek, int englishFunction) {
        if (uzbek >= Math.max(1, latin * DECISIVE_WORD_SHARE)) {
            return Language.OTHER;
        }
        if (kazakh >= latin * KAZAKH_WORD_SHARE && decisive >= Math.max(1, latin * DECISIVE_WORD_SHARE) && turkic == 0) {
            return Language.KK;
        }
        if (kazakh >= latin * KAZAKH_WORD_SHARE || turkic > 0) {
            return Language.OTHER;
        }
        return latin < FEW_WORDS || englishFunction >= latin * ENGLISH_FUNCTION_SHARE ? Language.EN : Language.OTHER;
    }

    private static Character.UnicodeScript scriptOf(String word) {
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            if (s == Character.UnicodeScript.CYRILLIC || s == Character.UnicodeScript.ARABIC) {
                return s;
            }
            i += Character.charCount(c);
        }
        return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.LATIN
                ? Character.UnicodeScript.LATIN : Character.UnicodeScript.COMMON;
    }

    private static boolean has(String word, String letters) {
        for (int i = 0; i < word.length(); i++) {
            if (letters.indexOf(word.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
