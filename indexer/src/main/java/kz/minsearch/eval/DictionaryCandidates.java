package kz.minsearch.eval;

import kz.minsearch.enrich.AnalyzedText;
import kz.minsearch.enrich.DomainDictionary;
import kz.minsearch.enrich.Language;
import kz.minsearch.index.Publication;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Candidate entries for the domain dictionary, mined from the releases minsearch links: the translations of one
 * release are parallel text, so a term of one language that occurs in the same releases as a term of another, and
 * rarely elsewhere, is a candidate translation (Dice coefficient over releases). Candidates are for a person to
 * review; what is kept goes into {@code domain-dictionary.tsv} as data.
 */
public final class DictionaryCandidates {
    private static final int MIN_RELEASES = 2;
    private static final double MIN_DICE = 0.7;
    private static final int MIN_LENGTH = 4;

    public record Candidate(Language from, String term, Language to, String translation, int releases, double dice) {
        @Override
        public String toString() {
            return String.format("%s %-24s %s %-24s releases %d, dice %.2f", from.code(), term, to.code(), translation, releases, dice);
        }
    }

    private DictionaryCandidates() {
    }

    /** Crawls fixture webs as the evaluations do, links them, and mines their translation pairs. */
    public static List<Candidate> mine(List<Path> corpora) throws IOException {
        List<Publication> all = new ArrayList<>();
        for (Path corpus : corpora) {
            all.addAll(FixtureWeb.crawl(corpus).linked());
        }
        return fromLinked(all);
    }

    static List<Candidate> fromLinked(List<Publication> linked) {
        Map<String, Publication> byId = new HashMap<>();
        linked.forEach(p -> byId.put(p.id(), p));
        Set<String> known = known();
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < Language.ANALYZED.size(); i++) {
            for (int j = i + 1; j < Language.ANALYZED.size(); j++) {
                Language a = Language.ANALYZED.get(i);
                Language b = Language.ANALYZED.get(j);
                List<Set<String>[]> pairs = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                for (Publication p : linked) {
                    if (!p.lang().equals(a.code())) {
                        continue;
                    }
                    for (Publication.Link t : p.translations()) {
                        Publication other = byId.get(t.id());
                        if (other != null && other.lang().equals(b.code()) && seen.add(p.id() + other.id())) {
                            @SuppressWarnings("unchecked")
                            Set<String>[] pair = new Set[]{terms(a, p), terms(b, other)};
                            pairs.add(pair);
                        }
                    }
                }
                out.addAll(candidates(a, b, pairs, known));
            }
        }
        out.sort((x, y) -> Double.compare(y.dice() * y.releases(), x.dice() * x.releases()));
        return out;
    }

    private static List<Candidate> candidates(Language a, Language b, List<Set<String>[]> pairs, Set<String> known) {
        Map<String, Integer> fa = new HashMap<>();
        Map<String, Integer> fb = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (Set<String>[] pair : pairs) {
            pair[0].forEach(x -> fa.merge(x, 1, Integer::sum));
            pair[1].forEach(y -> fb.merge(y, 1, Integer::sum));
            for (String x : pair[0]) {
                for (String y : pair[1]) {
                    both.merge(x + "\t" + y, 1, Integer::sum);
                }
            }
        }
        Map<String, Candidate> bestForTerm = new LinkedHashMap<>();
        both.forEach((key, c) -> {
            String[] xy = key.split("\t");
            double dice = 2.0 * c / (fa.get(xy[0]) + fb.get(xy[1]));
            if (c >= MIN_RELEASES && dice >= MIN_DICE && !known.contains(a.code() + ":" + xy[0]) && !known.contains(b.code() + ":" + xy[1])) {
                Candidate cand = new Candidate(a, xy[0], b, xy[1], c, dice);
                Candidate before = bestForTerm.get(xy[0]);
                if (before == null || cand.dice() > before.dice()) {
                    bestForTerm.put(xy[0], cand);
                }
            }
        });
        return new ArrayList<>(bestForTerm.values());
    }

    private static Set<String> terms(Language lang, Publication p) {
        Set<String> out = new HashSet<>();
        for (Set<String> readings : AnalyzedText.of(lang.analyzer(), p.title() + "\n" + p.body()).positions()) {
            String first = readings.iterator().next();
            if (first.length() >= MIN_LENGTH && first.chars().noneMatch(Character::isDigit)) {
                out.add(first);
            }
        }
        return out;
    }

    /** The analyzed terms the dictionary already has, as lang:term. */
    private static Set<String> known() {
        Set<String> out = new HashSet<>();
        DomainDictionary d = DomainDictionary.bundled();
        for (int id = 0; id < d.size(); id++) {
            d.concept(id).analyzed().forEach((lang, forms) -> forms.forEach(f -> f.positions().forEach(r -> r.forEach(t -> out.add(lang.code() + ":" + t)))));
        }
        return out;
    }
}
