package kz.minsearch.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * An English query said with the regular derivations of its words: the verb of a noun (development → develop,
 * digitization → digitize), the noun of a verb (develop → development, digitize → digitization) and the other
 * spelling (digitise). The index's KStem keeps derivations apart — the right default for ranking — so search adds
 * these readings at a lower weight than the user's own words: an exact match stays first.
 */
final class EnglishDerivations {
    private static final Pattern WORD = Pattern.compile("[a-z]{4,}");
    private static final int MIN_BASE = 4;
    /** Verbs whose noun is the verb with -ment: not a rule of the language, so a list (the verbs of public news). */
    private static final Set<String> MENT_VERBS = Set.of("develop", "manage", "establish", "improve", "invest", "govern",
            "agree", "announce", "appoint", "enforce", "achieve", "employ", "require", "settle", "treat", "engage",
            "encourage", "assess", "equip", "replace", "amend", "enjoy", "entertain", "enrich", "empower", "involve",
            "measure", "recruit", "commit", "deploy", "displace", "advance", "arrange", "enhance", "fulfil", "fulfill",
            "endorse", "punish", "state", "move", "pay");

    private EnglishDerivations() {
    }

    /** Alternative wordings of a query, each word changed the same way; none when no word has a derivation. */
    static List<String> of(String query) {
        String[] words = query.toLowerCase(Locale.ROOT).split("\\s+");
        Set<String> out = new LinkedHashSet<>();
        for (UnaryOperator<String> rule : List.<UnaryOperator<String>>of(EnglishDerivations::verb,
                EnglishDerivations::noun, EnglishDerivations::otherSpelling)) {
            List<String> changed = new ArrayList<>();
            boolean any = false;
            for (String w : words) {
                String d = WORD.matcher(w).matches() ? rule.apply(w) : null;
                changed.add(d == null ? w : d);
                any |= d != null;
            }
            if (any) {
                out.add(String.join(" ", changed));
            }
        }
        out.remove(String.join(" ", words));
        return List.copyOf(out);
    }

    /** The verb a noun is derived from, or null. */
    static String verb(String w) {
        for (String[] rule : new String[][]{{"ization", "ize"}, {"isation", "ise"}, {"ment", ""}, {"ation", "ate"}}) {
            if (w.endsWith(rule[0]) && w.length() - rule[0].length() >= MIN_BASE) {
                return w.substring(0, w.length() - rule[0].length()) + rule[1];
            }
        }
        return null;
    }

    /** The noun derived from a verb, or null. */
    static String noun(String w) {
        if (verb(w) != null) {
            return null;
        }
        for (String[] rule : new String[][]{{"ize", "ization"}, {"ise", "isation"}, {"ate", "ation"}}) {
            if (w.endsWith(rule[0]) && w.length() - rule[0].length() >= MIN_BASE - 1) {
                return w.substring(0, w.length() - rule[0].length()) + rule[1];
            }
        }
        return MENT_VERBS.contains(w) ? w + "ment" : null;
    }

    /** The -ize word in -ise (and the other way round), or null. */
    static String otherSpelling(String w) {
        for (String[] rule : new String[][]{{"ization", "isation"}, {"isation", "ization"}, {"ize", "ise"}, {"ise", "ize"},
                {"ized", "ised"}, {"ised", "ized"}}) {
            if (w.endsWith(rule[0]) && w.length() - rule[0].length() >= MIN_BASE - 1) {
                return w.substring(0, w.length() - rule[0].length()) + rule[1];
            }
        }
        return null;
    }
}
