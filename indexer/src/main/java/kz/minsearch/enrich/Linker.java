package kz.minsearch.enrich;

import kz.minsearch.analysis.TranslitKey;
import kz.minsearch.index.Publication;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the same release in other languages on the same site (translations) and retellings of the same event on
 * other sites (related), without reading the languages: what survives translation is compared — the numbers, the
 * names (as Latin folding keys, so Балаева, Balayeva and Балаеваның meet), the registry's people — between
 * publications close in time; on one site, the same address but for its language part (/kk/news/101, ?lang=ru) and
 * the same minute of publication count too, as portals publish a release's languages together. Each publication links
 * to at most one translation per language and one retelling per site, the mutual best match; a retelling is also
 * linked to that release's translations, and a release's translations share its people and ministers (an English
 * version that only says "the Minister" is still about her) and one decision on its policy areas.
 */
public final class Linker {
    static final double TRANSLATION_THRESHOLD = 0.30;
    static final double RELATED_THRESHOLD = 0.30;
    private static final Duration TRANSLATION_WINDOW = Duration.ofHours(36);
    private static final Duration RELATED_WINDOW = Duration.ofDays(3);
    /** The farthest apart in time two linked publications can be: the wider of the two windows. */
    public static final Duration REACH = RELATED_WINDOW;
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,\\s]\\d{3})*");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]{3,}");
    private static final int NAME_KEY = 5;
    private static final Pattern LANGUAGE_PART = Pattern.compile("(?i)(/(kk|kz|ru|en|qaz|rus|eng)(?=/|$))|([?&]lang=[a-z]{2})");
    private static final Duration SAME_MOMENT = Duration.ofMinutes(10);

    /**
     * One decision on areas for each release: the classifier reads all its versions together, once, and the releases
     * are read on every core (the classifier is the linker's largest cost).
     */
    private static Map<List<String>, List<AreaClassifier.Match>> releaseAreas(Collection<List<String>> releases,
                                                                           Map<String, Publication> byId) {
        return releases.stream().distinct().toList().parallelStream().collect(Collectors.toMap(ids -> ids,
                        ids -> AreaClassifier.bundled().classify(ids.stream().map(byId::get).map(Linker::version).toList())));
    }

    /** A publication and its translations: a release, named by its ids in order. */
    private static List<String> release(String id, Set<String> translations) {
        List<String> ids = new ArrayList<>(translations);
        ids.add(id);
        ids.sort(null);
        return ids;
    }

    private static Publication withReleaseAreas(Publication p, List<AreaClassifier.Match> matches) {
        Map<String, List<String>> why = new LinkedHashMap<>();
        matches.forEach(m -> why.put(m.area(), m.terms()));
        return p.withAreas(List.copyOf(why.keySet()), why);
    }

    private static AreaClassifier.Version version(Publication p) {
        return new AreaClassifier.Version(Language.of(p.lang()), p.title(), p.lead(), p.body());
    }

    private record Features(Set<String> numbers, Set<String> names, Set<String> people, String addressWithoutLanguage) {
    }

    private Linker() {
    }

    /** The publications with their translations and related lists filled in. */
    public static List<Publication> link(List<Publication> publications) {
        List<Features> computed = publications.parallelStream().map(Linker::features).toList();
        Map<String, Features> features = new HashMap<>();
        for (int i = 0; i < publications.size(); i++) {
            features.put(publications.get(i).id(), computed.get(i));
        }
        Map<String, Publication> byId = new HashMap<>();
        publications.forEach(p -> byId.put(p.id(), p));
        Map<String, Set<String>> translations = mutualBest(publications, byId, features, true);
        Map<String, Set<String>> related = mutualBest(publications, byId, features, false);
        // a retelling of one language version relates to every version of that release
        Map<String, Set<String>> relatedClosed = new HashMap<>();
        for (Publication p : publications) {
            Set<String> all = new LinkedHashSet<>();
            for (String r : related.getOrDefault(p.id(), Set.of())) {
                all.add(r);
                all.addAll(translations.getOrDefault(r, Set.of()));
            }
            for (String t : translations.getOrDefault(p.id(), Set.of())) {
                for (String r : related.getOrDefault(t, Set.of())) {
                    all.add(r);
                    all.addAll(translations.getOrDefault(r, Set.of()));
                }
            }
            all.remove(p.id());
            relatedClosed.put(p.id(), all);
        }
        Map<String, List<String>> releases = new HashMap<>();
        translations.forEach((id, versions) -> releases.put(id, release(id, versions)));
        Map<List<String>, List<AreaClassifier.Match>> decided = releaseAreas(releases.values(), byId);
        List<Publication> out = new ArrayList<>();
        for (Publication p : publications) {
            Set<String> people = new LinkedHashSet<>(p.people());
            Set<String> ministers = new LinkedHashSet<>(p.ministers());
            for (String id : translations.getOrDefault(p.id(), Set.of())) {
                people.addAll(byId.get(id).people());
                ministers.addAll(byId.get(id).ministers());
            }
            p = p.withPeople(List.copyOf(people), List.copyOf(ministers));
            if (releases.containsKey(p.id())) {
                p = withReleaseAreas(p, decided.get(releases.get(p.id())));
            }
            List<Publication.Link> t = translations.getOrDefault(p.id(), Set.of()).stream().map(id -> byId.get(id).asLink()).toList();
            String self = p.id();
            List<Publication.Link> r = relatedClosed.get(self).stream().filter(id -> !translations.getOrDefault(self, Set.of()).contains(id))
                    .map(id -> byId.get(id).asLink()).toList();
            out.add(p.withLinks(t, r));
        }
        return out;
    }

    /** For each publication, the best partner per language (translations) or per site (related), kept when mutual. */
    private static Map<String, Set<String>> mutualBest(List<Publication> all, Map<String, Publication> byId,
                                                       Map<String, Features> features, boolean translation) {
        Map<String, Map<String, String>> best = new HashMap<>();
        Map<String, Map<String, Double>> bestScore = new HashMap<>();
        // sorted by time, each publication is compared only with those inside the window: n·k, not n²
        List<Publication> dated = all.stream().filter(p -> p.published() != null)
                .sorted(java.util.Comparator.comparing(Publication::published)).toList();
        Duration window = translation ? TRANSLATION_WINDOW : RELATED_WINDOW;
        // scored on all cores, offered in order: the same links as one thread would make
        List<List<Candidate>> candidates = java.util.stream.IntStream.range(0, dated.size()).parallel()
                .mapToObj(i -> candidates(dated, i, features, translation, window)).toList();
        for (List<Candidate> fromOne : candidates) {
            for (Candidate c : fromOne) {
                offer(best, bestScore, c.a().id(), translation ? c.b().lang() : c.b().source(), c.b().id(), c.score());
                offer(best, bestScore, c.b().id(), translation ? c.a().lang() : c.a().source(), c.a().id(), c.score());
            }
        }
        Map<String, Set<String>> links = new HashMap<>();
        best.forEach((a, slots) -> slots.forEach((slot, b) -> {
            Publication pa = byId.get(a);
            String back = best.getOrDefault(b, Map.of()).get(translation ? pa.lang() : pa.source());
            if (a.equals(back)) {
                links.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
            }
        }));
        return links;
    }

    private record Candidate(Publication a, Publication b, double score) {
    }

    /** The later publications within the window that could be the {@code i}th's partner, with their scores. */
    private static List<Candidate> candidates(List<Publication> dated, int i, Map<String, Features> features,
                                              boolean translation, Duration window) {
        List<Candidate> out = new ArrayList<>();
        Publication a = dated.get(i);
        for (int j = i + 1; j < dated.size(); j++) {
            Publication b = dated.get(j);
            Duration gap = Duration.between(a.published(), b.published()).abs();
            if (gap.compareTo(window) > 0) {
                break;
            }
            boolean sameSource = a.source().equals(b.source());
            if (translation != sameSource || translation && a.lang().equals(b.lang())) {
                continue;
            }
            double s = score(features.get(a.id()), features.get(b.id()));
            if (translation) {
                s += features.get(a.id()).addressWithoutLanguage().equals(features.get(b.id()).addressWithoutLanguage()) ? 0.5 : 0;
                s += gap.compareTo(SAME_MOMENT) <= 0 ? 0.2 : 0;
            }
            if (s >= (translation ? TRANSLATION_THRESHOLD : RELATED_THRESHOLD)) {
                out.add(new Candidate(a, b, s));
            }
        }
        return out;
    }

    private static void offer(Map<String, Map<String, String>> best, Map<String, Map<String, Double>> bestScore,
                              String from, String slot, String to, double score) {
        if (score > bestScore.computeIfAbsent(from, k -> new HashMap<>()).getOrDefault(slot, -1.0)) {
            bestScore.get(from).put(slot, score);
            best.computeIfAbsent(from, k -> new HashMap<>()).put(slot, to);
        }
    }

    static double score(Features a, Features b) {
        double numbers = jaccard(a.numbers(), b.numbers());
        double names = jaccard(a.names(), b.names());
        double people = a.people().isEmpty() && b.people().isEmpty() ? 0 : jaccard(a.people(), b.people());
        return 0.45 * numbers + 0.35 * names + 0.20 * people;
    }

    private static Features features(Publication p) {
        String text = p.title() + "\n" + p.body();
        Set<String> numbers = new HashSet<>();
        Matcher n = NUMBER.matcher(text);
        while (n.find()) {
            String digits = n.group().replaceAll("\\D", "");
            if (digits.length() >= 2) {
                numbers.add(digits);
            }
        }
        Set<String> names = new HashSet<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            String key = TranslitKey.of(m.group());
            names.add(key.length() > NAME_KEY ? key.substring(0, NAME_KEY) : key);
        }
        return new Features(numbers, names, new HashSet<>(p.people()), LANGUAGE_PART.matcher(p.url()).replaceAll(""));
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String x : a) {
            if (b.contains(x)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }
}
