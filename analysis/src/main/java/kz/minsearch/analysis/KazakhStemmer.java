package kz.minsearch.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A lexicon-free inflectional stemmer for Kazakh nouns, adjectives and the commonest verb forms.
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
 * Verbs are read the same way, by their forms that carry a text's content: the participles (-ған, -атын, which
 * decline as nouns do: пайдаланған-да, бол-атын-ы), the verbal noun (-у: бер-у-і), the third person's present and
 * past (-ады, -майды, -ды) and the converb -ып. The verbal noun's stem keeps three letters, as a short noun often
 * ends in its -у (тау, жау, дау); a stem before a verb ending that begins with a vowel keeps four, as that ending
 * competes with a vowel-final stem's own (жаса-ды "made" is not жас-ады, and жас "young" is a word people search).
 * A participle takes any nominal ending but the bare accusative, which it never takes and a name often ends in
 * (Қарағанды is not қара-ған-ды).
 * Derivational suffixes (-лық/-лік, -шы/-ші, -хана, -дық/-дік) are deliberately not endings: министр and министрлік,
 * кітап and кітапхана stay apart. The stem's final voiced consonant is written voiceless (кітаб-ы → кітап, педагог → педагок)
 * so that the alternation at the stem's end (б/п, г/к, ғ/қ) meets in one form whether or not an ending was stripped.
 *
 * <p>The endings are kept as a trie of their letters read from the end, so a word is matched against all of them in
 * one walk back from its last letter (never a scan of the set), and the stemmer works on the term's {@code char[]}
 * without allocating: a reading is a prefix of the word with its last letter possibly devoiced.
 */
public final class KazakhStemmer {
    private static final int MIN_STEM = 2;
    private static final int MIN_VERBAL_NOUN_STEM = 3;
    private static final int MIN_STEM_BEFORE_VOWEL_VERB_ENDING = 4;

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

    /** Verb forms that decline as nouns: the participles (past, habitual) and the verbal noun. */
    private static final List<String> PARTICIPLES = List.of("ған", "ген", "қан", "кен", "атын", "етін", "йтын", "йтін");
    private static final String VERBAL_NOUN = "у";
    private static final List<String> ACCUSATIVE = List.of("ны", "ні", "ды", "ді", "ты", "ті");
    /** Verb forms that end a word: the third person's present (and its negation), the negated past, the converb. */
    private static final List<String> FINITE_VERB_FORMS = List.of("ады", "еді", "йды", "йді",
            "майды", "мейді", "байды", "бейді", "пайды", "пейді", "мады", "меді", "бады", "беді", "пады", "педі",
            "ып", "іп", "ыпты", "іпті");

    /**
     * Derivational suffixes, for {@link #withDerivations the stemmer that reaches further}: the abstract noun
     * (-лық: паразит-тік, министр-лік), having and lacking (дене-лі, тұз-сыз), the agent (журналист, елші is not) and the
     * compound -тәрізді (тасбақа-тәрізділер). Before a vowel -лық is written -лығ (министр-лігі).
     */
    private static final List<String> DERIVATIONS = List.of("лық", "лік", "дық", "дік", "тық", "тік",
            "лы", "лі", "ды", "ді", "ты", "ті", "сыз", "сіз", "шы", "ші");
    /** Compound parts written as suffixes: they follow no harmony and any sound (тасбақа-тәрізді). */
    private static final List<String> COMPOUND_PARTS = List.of("тәрізді", "тәріздес");
    private static final int MIN_DERIVED_STEM = 3;

    /** Every ending, its letters from the last: a word's endings are the marked nodes on its path back from its end. */
    private static final Node ENDINGS = endingsTrie(false);
    private static final Node ENDINGS_AND_DERIVATIONS = endingsTrie(true);

    private final boolean lenientHarmony;
    private final Node endings;

    public KazakhStemmer() {
        this(false);
    }

    /**
     * @param lenientHarmony accept an ending that breaks vowel harmony (for queries: loan words are often written with
     *                       the other set of endings, волонтерлар for волонтерлер; the index side keeps the rule)
     */
    public KazakhStemmer(boolean lenientHarmony) {
        this(lenientHarmony, ENDINGS);
    }

    private KazakhStemmer(boolean lenientHarmony, Node endings) {
        this.lenientHarmony = lenientHarmony;
        this.endings = endings;
    }

    /**
     * A stemmer that also strips derivational suffixes, for search on natural-language questions: a question asks
     * about паразиттер where the passage says паразиттік, about неандертальдықтар where it says Неандерталь. Its
     * most-stripped reading joins words that the inflectional stemmer rightly keeps apart for keyword search.
     */
    public static KazakhStemmer withDerivations(boolean lenientHarmony) {
        return new KazakhStemmer(lenientHarmony, ENDINGS_AND_DERIVATIONS);
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
        char[] chars = word.toString().toCharArray();
        int[] readings = new int[MAX_READINGS];
        int count = stems(chars, chars.length, readings);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            char[] reading = Arrays.copyOf(chars, lengthOf(readings[i]));
            if (reading.length > 0) {
                reading[reading.length - 1] = lastOf(readings[i]);
            }
            out.add(new String(reading));
        }
        return out;
    }

    /** The most readings {@link #stems(char[], int, int[])} gives: two stripped and the word itself. */
    static final int MAX_READINGS = 3;

    /**
     * The readings of {@code word[0..length)}, most stripped first, into {@code readings} (each the length of a prefix
     * of the word and the letter that ends it, read with {@link #lengthOf} and {@link #lastOf}).
     *
     * @return how many readings, 1 to {@link #MAX_READINGS}
     */
    int stems(char[] word, int length, int[] readings) {
        if (!isCyrillicWord(word, length)) {
            readings[0] = reading(length, length == 0 ? 0 : word[length - 1]);
            return 1;
        }
        Node node = endings;
        for (int depth = 0; depth < length - MIN_STEM; depth++) {
            Node next = node.child(word[length - 1 - depth]);
            if (next == null) {
                break;
            }
            node = next;
        }
        int count = 0;
        for (; node != endings && count < 2; node = node.parent) {
            int stemLength = length - node.depth;
            if (node.ending != null && fits(word, stemLength, node.ending)) {
                count = addDistinct(readings, count, devoiced(word, stemLength));
            }
        }
        return addDistinct(readings, count, devoiced(word, length));
    }

    static int lengthOf(int reading) {
        return reading >>> 16;
    }

    static char lastOf(int reading) {
        return (char) reading;
    }

    private static int reading(int length, char last) {
        return length << 16 | last;
    }

    /** Equal prefixes ending in equal letters are equal strings, so readings compare as numbers. */
    private static int addDistinct(int[] readings, int count, int reading) {
        for (int i = 0; i < count; i++) {
            if (readings[i] == reading) {
                return count;
            }
        }
        readings[count] = reading;
        return count + 1;
    }

    private boolean fits(char[] word, int stemLength, Ending ending) {
        if (stemLength < ending.minStem) {
            return false;
        }
        Harmony stemHarmony = lastVowelHarmony(word, stemLength);
        if (stemHarmony == null) {
            return false; // no vowel left: not a stem
        }
        if (!lenientHarmony && stemHarmony != Harmony.NEUTRAL && ending.harmony != Harmony.NEUTRAL && stemHarmony != ending.harmony) {
            return false;
        }
        int last = sound(word[stemLength - 1]);
        boolean stemEndsInVowel = (last & VOWEL) != 0;
        boolean stemEndsVoiceless = (last & VOICELESS) != 0;
        if (ending.onset == Onset.VOWEL) {
            return !stemEndsInVowel;
        }
        if (ending.onset == Onset.ANY) {
            return true;
        }
        if ((last & DEVOICED_AT_END) != 0) {
            return true; // хаб, клуб, педагог are said with a voiceless end: хаб-тар, but also the written б before -ы
        }
        return switch (ending.onset) {
            case VOICELESS_CONSONANT -> stemEndsVoiceless;
            case AFTER_VOWEL -> stemEndsInVowel;
            default -> !stemEndsVoiceless;
        };
    }

    /** The reading of a stem: loanwords drop a final soft sign before an ending (ансамбль, ансамбл-і); б/г/ғ devoice. */
    private static int devoiced(char[] word, int stemLength) {
        int length = word[stemLength - 1] == 'ь' && stemLength > MIN_STEM + 1 ? stemLength - 1 : stemLength;
        char last = word[length - 1];
        return reading(length, switch (last) {
            case 'б' -> 'п';
            case 'г' -> 'к';
            case 'ғ' -> 'қ';
            default -> last;
        });
    }

    private static boolean isCyrillicWord(char[] word, int length) {
        for (int i = 0; i < length; i++) {
            if (word[i] < '\u0400' || word[i] > '\u04FF') {
                return false;
            }
        }
        return length > 0;
    }

    private static final int BACK = 1;
    private static final int FRONT = 2;
    private static final int VOWEL = 4;
    private static final int VOICELESS = 8;
    /** Letters written voiced but said voiceless at a word's end (mostly in loanwords): either kind of ending follows. */
    private static final int DEVOICED_AT_END = 16;

    /** What a letter is, as bits: back or front vowel (и, у, ю are vowels of neither), voiceless, devoiced at the end. */
    private static int sound(char c) {
        return switch (c) {
            case 'а', 'о', 'ұ', 'ы', 'я', 'ё' -> BACK | VOWEL;
            case 'ә', 'е', 'ө', 'ү', 'і', 'э' -> FRONT | VOWEL;
            case 'и', 'у', 'ю' -> VOWEL;
            case 'п', 'ф', 'к', 'қ', 'т', 'с', 'ш', 'щ', 'х', 'һ', 'ц', 'ч' -> VOICELESS;
            case 'б', 'г', 'ғ', 'д' -> DEVOICED_AT_END;
            default -> 0;
        };
    }

    private enum Harmony { BACK, FRONT, NEUTRAL, MIXED }

    private static Harmony lastVowelHarmony(char[] word, int length) {
        for (int i = length - 1; i >= 0; i--) {
            int sound = sound(word[i]);
            if ((sound & VOWEL) != 0) {
                return (sound & BACK) != 0 ? Harmony.BACK : (sound & FRONT) != 0 ? Harmony.FRONT : Harmony.NEUTRAL;
            }
        }
        return null;
    }

    private static Harmony harmony(String s) {
        int sounds = 0;
        for (int i = 0; i < s.length(); i++) {
            sounds |= sound(s.charAt(i));
        }
        boolean back = (sounds & BACK) != 0;
        boolean front = (sounds & FRONT) != 0;
        return back && front ? Harmony.MIXED : back ? Harmony.BACK : front ? Harmony.FRONT : Harmony.NEUTRAL;
    }

    /** What an ending's first sound asks of the stem's last. */
    private enum Onset {
        /** a vowel: after consonants */
        VOWEL,
        /** т, қ, к, п: after voiceless consonants */
        VOICELESS_CONSONANT,
        /** -сы and the bare possessives -м, -ң, -ңыз, -мыз: after vowels */
        AFTER_VOWEL,
        /** the rest (-да, -дың, -ға…): after vowels and voiced consonants */
        VOICED,
        /** the verbal noun's -у, -сыз, -шы, compound parts: after any sound (бер-у, ойна-у, тұз-сыз) */
        ANY
    }

    /** An ending as the stemmer checks it: the harmony of its vowels, what its first sound asks, the stem it leaves. */
    private record Ending(Harmony harmony, Onset onset, int minStem) {
        static Ending of(String ending, int minStem) {
            char first = ending.charAt(0);
            Onset onset = first == 'у' ? Onset.ANY
                    : (sound(first) & VOWEL) != 0 ? Onset.VOWEL
                    : "тқкп".indexOf(first) >= 0 ? Onset.VOICELESS_CONSONANT
                    : first == 'с' || first == 'й' || ending.equals("м") || ending.equals("ң") || ending.startsWith("ңыз") || ending.startsWith("ңіз")
                    || ending.startsWith("мыз") || ending.startsWith("міз") ? Onset.AFTER_VOWEL
                    : Onset.VOICED;
            return new Ending(KazakhStemmer.harmony(withoutInstrumental(ending)), onset, minStem);
        }

        Ending afterAnySound() {
            return new Ending(harmony, Onset.ANY, minStem);
        }
    }

    /** A letter of endings read from the end; marked when the letters from the root to here are an ending. */
    private static final class Node {
        final Node parent;
        final int depth;
        private char[] letters = new char[0];
        private Node[] children = new Node[0];
        Ending ending;

        Node(Node parent) {
            this.parent = parent;
            this.depth = parent == null ? 0 : parent.depth + 1;
        }

        Node child(char letter) {
            for (int i = 0; i < letters.length; i++) {
                if (letters[i] == letter) {
                    return children[i];
                }
            }
            return null;
        }

        Node childOrNew(char letter) {
            Node child = child(letter);
            if (child == null) {
                child = new Node(this);
                letters = Arrays.copyOf(letters, letters.length + 1);
                letters[letters.length - 1] = letter;
                children = Arrays.copyOf(children, children.length + 1);
                children[children.length - 1] = child;
            }
            return child;
        }
    }

    /** The nominal endings: the concatenations [plural][possessive][case][attributive] Kazakh morphotactics allows. */
    private static Set<String> nominalEndings() {
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
                    endings.add(ending);
                    if (kase.equals("да") || kase.equals("де") || kase.equals("та") || kase.equals("те")
                            || kase.equals("нда") || kase.equals("нде")) {
                        for (String attributive : ATTRIBUTIVE) {
                            endings.add(ending + attributive);
                        }
                    }
                }
            }
        }
        endings.addAll(ATTRIBUTIVE);
        endings.remove("");
        return endings;
    }

    /**
     * The nominal endings, then the verb forms (participles and the verbal noun declined as nouns), and with
     * {@code derivations} the derivational suffixes followed by any nominal ending, as one trie.
     */
    private static Node endingsTrie(boolean derivations) {
        Node root = new Node(null);
        Set<String> nominal = nominalEndings();
        for (String ending : nominal) {
            add(root, ending, Ending.of(ending, MIN_STEM));
        }
        Set<String> verbal = new HashSet<>(FINITE_VERB_FORMS);
        verbal.add(VERBAL_NOUN);
        nominal.forEach(ending -> verbal.add(VERBAL_NOUN + ending));
        for (String participle : PARTICIPLES) {
            verbal.add(participle);
            nominal.stream().filter(ending -> !ACCUSATIVE.contains(ending)).forEach(ending -> verbal.add(participle + ending));
        }
        verbal.removeAll(nominal); // -ды is the accusative and the past alike: read as the noun's, which asks less
        for (String ending : verbal) {
            int minStem = ending.startsWith(VERBAL_NOUN) ? MIN_VERBAL_NOUN_STEM
                    : (sound(ending.charAt(0)) & VOWEL) != 0 ? MIN_STEM_BEFORE_VOWEL_VERB_ENDING : MIN_STEM;
            add(root, ending, Ending.of(ending, minStem));
        }
        if (derivations) {
            Set<String> derived = new HashSet<>();
            for (String suffix : DERIVATIONS) {
                derived.add(suffix);
                nominal.forEach(ending -> derived.add(beforeEnding(suffix, ending) + ending));
            }
            derived.removeAll(nominal);
            derived.removeAll(verbal);
            for (String ending : derived) {
                Ending reading = Ending.of(ending, MIN_DERIVED_STEM);
                // -сыз and -шы follow any sound (тұз-сыз, балық-шы), unlike the possessive -сы they begin like
                add(root, ending, ending.startsWith("с") || ending.startsWith("ш") ? reading.afterAnySound() : reading);
            }
            for (String part : COMPOUND_PARTS) {
                add(root, part, new Ending(Harmony.NEUTRAL, Onset.ANY, MIN_DERIVED_STEM));
                nominal.forEach(ending -> add(root, part + ending, new Ending(Harmony.NEUTRAL, Onset.ANY, MIN_DERIVED_STEM)));
            }
        }
        return root;
    }

    /** A suffix's final қ/к is written ғ/г before a vowel: министр-лік, министр-ліг-і. */
    private static String beforeEnding(String suffix, String ending) {
        char last = suffix.charAt(suffix.length() - 1);
        if ((sound(ending.charAt(0)) & VOWEL) == 0 || (last != 'қ' && last != 'к')) {
            return suffix;
        }
        return suffix.substring(0, suffix.length() - 1) + (last == 'қ' ? 'ғ' : 'г');
    }

    private static void add(Node root, String ending, Ending reading) {
        if (harmony(withoutInstrumental(ending)) == Harmony.MIXED) {
            return;
        }
        Node node = root;
        for (int i = ending.length() - 1; i >= 0; i--) {
            node = node.childOrNew(ending.charAt(i));
        }
        node.ending = reading;
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

    /** The instrumental -мен/-бен/-пен(ен) does not follow vowel harmony (ассамблеясымен, органдармен). */
    private static String withoutInstrumental(String ending) {
        for (String instrumental : List.of("менен", "бенен", "пенен", "мен", "бен", "пен")) {
            if (ending.endsWith(instrumental)) {
                return ending.substring(0, ending.length() - instrumental.length());
            }
        }
        return ending;
    }
}
