package kz.minsearch.eval;

import com.fasterxml.jackson.databind.JsonNode;
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
 * translation-link and related-link F1 over pairs of articles; then the areas cross-validated on the labelled set
 * ({@link AreaEvaluation}).
 */
public final class EnrichmentEvaluation {
    /** @param areaF1 on the fixture web's articles, by the shipped classifier (which learned from them too) */
    public record Report(double ministerF1, double areaF1, AreaEvaluation.Report labelled, double translationF1,
                         double relatedF1, List<String> errors) {
        @Override
        public String toString() {
            return toString(false);
        }

        public String toString(boolean verbose) {
            StringBuilder out = new StringBuilder();
            out.append(String.format("minister F1 %.3f%n", ministerF1));
            out.append(String.format("area micro-F1 %.3f on the fixture web (the shipped classifier, which also learned from "
                    + "these articles; one decision per release — the cross-validated figures below are the ones to trust)%n", areaF1));
            out.append(labelled.toString(verbose));
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
        return new Report(ministers.f1(), areas.f1(), AreaEvaluation.run(), pairF1(truthTranslations, gotTranslations),
                pairF1(truthRelated, gotRelated), errors);
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
