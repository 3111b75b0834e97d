package kz.minsearch.analysis;

import java.text.Normalizer;

/**
 * A spelling-independent Latin key for a name, so that Балаева, Balayeva and Balaeva, or Қыдырәлі, Кыдырали,
 * Kydyrali and Qydyrali, meet. Cyrillic (Kazakh and Russian letters) is romanized first; then the choices that
 * romanizations disagree on are folded away: diacritics, q/k, kh/h, ы/y/i, the glide y between vowels (Balayeva),
 * a leading y before a vowel (Yerlan/Ерлан), soft and hard signs, doubled letters. The velars are one letter: where
 * Kazakh writes қ Russian often writes х and English kh (Қазақстан, Казахстан, Kazakhstan, Qazaqstan), so k, q, kh,
 * h and x meet, though the Latin digraphs sh and ch stay themselves (Асхат is Askhat, not Ashat).
 */
public final class TranslitKey {
    /** How much longer than its word a key can be while it is made (ц is ts; a letter's canonical decomposition). */
    static final int MAX_GROWTH = 4;
    private static final char NONE = 0;

    private TranslitKey() {
    }

    public static String of(CharSequence word) {
        char[] chars = word.toString().toCharArray();
        char[] key = new char[MAX_GROWTH * chars.length];
        return new String(key, 0, of(chars, chars.length, key));
    }

    /**
     * The key of {@code word[0..length)}, written into {@code key} (at least {@link #MAX_GROWTH} times the length).
     * Each folding is one pass over the buffer.
     *
     * @return the key's length
     */
    static int of(char[] word, int length, char[] key) {
        int n = romanize(word, length, key);
        n = foldLetters(key, n);
        return foldGlidesAndDoubles(key, n);
    }

    /** Lowercased, Cyrillic romanized, diacritics dropped (é, ş, ü are e, s, u). */
    private static int romanize(char[] word, int length, char[] key) {
        int n = 0;
        for (int i = 0; i < length; i++) {
            char c = Character.toLowerCase(word[i]);
            String latin = romanize(c);
            if (latin != null) {
                latin.getChars(0, latin.length(), key, n);
                n += latin.length();
            } else if (c < 0x80) {
                key[n++] = c;
            } else {
                String letter = Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(word[i + 1])
                        ? new String(word, i++, 2) : String.valueOf(c);
                String decomposed = Normalizer.normalize(letter, Normalizer.Form.NFD);
                for (int j = 0; j < decomposed.length(); j += Character.charCount(decomposed.codePointAt(j))) {
                    int codePoint = decomposed.codePointAt(j);
                    if (!isMark(codePoint)) {
                        n += Character.toChars(codePoint, key, n);
                    }
                }
            }
        }
        return n;
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * The Latin letters and digraphs romanizations disagree on, in one pass, in place: kh, q, x and h are k; gh is g,
     * zh j, w u, y i; the h of sh and ch stays.
     */
    private static int foldLetters(char[] key, int length) {
        int out = 0;
        for (int i = 0; i < length; i++) {
            char c = key[i];
            char digraph = i + 1 < length && key[i + 1] == 'h' ? switch (c) {
                case 'k', 'g' -> c;
                case 'z' -> 'j';
                default -> NONE;
            } : NONE;
            if (digraph != NONE) {
                key[out++] = digraph;
                i++;
                continue;
            }
            char folded = switch (c) {
                case 'q', 'x' -> 'k';
                case 'h' -> out > 0 && (key[out - 1] == 's' || key[out - 1] == 'c') ? 'h' : 'k';
                case 'w' -> 'u';
                case 'y', 'ı' -> 'i';
                default -> c;
            };
            key[out++] = folded;
        }
        return out;
    }

    /** A glide i between vowels or before a first vowel goes (Balayeva, Yerlan); doubled letters are written once. */
    private static int foldGlidesAndDoubles(char[] key, int length) {
        int out = 0;
        for (int i = 0; i < length; i++) {
            char c = key[i];
            boolean prevVowel = out > 0 && isVowel(key[out - 1]);
            boolean nextVowel = i + 1 < length && isVowel(key[i + 1]);
            if (c == 'i' && nextVowel && (out == 0 || prevVowel)) {
                continue;
            }
            if (out > 0 && key[out - 1] == c) {
                continue;
            }
            key[out++] = c;
        }
        return out;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** A Cyrillic letter (and the apostrophes of Latin Kazakh) in Latin, or null for any other character. */
    private static String romanize(char c) {
        return switch (c) {
            case 'а', 'ә' -> "a";
            case 'б' -> "b";
            case 'в' -> "v";
            case 'г', 'ғ' -> "g";
            case 'д' -> "d";
            case 'е', 'ё', 'э' -> "e";
            case 'ж' -> "j";
            case 'з' -> "z";
            case 'и', 'й', 'і', 'ы' -> "i";
            case 'к', 'қ' -> "k";
            case 'л' -> "l";
            case 'м' -> "m";
            case 'н', 'ң' -> "n";
            case 'о', 'ө' -> "o";
            case 'п' -> "p";
            case 'р' -> "r";
            case 'с' -> "s";
            case 'т' -> "t";
            case 'у', 'ұ', 'ү' -> "u";
            case 'ф' -> "f";
            case 'х', 'һ' -> "k";
            case 'ц' -> "ts";
            case 'ч' -> "ch";
            case 'ш', 'щ' -> "sh";
            case 'ъ', 'ь', '\'', '’', 'ʼ' -> "";
            case 'ю' -> "iu";
            case 'я' -> "ia";
            default -> null;
        };
    }
}
