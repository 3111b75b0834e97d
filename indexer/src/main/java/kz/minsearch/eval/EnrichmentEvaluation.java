package kz.minsearch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import kz.minsearch.enrich.AreaClassifier;
import kz.minsearch.enrich.Language;
import kz.minsearch.enrich.Linker;
import kz.minsearch.index.Publication;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Enrichment measured on a fixture web and its truth: minister F1 and area micro-F1 over (article, id) pairs,
 * translation-link and related-link F1 over pairs of articles. The area thresholds are also cross-validated: folds by
 * event (so a release and its translations never sit on both sides), thresholds chosen on the other folds.
 */
public final class EnrichmentEvaluation {
    private static final int FOLDS = 4;
    private static final double[] MIN_SCORES = {1, 2, 3, 4, 5, 6, 8, 10};
    private static final double[] MIN_SHARES = {0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5};

    public record Report(double ministerF1, double areaF1, double areaCrossValidatedF1, double bestMinScore,
                         double bestMinShare, double translationF1, double relatedF1, List<String> errors) {
        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            out.append(String.format("minister F1 %.3f%n", ministerF1));
            out.append(String.format("area micro-F1 %.3f (shipped thresholds); cross-validated %.3f (%d folds by event; "
                    + "best on all data: min score %.0f, min share of best %.2f)%n", areaF1, areaCrossValidatedF1, FOLDS, bestMinScore, bestMinShare));
            out.append(String.format("translation-link F1 %.3f; related-link F1 %.3f%n", translationF1, relatedF1));
            errors.forEach(e -> out.append("  ").append(e).append('\n'));
            return out.toString();
        }
    }

    private EnrichmentEvaluation() {
    }

    public static Report run(Path corpus) throws IOException {
        Map<String, JsonNode> truth = ExtractionEvaluation.readTruth(corpus.resolve("truth/articles.jsonl"));
        FixtureWeb.Crawled crawled = FixtureWeb.crawl(corpus);
        List<Publication> linked = Linker.link(new ArrayList<>(crawled.byPath().values()));
        Map<String, Publication> byPath = new LinkedHashMap<>();
        Map<String, String> pathById = new LinkedHashMap<>();
        for (Publication p : linked) {
            crawled.byPath().forEach((path, original) -> {
                if (original.id().equals(p.id())) {
                    byPath.put(path, p);
                    pathById.put(p.id(), path);
                }
            });
        }
        List<String> errors = new ArrayList<>();
        Counts ministers = new Counts();
        Counts areas = new Counts();
        Set<String> truthTranslations = new TreeSet<>();
        Set<String> truthRelated = new TreeSet<>();
        Set<String> gotTranslations = new TreeSet<>();
        Set<String> gotRelated = new TreeSet<>();
        for (Map.Entry<String, JsonNode> e : truth.entrySet()) {
            Publication p = byPath.get(e.getKey());
            if (p == null) {
                errors.add("not crawled: " + e.getKey());
                continue;
            }
            compare(ministers, set(e.getValue().get("ministers")), new HashSet<>(p.ministers()), e.getKey() + " ministers", errors);
            compare(areas, set(e.getValue().get("areas")), new HashSet<>(p.areas()), e.getKey() + " areas", errors);
            for (Map.Entry<String, JsonNode> other : truth.entrySet()) {
                if (other.getKey().compareTo(e.getKey()) > 0 && other.getValue().get("event").equals(e.getValue().get("event"))) {
                    boolean sameSite = other.getValue().get("site").equals(e.getValue().get("site"));
                    (sameSite ? truthTranslations : truthRelated).add(pair(e.getKey(), other.getKey()));
                }
            }
            p.translations().forEach(l -> gotTranslations.add(pair(e.getKey(), pathById.get(l.id()))));
            p.related().forEach(l -> gotRelated.add(pair(e.getKey(), pathById.get(l.id()))));
        }
        linkErrors("translation", truthTranslations, gotTranslations, errors);
        linkErrors("related", truthRelated, gotRelated, errors);
        double[] cv = crossValidateAreas(truth, byPath);
        return new Report(ministers.f1(), areas.f1(), cv[0], cv[1], cv[2], pairF1(truthTranslations, gotTranslations),
                pairF1(truthRelated, gotRelated), errors);
    }

    /** [cross-validated micro-F1, best min score on all data, best min share on all data] */
    private static double[] crossValidateAreas(Map<String, JsonNode> truth, Map<String, Publication> byPath) {
        AreaClassifier classifier = new AreaClassifier();
        Map<String, List<AreaClassifier.Match>> scored = new LinkedHashMap<>();
        Map<String, String> eventOf = new LinkedHashMap<>();
        byPath.forEach((path, p) -> {
            if (truth.containsKey(path)) {
                scored.put(path, classifier.scores(Language.of(p.lang()), p.title(), p.lead(), p.body()));
                eventOf.put(path, truth.get(path).get("event").asText());
            }
        });
        List<String> events = new ArrayList<>(new TreeSet<>(eventOf.values()));
        Counts held = new Counts();
        for (int fold = 0; fold < FOLDS; fold++) {
            Set<String> test = new HashSet<>();
            for (int i = fold; i < events.size(); i += FOLDS) {
                test.add(events.get(i));
            }
            List<String> trainPaths = scored.keySet().stream().filter(p -> !test.contains(eventOf.get(p))).toList();
            double[] best = bestThresholds(truth, scored, trainPaths);
            for (String path : scored.keySet()) {
                if (test.contains(eventOf.get(path))) {
                    compare(held, set(truth.get(path).get("areas")), areaIds(AreaClassifier.select(scored.get(path), best[0], best[1])), path, new ArrayList<>());
                }
            }
        }
        double[] all = bestThresholds(truth, scored, new ArrayList<>(scored.keySet()));
        return new double[]{held.f1(), all[0], all[1]};
    }

    private static double[] bestThresholds(Map<String, JsonNode> truth, Map<String, List<AreaClassifier.Match>> scored, List<String> paths) {
        double bestF1 = -1;
        double[] best = {0, 0};
        for (double minScore : MIN_SCORES) {
            for (double minShare : MIN_SHARES) {
                Counts c = new Counts();
                for (String path : paths) {
                    compare(c, set(truth.get(path).get("areas")), areaIds(AreaClassifier.select(scored.get(path), minScore, minShare)), path, new ArrayList<>());
                }
                if (c.f1() > bestF1) {
                    bestF1 = c.f1();
                    best = new double[]{minScore, minShare};
                }
            }
        }
        return best;
    }

    private static Set<String> areaIds(List<AreaClassifier.Match> matches) {
        Set<String> out = new HashSet<>();
        matches.forEach(m -> out.add(m.area()));
        return out;
    }

    private static final class Counts {
        int tp;
        int fp;
        int fn;

        double f1() {
            return tp == 0 ? (fp == 0 && fn == 0 ? 1 : 0) : 2.0 * tp / (2.0 * tp + fp + fn);
        }
    }

    private static void compare(Counts c, Set<String> expected, Set<String> got, String what, List<String> errors) {
        for (String g : got) {
            if (expected.contains(g)) {
                c.tp++;
            } else {
                c.fp++;
            }
        }
        for (String x : expected) {
            if (!got.contains(x)) {
                c.fn++;
            }
        }
        if (!expected.equals(got)) {
            errors.add(what + ": expected " + new TreeSet<>(expected) + ", got " + new TreeSet<>(got));
        }
    }

    private static void linkErrors(String kind, Set<String> expected, Set<String> got, List<String> errors) {
        expected.stream().filter(p -> !got.contains(p)).forEach(p -> errors.add(kind + " missed: " + p));
        got.stream().filter(p -> !expected.contains(p)).forEach(p -> errors.add(kind + " wrong: " + p));
    }

    private static double pairF1(Set<String> expected, Set<String> got) {
        Counts c = new Counts();
        compare(c, expected, got, "", new ArrayList<>());
        return c.f1();
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + " ~ " + b : b + " ~ " + a;
    }

    private static Set<String> set(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
