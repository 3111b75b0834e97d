package kz.minsearch.analysis;

import java.text.Normalizer;

/**
 * A spelling-independent Latin key for a name, so that Балаева, Balayeva and Balaeva, or Қыдырәлі, Кыдырали,
 * Kydyrali and Qydyrali, meet. Cyrillic (Kazakh and Russian letters) is romanized first; then the choices that
 * romanizations disagree on are folded away: diacritics, q/k, kh/h, ы/y/i, the glide y between vowels (Balayeva),
 * a leading y before a vowel (Yerlan/Ерлан), soft and hard signs, doubled letters.
 */
public final class TranslitKey {
    private TranslitKey() {
    }

    public static String of(CharSequence word) {
        StringBuilder latin = new StringBuilder(word.length() + 4);
        for (int i = 0; i < word.length(); i++) {
            char c = Character.toLowerCase(word.charAt(i));
            latin.append(romanize(c));
        }
        String s = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.replace("kh", "h").replace("gh", "g").replace("zh", "j").replace('q', 'k').replace('x', 'h')
                .replace('w', 'u').replace('y', 'i').replace("ı", "i");
        return foldGlidesAndDoubles(s);
    }

    private static String foldGlidesAndDoubles(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean prevVowel = out.length() > 0 && isVowel(out.charAt(out.length() - 1));
            boolean nextVowel = i + 1 < s.length() && isVowel(s.charAt(i + 1));
            if (c == 'i' && nextVowel && (out.length() == 0 || prevVowel)) {
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) == c) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

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
            case 'х', 'һ' -> "h";
            case 'ц' -> "ts";
            case 'ч' -> "ch";
            case 'ш', 'щ' -> "sh";
            case 'ъ', 'ь', '\'', '’', 'ʼ' -> "";
            case 'ю' -> "iu";
            case 'я' -> "ia";
            default -> String.valueOf(c);
        };
    }
}
