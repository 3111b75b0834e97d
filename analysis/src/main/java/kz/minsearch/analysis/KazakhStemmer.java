package kz.minsearch.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A lexicon-free inflectional stemmer for Kazakh nouns and adjectives.
 *
 * <p>Follows the "complete set of endings" idea of Tukeyev et al. (2018, "Lexicon-free stemming for Kazakh language
 * information retrieval", IEEE AICT): the inflectional endings of a nominal word form are the concatenations
 * {@code [plural][possessive][case][attributive]} allowed by Kazakh morphotactics, so we generate that closed set once and
 * strip the longest member a word ends with. Each candidate is then checked the way a linguist would check it:
 * <ul>
 *   <li>vowel harmony: the ending's vowels are all back or all front, and agree with the stem's last vowel;</li>
 *   <li>the ending's first sound fits the stem's last sound (-та/-тың after voiceless consonants, -да/-дың otherwise,
 *       -сы and the bare possessives -м/-ң after vowels, vowel-initial endings after consonants);</li>
 *   <li>the stem keeps at least two letters and a vowel, so short roots (ел, тіл, ән) survive.</li>
 * </ul>
 * Derivational suffixes (-лық/-лік, -шы/-ші, -хана, -дық/-дік) are deliberately not endings: министр and министрлік,
 * кітап and кітапхана stay apart. The stem's final voiced consonant is written voiceless (кітаб-ы → кітап, педагог → педагок)
 * so that the alternation at the stem's end (б/п, г/к, ғ/қ) meets in one form whether or not an ending was stripped.
 */
public final class KazakhStemmer {
    private static final String BACK_VOWELS = "аоұыяё";
    private static final String FRONT_VOWELS = "әеөүіэ";
    private static final String NEUTRAL_VOWELS = "иу";
    private static final String VOICELESS = "пфкқтсшщхһцч";
    /** Letters written voiced but said voiceless at a word's end (mostly in loanwords): either kind of ending follows. */
    private static final String DEVOICED_AT_END = "бгғд";
    private static final int MIN_STEM = 2;

    private static final List<String> PLURAL = List.of("лар", "лер", "дар", "дер", "тар", "тер");
    /** Possessives that can follow a stem directly (-ы after consonants, -сы after vowels, first/second persons). */
    private static final List<String> POSSESSIVE_3 = List.of("ы", "і", "сы", "сі");
    private static final List<String> POSSESSIVE_12 = List.of("ым", "ім", "м", "ың", "ің", "ң", "ыңыз", "іңіз", "ңыз", "ңіз",
            "ымыз", "іміз", "мыз", "міз", "ңдар", "ңдер", "ларың", "лерің");
    /** Case endings after a bare stem or a plural. */
    private static final List<String> CASE_PLAIN = List.of(
            "ның", "нің", "дың", "дің", "тың", "тің",          // genitive
            "ға", "ге", "қа", "ке",                            // dative
            "ны", "ні", "ды", "ді", "ты", "ті",                 // accusative
            "да", "де", "та", "те",                            // locative
            "нан", "нен", "дан", "ден", "тан", "тен",          // ablative
            "мен", "бен", "пен", "менен", "бенен", "пенен");   // instrumental
    /** After the third-person possessive the case endings take an n: министрі-нің, министрі-не, министрі-нде. */
    private static final List<String> CASE_AFTER_POSSESSIVE_3 = List.of(
            "ның", "нің", "на", "не", "н", "нда", "нде", "нан", "нен", "мен", "менен");
    private static final List<String> CASE_AFTER_POSSESSIVE_12 = List.of(
            "ның", "нің", "дың", "дің", "а", "е", "ды", "ді", "ны", "ні", "да", "де", "дан", "ден", "нан", "нен", "мен");
    /** The attributive -ғы/-гі that turns a time or place into an adjective (2025 жылғы, министрліктегі). */
    private static final List<String> ATTRIBUTIVE = List.of("ғы", "гі", "қы", "кі");

    private final List<String> endingsLongestFirst;

    private final boolean lenientHarmony;

    public KazakhStemmer() {
        this(false);
    }

    /**
     * @param lenientHarmony accept an ending that breaks vowel harmony (for queries: loan words are often written with
     *                       the other set of endings, волонтерлар for волонтерлер; the index side keeps the rule)
     */
    public KazakhStemmer(boolean lenientHarmony) {
        this.lenientHarmony = lenientHarmony;
        Set<String> endings = new HashSet<>();
        for (String plural : withEmpty(PLURAL)) {
            for (String possessive : withEmpty(concat(POSSESSIVE_3, POSSESSIVE_12))) {
                if (!plural.isEmpty() && (possessive.startsWith("с") || possessive.equals("м") || possessive.equals("ң")
                        || possessive.startsWith("ң") || possessive.contains("лар") || possessive.contains("лер"))) {
                    continue; // after a plural only the consonant-initial-free forms (-ы, -ым, -ың…) occur
                }
                List<String> cases = possessive.isEmpty() ? CASE_PLAIN
                        : POSSESSIVE_3.contains(possessive) ? CASE_AFTER_POSSESSIVE_3 : CASE_AFTER_POSSESSIVE_12;
                for (String kase : withEmpty(cases)) {
                    String ending = plural + possessive + kase;
                    add(endings, ending);
                    if (kase.equals("да") || kase.equals("де") || kase.equals("та") || kase.equals("те")
                            || kase.equals("нда") || kase.equals("нде")) {
                        for (String attributive : ATTRIBUTIVE) {
                            add(endings, ending + attributive);
                        }
                    }
                }
            }
        }
        for (String attributive : ATTRIBUTIVE) {
            add(endings, attributive);
        }
        endingsLongestFirst = new ArrayList<>(endings);
        endingsLongestFirst.sort((a, b) -> b.length() - a.length());
    }

    private static List<String> withEmpty(List<String> morphemes) {
        List<String> all = new ArrayList<>(morphemes);
        all.add("");
        return all;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void add(Set<String> endings, String ending) {
        if (!ending.isEmpty() && harmony(withoutInstrumental(ending)) != Harmony.MIXED) {
            endings.add(ending);
        }
    }

    /**
     * The stem of a lowercased word: the reading with the longest ending. Words with no Kazakh ending come back with
     * only their final consonant devoiced.
     */
    public String stem(CharSequence word) {
        return stems(word).get(0);
    }

    /**
     * Every reading of a word, most stripped first. A Kazakh form is often ambiguous without a lexicon: жұмысы is
     * жұмыс-ы, саласы is сала-сы, бастама may be a bare noun or баста-м-а. We keep the two readings with the longest
     * endings and the word itself, as a hunspell filter keeps several stems, so that a form meets its family whichever
     * reading is right; the index puts them at one position.
     */
    public List<String> stems(CharSequence word) {
        String w = word.toString();
        if (!isCyrillicWord(w)) {
            return List.of(w);
        }
        List<String> readings = new ArrayList<>(2);
        for (String ending : endingsLongestFirst) {
            if (w.length() - ending.length() >= MIN_STEM && w.endsWith(ending)) {
                String stem = w.substring(0, w.length() - ending.length());
                if (fits(stem, ending)) {
                    String reading = devoiceFinal(stem);
                    if (!readings.contains(reading)) {
                        readings.add(reading);
                    }
                    if (readings.size() == 2) {
                        break;
                    }
                }
            }
        }
        String whole = devoiceFinal(w);
        if (!readings.contains(whole)) {
            readings.add(whole);
        }
        return readings;
    }

    private boolean fits(String stem, String ending) {
        Harmony stemHarmony = lastVowelHarmony(stem);
        if (stemHarmony == null) {
            return false; // no vowel left: not a stem
        }
        Harmony endingHarmony = harmony(withoutInstrumental(ending));
        if (!lenientHarmony && stemHarmony != Harmony.NEUTRAL && endingHarmony != Harmony.NEUTRAL && stemHarmony != endingHarmony) {
            return false;
        }
        char last = stem.charAt(stem.length() - 1);
        char first = ending.charAt(0);
        boolean stemEndsInVowel = isVowel(last);
        boolean stemEndsVoiceless = VOICELESS.indexOf(last) >= 0;
        if (isVowel(first)) {
            return !stemEndsInVowel;
        }
        if (DEVOICED_AT_END.indexOf(last) >= 0) {
            return true; // хаб, клуб, педагог are said with a voiceless end: хаб-тар, but also the written б before -ы
        }
        if ("тқкп".indexOf(first) >= 0) {
            return stemEndsVoiceless;
        }
        if (first == 'с' || ending.equals("м") || ending.equals("ң") || ending.startsWith("ңыз") || ending.startsWith("ңіз")
                || ending.startsWith("мыз") || ending.startsWith("міз")) {
            return stemEndsInVowel;
        }
        return !stemEndsVoiceless;
    }

    private static String devoiceFinal(String word) {
        // loanwords drop a final soft sign before an ending (ансамбль, ансамбл-і): the stem never keeps it
        String stem = word.endsWith("ь") && word.length() > MIN_STEM + 1 ? word.substring(0, word.length() - 1) : word;
        char last = stem.charAt(stem.length() - 1);
        char devoiced = switch (last) {
            case 'б' -> 'п';
            case 'г' -> 'к';
            case 'ғ' -> 'қ';
            default -> last;
        };
        return devoiced == last ? stem : stem.substring(0, stem.length() - 1) + devoiced;
    }

    private static boolean isCyrillicWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.UnicodeBlock.of(w.charAt(i)) != Character.UnicodeBlock.CYRILLIC) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    private static boolean isVowel(char c) {
        return BACK_VOWELS.indexOf(c) >= 0 || FRONT_VOWELS.indexOf(c) >= 0 || NEUTRAL_VOWELS.indexOf(c) >= 0 || c == 'ю' || c == 'е';
    }

    private enum Harmony { BACK, FRONT, NEUTRAL, MIXED }

    private static Harmony harmony(String s) {
        boolean back = false;
        boolean front = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            back |= BACK_VOWELS.indexOf(c) >= 0;
            front |= FRONT_VOWELS.indexOf(c) >= 0;
        }
        return back && front ? Harmony.MIXED : back ? Harmony.BACK : front ? Harmony.FRONT : Harmony.NEUTRAL;
    }

    /** The instrumental -мен/-бен/-пен(ен) does not follow vowel harmony (ассамблеясымен, органдармен). */
    private static String withoutInstrumental(String ending) {
        for (String instrumental : List.of("менен", "бенен", "пенен", "мен", "бен", "пен")) {
            if (ending.endsWith(instrumental)) {
                return ending.substring(0, ending.length() - instrumental.length());
            }
        }
        return ending;
    }

    private static Harmony lastVowelHarmony(String stem) {
        for (int i = stem.length() - 1; i >= 0; i--) {
            char c = stem.charAt(i);
            if (BACK_VOWELS.indexOf(c) >= 0) {
                return Harmony.BACK;
            }
            if (FRONT_VOWELS.indexOf(c) >= 0) {
                return Harmony.FRONT;
            }
            if (NEUTRAL_VOWELS.indexOf(c) >= 0 || c == 'ю') {
                return Harmony.NEUTRAL;
            }
        }
        return null;
    }
}
