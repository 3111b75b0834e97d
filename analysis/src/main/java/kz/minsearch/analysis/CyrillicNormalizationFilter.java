package kz.minsearch.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.text.Normalizer;

/**
 * Unifies the spellings a Cyrillic word really has on Kazakh and Russian sites, so that each word is indexed once:
 * Unicode NFC; Latin letters that look like Cyrillic ones (typed by Latin keyboards or by OCR) inside a word that is
 * otherwise Cyrillic; the stand-ins used for Kazakh letters (Latin schwa ə for ә, ɵ for ө, Bashkir ҡ for қ, …);
 * ё as е. Runs before lowercasing because the look-alikes differ by case (Latin H is Н, Latin h is һ).
 */
public final class CyrillicNormalizationFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public CyrillicNormalizationFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!Normalizer.isNormalized(term, Normalizer.Form.NFC)) {
            String nfc = Normalizer.normalize(term, Normalizer.Form.NFC);
            term.setEmpty().append(nfc);
        }
        boolean cyrillic = hasCyrillicLetter(term.buffer(), term.length());
        char[] buffer = term.buffer();
        for (int i = 0; i < term.length(); i++) {
            buffer[i] = normalize(buffer[i], cyrillic);
        }
        return true;
    }

    static boolean hasCyrillicLetter(char[] chars, int length) {
        for (int i = 0; i < length; i++) {
            if (chars[i] >= '\u0400' && chars[i] <= '\u04FF') { // the Cyrillic block
                return true;
            }
        }
        return false;
    }

    /** One character as it should be indexed; Latin look-alikes are only replaced inside Cyrillic words. */
    static char normalize(char c, boolean inCyrillicWord) {
        switch (c) {
            case 'ё': return 'е';
            case 'Ё': return 'Е';
            case 'ə', 'ǝ': return 'ә';
            case 'Ə', 'Ǝ': return 'Ә';
            case 'ɵ': return 'ө';
            case 'Ɵ': return 'Ө';
            case 'ҡ': return 'қ';
            case 'Ҡ': return 'Қ';
            case 'ҥ', 'ӊ': return 'ң';
            case 'Ҥ', 'Ӊ': return 'Ң';
            case 'ӻ': return 'ғ';
            case 'Ӻ': return 'Ғ';
            default: break;
        }
        if (!inCyrillicWord || c > 'z') {
            return c;
        }
        return switch (c) {
            case 'A' -> 'А';
            case 'a' -> 'а';
            case 'B' -> 'В';
            case 'C' -> 'С';
            case 'c' -> 'с';
            case 'E' -> 'Е';
            case 'e' -> 'е';
            case 'H' -> 'Н';
            case 'h' -> 'һ';
            case 'I' -> 'І';
            case 'i' -> 'і';
            case 'K' -> 'К';
            case 'k' -> 'к';
            case 'M' -> 'М';
            case 'O' -> 'О';
            case 'o' -> 'о';
            case 'P' -> 'Р';
            case 'p' -> 'р';
            case 'T' -> 'Т';
            case 'X' -> 'Х';
            case 'x' -> 'х';
            case 'y' -> 'у';
            case 'Y' -> 'Ү';
            default -> c;
        };
    }
}
