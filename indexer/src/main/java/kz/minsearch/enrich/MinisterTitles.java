package kz.minsearch.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads each "minister" in a text with the ministry its title names: "Мәдениет және ақпарат министрі", "министра
 * культуры и информации", "Minister of Culture and Information" name the lineage's ministries by their subjects
 * (culture, information, sport, social development, communications); "Көлік министрі", "министр энергетики",
 * "Minister of Agriculture", "Energy Minister" name another ministry; "the Minister said", "деді министр" name none.
 * Kazakh puts the ministry before the title and marks it on the title (министр-і: "its minister"), Russian after it in
 * the genitive, English after "of" or before the title; each is read in its own direction.
 */
final class MinisterTitles {
    /** What one title names. */
    enum Kind {
        /** a ministry of the lineage: {@link Title#subjects()} says which */
        OURS,
        /** another ministry, or a person the registry does not know */
        OTHER,
        /** no ministry and no one: "the Minister said" */
        BARE
    }

    /**
     * @param subjects the lineage subjects the title names (for {@link Kind#OURS})
     * @param named    a name follows the title ("Minister Aida Balayeva"): whose, the registry decides
     */
    record Title(Kind kind, Set<String> subjects, int start, int end, boolean named) {
        Title(Kind kind, Set<String> subjects, int start, int end) {
            this(kind, subjects, start, end, false);
        }
    }

    /** The title itself, not a deputy's, a vice-minister's or a prime minister's; the ministry ("министрлік") is no title. */
    private static final Pattern TITLE = Pattern.compile("(?iu)(?<![\\p{L}-])(?<!премьер-)(?<!prime )(?<!вице-)(?<!vice-)(?<!vice )(?<!deputy )"
            + "(министр(?:і(?:нің|не|н|мен|нен|нде)?|дің|ге|ді|мен|ден|а|у|ом|е|ы|ов|ам)?|ministers?(?:'s)?)(?![\\p{L}-])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’]*");

    /** The lineage's subjects by the stems that name them in kk, ru and en. */
    private static final String[][] SUBJECTS = {
            {"culture", "мәдениет", "культур", "cultur"},
            {"information", "ақпарат", "информаци", "information"},
            {"sport", "спорт", "sport"},
            {"social", "қоғамдық", "общественн", "социальн", "social", "public"},
            {"development", "даму", "развити", "development"},
            {"communications", "коммуникац", "communication"},
    };
    /** Words a ministry's name holds besides its subjects. */
    private static final Set<String> JOINERS = Set.of("және", "и", "and", "of", "the", "қр", "рк", "rk", "республикасы",
            "республикасының", "республики", "republic", "қазақстан", "қазақстанның", "казахстан", "kazakhstan", "&");
    /** Words before "Minister" in English that say nothing of a ministry. */
    private static final Set<String> EN_BEFORE = Set.of("the", "a", "an", "former", "acting", "then", "new", "our", "its",
            "first", "said", "that", "as", "by", "with", "to", "and");

    private MinisterTitles() {
    }

    static List<Title> in(String text, Language lang) {
        List<Title> out = new ArrayList<>();
        Matcher m = TITLE.matcher(text);
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            List<Token> before = before(text, m.start());
            List<Token> after = after(text, m.end());
            if (deputy(before, after)) {
                continue;
            }
            out.add(word.startsWith("minister") ? english(before, after, m.start(), m.end())
                    : word.startsWith("министрі") ? kazakhPossessed(before, m.start(), m.end())
                    : cyrillic(after, m.start(), m.end(), lang != Language.KK));
        }
        return out;
    }

    /** A deputy's title: "заместитель министра", "министрінің орынбасары", "Deputy Minister" (a person, not the minister). */
    private static boolean deputy(List<Token> before, List<Token> after) {
        return !before.isEmpty() && (before.get(0).lower().startsWith("заместител") || before.get(0).lower().equals("deputy"))
                || !after.isEmpty() && after.get(0).lower().startsWith("орынбасар");
    }

    /** The lineage subjects a run of words names, read through the joiners of a ministry's name; the word it stops at. */
    private record Chain(Set<String> subjects, Token stop) {
    }

    private static Chain chain(List<Token> words) {
        Set<String> subjects = new TreeSet<>();
        for (Token t : words) {
            String s = subject(t.lower());
            if (s != null) {
                subjects.add(s);
            } else if (!JOINERS.contains(t.lower())) {
                return new Chain(subjects, t);
            }
        }
        return new Chain(subjects, null);
    }

    /** "Мәдениет және ақпарат министрі": the ministry stands before a possessed title, and something always does. */
    private static Title kazakhPossessed(List<Token> before, int start, int end) {
        Set<String> subjects = chain(before).subjects();
        return new Title(subjects.isEmpty() ? Kind.OTHER : Kind.OURS, subjects, start, end);
    }

    /**
     * Russian "министр культуры и информации", "министр транспорта", "министр отметил"; in both, "Министр Аида Балаева",
     * "Министр, ...". Kazakh names no ministry after an unpossessed title ("Министрдің айтуынша").
     */
    private static Title cyrillic(List<Token> after, int start, int end, boolean russian) {
        Chain chain = chain(after);
        Token first = after.isEmpty() ? null : after.get(0);
        if (!chain.subjects().isEmpty()) {
            return new Title(Kind.OURS, chain.subjects(), start, end);
        }
        if (russian && chain.stop() == first && first != null && (genitive(first.lower()) || first.lower().equals("по"))) {
            return new Title(Kind.OTHER, Set.of(), start, end);
        }
        return new Title(Kind.BARE, Set.of(), start, end, first != null && first.capitalized());
    }

    /** "Minister of Culture", "Minister for Energy", "Culture Minister", "Energy Minister", "Minister Aida Balayeva". */
    private static Title english(List<Token> before, List<Token> next, int start, int end) {
        if (!next.isEmpty() && (next.get(0).lower().equals("of") || next.get(0).lower().equals("for"))) {
            Set<String> subjects = chain(next.subList(1, next.size())).subjects();
            return new Title(subjects.isEmpty() ? Kind.OTHER : Kind.OURS, subjects, start, end);
        }
        Set<String> subjects = new TreeSet<>();
        for (Token t : before) {
            String s = subject(t.lower());
            if (s != null && t.capitalized()) {
                subjects.add(s);
            } else if (!(t.lower().equals("and") && !subjects.isEmpty())) {
                if (subjects.isEmpty() && t.capitalized() && !EN_BEFORE.contains(t.lower())) {
                    return new Title(Kind.OTHER, Set.of(), start, end);
                }
                break;
            }
        }
        if (!subjects.isEmpty()) {
            return new Title(Kind.OURS, subjects, start, end);
        }
        return new Title(Kind.BARE, Set.of(), start, end, !next.isEmpty() && next.get(0).capitalized());
    }

    /**
     * A Russian word in the genitive that can name a ministry's field (транспорта, энергетики, финансов, сельского,
     * иностранных), not a verb in the past (отметила, сказали) nor a short function word.
     */
    private static boolean genitive(String w) {
        if (w.length() < 4 || w.endsWith("ла") || w.endsWith("ли") || w.endsWith("ло")) {
            return false;
        }
        for (String ending : new String[]{"а", "я", "ы", "и", "ов", "ев", "ей", "ого", "его", "ой", "ых", "их"}) {
            if (w.endsWith(ending)) {
                return !w.equals("также") && !w.equals("тогда");
            }
        }
        return false;
    }

    static String subject(String lowerWord) {
        for (String[] s : SUBJECTS) {
            for (int i = 1; i < s.length; i++) {
                if (lowerWord.startsWith(s[i])) {
                    return s[0];
                }
            }
        }
        return null;
    }

    /** The subjects a registry role's title names ("Minister of Culture and Sports": culture, sport). */
    static Set<String> subjectsOf(String roleTitle) {
        Set<String> out = new TreeSet<>();
        Matcher w = WORD.matcher(roleTitle);
        while (w.find()) {
            String s = subject(w.group().toLowerCase(Locale.ROOT));
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private record Token(String text, int start, int end) {
        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        boolean capitalized() {
            return Character.isUpperCase(text.codePointAt(0));
        }
    }

    /** Up to six words right after {@code from}, stopping at anything between them but spaces and "&". */
    private static List<Token> after(String text, int from) {
        List<Token> out = new ArrayList<>();
        Matcher w = WORD.matcher(text);
        int at = from;
        while (out.size() < 6 && w.find(at)) {
            if (!joinable(text.substring(at, w.start()))) {
                break;
            }
            out.add(new Token(w.group(), w.start(), w.end()));
            at = w.end();
        }
        return out;
    }

    /** Up to six words right before {@code to}, nearest first, stopping at punctuation. */
    private static List<Token> before(String text, int to) {
        int from = Math.max(0, to - 120);
        List<Token> all = new ArrayList<>();
        Matcher w = WORD.matcher(text).region(from, to);
        while (w.find()) {
            all.add(new Token(w.group(), w.start(), w.end()));
        }
        List<Token> out = new ArrayList<>();
        int at = to;
        for (int i = all.size() - 1; i >= 0 && out.size() < 6; i--) {
            Token t = all.get(i);
            if (!joinable(text.substring(t.end(), at))) {
                break;
            }
            out.add(t);
            at = t.start();
        }
        return out;
    }

    private static boolean joinable(String gap) {
        return gap.chars().allMatch(c -> Character.isWhitespace(c) || c == '&') && gap.length() <= 3;
    }
}
