package kz.minsearch.enrich;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the registry's people in a text by their surnames in any script and inflected form (Балаеваның, Балаевой,
 * Balayeva's), and tells which of them were the ministry's minister when the text was published.
 */
public final class PeopleFinder {
    private static final int MAX_ENDING = 7;
    /** The minister's title (not the ministry's, not a deputy's or a prime minister's). */
    private static final Pattern MINISTER_WORD = Pattern.compile("(?iu)(?<!\\p{L})(?<!премьер-)(?<!prime )(?<!вице-)(?<!vice-)(?<!vice )"
            + "(министр(?:і|дің|ге|ді|а|ом|у|е)?|minister(?:'s)?)(?!\\p{L})");

    private record Pattern4Person(Registry.Person person, Pattern pattern) {
    }

    private final List<Pattern4Person> patterns = new ArrayList<>();

    public PeopleFinder(Registry registry) {
        for (Registry.Person person : registry.people()) {
            Set<String> stems = new LinkedHashSet<>();
            person.names().values().forEach(variants -> variants.forEach(name -> stems.add(surnameStem(name))));
            String alternatives = String.join("|", stems.stream().map(Pattern::quote).toList());
            patterns.add(new Pattern4Person(person, Pattern.compile(
                    "(?<!\\p{L})(?:" + alternatives + ")\\p{L}{0,"  + MAX_ENDING + "}(?!\\p{L})",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        }
    }

    /** The surname without a final vowel, which declension replaces (Балаев-а, Балаев-ой). */
    static String surnameStem(String name) {
        String[] words = name.strip().split("\\s+");
        String surname = words[words.length - 1];
        char last = Character.toLowerCase(surname.charAt(surname.length() - 1));
        return surname.length() > 4 && "аaеeыyоo".indexOf(last) >= 0 ? surname.substring(0, surname.length() - 1) : surname;
    }

    public record Found(List<String> people, List<String> ministers) {
    }

    public Found find(String text, OffsetDateTime published) {
        List<String> people = new ArrayList<>();
        List<String> ministers = new ArrayList<>();
        YearMonth month = published == null ? null : YearMonth.from(published);
        for (Pattern4Person p : patterns) {
            if (p.pattern().matcher(text).find()) {
                people.add(p.person().id());
                boolean minister = p.person().roles().stream()
                        .anyMatch(r -> r.isMinister() && (month == null || r.heldIn(month)));
                if (minister) {
                    ministers.add(p.person().id());
                }
            }
        }
        if (ministers.isEmpty() && month != null && MINISTER_WORD.matcher(text).find()) {
            // "the Minister said…" with no name: whoever headed the ministry that month, if the registry is sure
            List<String> inOffice = patterns.stream().map(Pattern4Person::person)
                    .filter(p -> p.roles().stream().anyMatch(r -> r.isMinister() && r.heldIn(month))).map(Registry.Person::id).toList();
            if (inOffice.size() == 1) {
                ministers.add(inOffice.get(0));
                if (!people.contains(inOffice.get(0))) {
                    people.add(inOffice.get(0));
                }
            }
        }
        return new Found(people, ministers);
    }
}
