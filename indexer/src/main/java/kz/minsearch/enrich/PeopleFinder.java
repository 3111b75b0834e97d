package kz.minsearch.enrich;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the registry's people in a text by their names in any script and inflected form (Балаеваның, Балаевой,
 * Balayeva's), and tells which of them were a minister of the lineage when the text was published: a person named
 * while holding such a role, or the holder of the role a title names ("министр культуры и информации" in 2024). An
 * unnamed "the Minister" is the ministry's own only in the ministry's own text, and never beside a title naming
 * another ministry or another person.
 */
public final class PeopleFinder {
    private static final int MAX_ENDING = 7;
    /** A surname alone is this person's only with a title right before it ("Министр Балаева", "Minister Balayeva"). */
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?iu)(министр\\p{L}*|minister|премьер\\p{L}*|premier)[\\s\\p{L}.-]{0,25}$");
    /** What may stand between a title and a surname: a given name, and a patronymic. */
    private static final Pattern GIVEN_NAMES = Pattern.compile("\\p{L}+(\\s+\\p{L}+)?");
    private static final Pattern INITIAL_BEFORE = Pattern.compile("(?u)\\p{Lu}\\.\\s?(\\p{Lu}\\.\\s?)?$");

    /** A person's names as patterns: any of the surnames, any of the given names, each with its endings. */
    private record Names(Registry.Person person, Pattern surname, Pattern given, List<Role> roles) {
    }

    /** A role of the lineage with the subjects its title names. */
    private record Role(Registry.Role role, Set<String> subjects) {
    }

    private final List<Names> people = new ArrayList<>();

    public PeopleFinder(Registry registry) {
        for (Registry.Person person : registry.people()) {
            Set<String> surnames = new LinkedHashSet<>();
            Set<String> given = new LinkedHashSet<>();
            person.names().values().forEach(variants -> variants.forEach(name -> {
                String[] words = name.strip().split("\\s+");
                surnames.add(stem(words[words.length - 1]));
                if (words.length > 1) {
                    given.add(stem(words[0]));
                }
            }));
            List<Role> roles = person.roles().stream().filter(Registry.Role::isMinister)
                    .map(r -> new Role(r, MinisterTitles.subjectsOf(r.title()))).toList();
            people.add(new Names(person, wordsPattern(surnames), given.isEmpty() ? null : wordsPattern(given), roles));
        }
    }

    private static Pattern wordsPattern(Set<String> stems) {
        String alternatives = String.join("|", stems.stream().map(Pattern::quote).toList());
        return Pattern.compile("(?<!\\p{L})(?:" + alternatives + ")\\p{L}{0," + MAX_ENDING + "}(?!\\p{L})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A name without a final vowel, which declension replaces (Балаев-а, Балаев-ой; Аид-а, Аид-ы). */
    static String stem(String name) {
        char last = Character.toLowerCase(name.charAt(name.length() - 1));
        return name.length() > 3 && "аaеeыyоoяі".indexOf(last) >= 0 ? name.substring(0, name.length() - 1) : name;
    }

    /** @param people everyone of the registry the text names; {@code ministers} those of them who were ministers of ours */
    public record Found(List<String> people, List<String> ministers) {
    }

    /** The people of a text of a publisher other than the ministry. */
    public Found find(String text, OffsetDateTime published) {
        return find(text, published, LanguageDetector.detect(text), false);
    }

    /**
     * @param ministrySource the text is the ministry's own (its portal): an unnamed "the Minister" is its minister
     */
    public Found find(String text, OffsetDateTime published, Language lang, boolean ministrySource) {
        Set<String> found = new LinkedHashSet<>();
        Set<String> ministers = new LinkedHashSet<>();
        YearMonth month = published == null ? null : YearMonth.from(published);
        List<Integer> namedAt = new ArrayList<>();
        for (Names p : people) {
            List<Integer> starts = mentions(p, text);
            if (!starts.isEmpty()) {
                found.add(p.person().id());
                namedAt.addAll(starts);
                if (p.roles().stream().anyMatch(r -> month == null || r.role().heldIn(month))) {
                    ministers.add(p.person().id());
                }
            }
        }
        boolean another = false;
        boolean unnamed = false;
        for (MinisterTitles.Title title : MinisterTitles.in(text, lang)) {
            switch (title.kind()) {
                case OURS -> holders(title.subjects(), month).forEach(id -> {
                    found.add(id);
                    ministers.add(id);
                });
                case OTHER -> another = true;
                case BARE -> {
                    if (title.named()) {
                        another |= namedAt.stream().noneMatch(at -> nameFollows(text, title.end(), at));
                    } else {
                        unnamed = true;
                    }
                }
            }
        }
        if (unnamed && ministrySource && !another && ministers.isEmpty() && month != null) {
            List<String> inOffice = holders(Set.of(), month);
            if (inOffice.size() == 1) { // two heads of the lineage in office (2019–2023): nobody is guessed
                found.add(inOffice.get(0));
                ministers.add(inOffice.get(0));
            }
        }
        return new Found(List.copyOf(found), List.copyOf(ministers));
    }

    /**
     * Where the person is named (each surname's start): a surname counts beside a given name anywhere in the text, an
     * initial, or a title right before it — a surname alone is too often a namesake's (Омаров, Абаев).
     */
    private static List<Integer> mentions(Names p, String text) {
        List<Integer> out = new ArrayList<>();
        Matcher m = p.surname().matcher(text);
        boolean givenNamed = p.given() != null && p.given().matcher(text).find();
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 40), m.start());
            if (givenNamed || INITIAL_BEFORE.matcher(before).find() || TITLE_BEFORE.matcher(before).find()) {
                out.add(m.start());
            }
        }
        return out;
    }

    /** A registry name at {@code name} is the one right after a title: at most a given name and a patronymic between. */
    private static boolean nameFollows(String text, int titleEnd, int name) {
        if (name < titleEnd || name - titleEnd > 40) {
            return false;
        }
        String gap = text.substring(titleEnd, name).strip();
        return gap.isEmpty() || GIVEN_NAMES.matcher(gap).matches();
    }

    /** The ids of whoever held, in that month, a lineage role whose title names all these subjects. */
    private List<String> holders(Set<String> subjects, YearMonth month) {
        if (month == null) {
            return List.of();
        }
        return people.stream().filter(p -> p.roles().stream().anyMatch(r -> r.role().heldIn(month) && r.subjects().containsAll(subjects)))
                .map(p -> p.person().id()).toList();
    }
}
