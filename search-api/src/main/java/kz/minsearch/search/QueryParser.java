package kz.minsearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The forgiving syntax users type: words, "quoted phrases" (also «…» and “…”), -exclusions, and OR (also |, ИЛИ,
 * НЕМЕСЕ) between two alternatives. Nothing else is syntax, nothing fails: an unclosed quote closes at the end, a
 * dangling OR or lone minus is ignored, and the result only ever becomes values of match queries.
 */
public final class QueryParser {
    private static final Set<String> OR = Set.of("or", "|", "или", "немесе");
    static final int MAX_ITEMS = 32;

    /** One thing to match: a word or a phrase. */
    public record Item(String text, boolean phrase) {
    }

    /** Each group must match (one of its alternatives); no exclusion may. */
    public record Parsed(List<List<Item>> groups, List<Item> excluded) {
        public boolean isEmpty() {
            return groups.isEmpty();
        }

        /** The plain words of single-alternative groups: the bag the main relevance clause scores. */
        public String words() {
            return words(false);
        }

        /** The words of single-alternative groups, the quoted ones too. */
        public String words(boolean withPhrases) {
            return String.join(" ", groups.stream().filter(g -> inBag(g, withPhrases)).map(g -> g.get(0).text()).toList());
        }

        /** Whether {@link #words(boolean)} is all the query asks for: no alternatives, and no phrase left out of it. */
        public boolean onlyWords(boolean withPhrases) {
            return groups.stream().allMatch(g -> inBag(g, withPhrases));
        }

        /** Whether a group is scored in the bag of words rather than required on its own. */
        public static boolean inBag(List<Item> group, boolean withPhrases) {
            return group.size() == 1 && (withPhrases || !group.get(0).phrase());
        }
    }

    private QueryParser() {
    }

    public static Parsed parse(String input) {
        List<Object> tokens = tokenize(input == null ? "" : input);
        List<List<Item>> groups = new ArrayList<>();
        List<Item> excluded = new ArrayList<>();
        boolean orPending = false;
        for (Object t : tokens) {
            if (groups.size() + excluded.size() >= MAX_ITEMS) {
                break;
            }
            if (t instanceof String op) {
                orPending = !groups.isEmpty();
                continue;
            }
            Negatable n = (Negatable) t;
            if (n.negated()) {
                excluded.add(n.item());
                orPending = false;
            } else if (orPending) {
                groups.get(groups.size() - 1).add(n.item());
                orPending = false;
            } else {
                List<Item> group = new ArrayList<>();
                group.add(n.item());
                groups.add(group);
            }
        }
        return new Parsed(groups, excluded);
    }

    private record Negatable(Item item, boolean negated) {
    }

    private static List<Object> tokenize(String s) {
        List<Object> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = false;
            if (c == '-' && i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1))) {
                negated = true;
                i++;
                c = s.charAt(i);
            }
            int close = closingQuote(c);
            if (close >= 0) {
                int end = s.indexOf(close, i + 1);
                String phrase = (end < 0 ? s.substring(i + 1) : s.substring(i + 1, end)).strip();
                i = end < 0 ? s.length() : end + 1;
                if (!phrase.isEmpty()) {
                    out.add(new Negatable(new Item(phrase, phrase.contains(" ")), negated));
                }
                continue;
            }
            int end = i;
            while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && closingQuote(s.charAt(end)) < 0) {
                end++;
            }
            String word = s.substring(i, end);
            i = end;
            if (!negated && OR.contains(word.toLowerCase(Locale.ROOT)) && (word.equals("|") || word.equals(word.toUpperCase(Locale.ROOT)))) {
                out.add("OR");
            } else if (word.chars().anyMatch(Character::isLetterOrDigit)) {
                out.add(new Negatable(new Item(word, false), negated));
            }
        }
        return out;
    }

    private static int closingQuote(char c) {
        return switch (c) {
            case '"' -> '"';
            case '«' -> '»';
            case '“' -> '”';
            case '„' -> '“';
            default -> -1;
        };
    }
}
