package kz.minsearch.enrich;

import java.util.Locale;
import java.util.Set;

/**
 * Tells Kazakh, Russian and English apart, reliably even on a headline. Latin text is English. Cyrillic text is
 * Kazakh when enough of its words carry a letter only Kazakh has (ә ғ қ ң ө ұ ү һ і): a Russian text that quotes a
 * Kazakh name has one such word in many, a Kazakh text has them everywhere; function words settle the close calls.
 * Latin letters inside Cyrillic words are read as their look-alikes, so Kazakh typed with a Latin "i" still counts.
 */
public final class LanguageDetector {
    private static final String KAZAKH_ONLY = "әғқңөұүһі";
    private static final double KAZAKH_WORD_SHARE = 0.12;
    private static final double SURE_KAZAKH_WORD_SHARE = 0.3;
    private static final Set<String> RUSSIAN_FUNCTION_WORDS = Set.of(
            "и", "в", "во", "на", "с", "со", "по", "о", "об", "для", "что", "не", "из", "к", "от", "за", "как", "это", "также");
    private static final Set<String> KAZAKH_FUNCTION_WORDS = Set.of(
            "және", "мен", "бен", "пен", "деп", "бұл", "осы", "үшін", "туралы", "бойынша", "арқылы", "ал", "да", "де", "ол");

    private LanguageDetector() {
    }

    public static Language detect(String text) {
        int cyrillicWords = 0;
        int latinWords = 0;
        int kazakhWords = 0;
        int russianFunction = 0;
        int kazakhFunction = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            boolean cyrillic = word.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
            if (!cyrillic) {
                latinWords++;
                continue;
            }
            cyrillicWords++;
            if (word.chars().anyMatch(c -> KAZAKH_ONLY.indexOf(c) >= 0 || c == 'i' || c == 'h')) {
                kazakhWords++;
            }
            if (RUSSIAN_FUNCTION_WORDS.contains(word)) {
                russianFunction++;
            }
            if (KAZAKH_FUNCTION_WORDS.contains(word)) {
                kazakhFunction++;
            }
        }
        if (latinWords > cyrillicWords) {
            return Language.EN;
        }
        double share = cyrillicWords == 0 ? 0 : (double) kazakhWords / cyrillicWords;
        if (share >= SURE_KAZAKH_WORD_SHARE) {
            return russianFunction > 2 * (kazakhFunction + 1) ? Language.RU : Language.KK;
        }
        return share >= KAZAKH_WORD_SHARE && kazakhFunction >= russianFunction ? Language.KK : Language.RU;
    }
}
