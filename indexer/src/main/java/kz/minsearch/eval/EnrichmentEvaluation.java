package kz.minsearch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import kz.minsearch.enrich.LabelledSet;
import kz.minsearch.enrich.Language;
import kz.minsearch.enrich.LanguageDetector;
import kz.minsearch.enrich.PeopleFinder;
import kz.minsearch.enrich.Registry;
import kz.minsearch.enrich.Linker;
import kz.minsearch.index.Publication;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * Enrichment measured on a fixture web and its truth: minister F1 and area micro-F1 over (article, id) pairs,
 * translation-link and related-link F1 over pairs of articles; then the areas cross-validated on the labelled set
 * ({@link AreaEvaluation}).
 */
public final class EnrichmentEvaluation {
    /**
     * @param ministerF1 empty when the corpus's truth names no ministers (the layouts' truth gives only what a page
     *                   is: title, date, language, its release); {@code areaF1} likewise
     * @param areaF1     on the fixture web's articles, by the shipped classifier (which learned from them too)
     * @param titles     empty when the corpus has no {@code people/titles.tsv}
     */
    public record Report(OptionalDouble ministerF1, OptionalDouble areaF1, AreaEvaluation.Report labelled, Optional<Titles> titles,
                         double translationF1, double relatedF1, List<String> errors) {
        @Override
        public String toString() {
            return toString(false);
        }

        public String toString(boolean verbose) {
            StringBuilder out = new StringBuilder();
            out.append(ministerF1.isPresent() ? String.format("minister F1 %.3f on the fixture web%n", ministerF1.getAsDouble())
                    : String.format("minister F1: none, the corpus's truth names no ministers%n"));
            titles.ifPresent(out::append);
            out.append(areaF1.isPresent() ? String.format("area micro-F1 %.3f on the fixture web (the shipped classifier, which also learned from "
                    + "these articles; one decision per release — the cross-validated figures below are the ones to trust)%n", areaF1.getAsDouble())
                    : String.format("area micro-F1: none, the corpus's truth gives no areas%n"));
            out.append(labelled.toString(verbose));
            out.append(String.format("translation-link F1 %.3f; related-link F1 %.3f%n", translationF1, relatedF1));
            errors.forEach(e -> out.append("  ").append(e).append('\n'));
            return out.toString();
        }
    }

    /**
     * Ministers on the role phrases of {@code people/titles.tsv} and on the labelled set's texts about no area (dated
     * within the current minister's term, where an unnamed "the Minister" was once taken for ours).
     *
     * @param otherMinistries texts of the phrases that name only another ministry's minister (or a deputy), and
     *                        {@code otherGiven} how many of them were given a minister
     */
    public record Titles(int phrases, double precision, double recall, int otherMinistries, int otherGiven, int offTopic,
                         int offTopicGiven, List<String> errors) {
        @Override
        public String toString() {
            StringBuilder out = new StringBuilder(String.format("ministers on %d role phrases in kk, ru, en: precision %.3f, recall %.3f; "
                    + "texts naming only another ministry's minister or a deputy: %d, given a minister: %d%n", phrases, precision, recall,
                    otherMinistries, otherGiven));
            out.append(String.format("ministers on the labelled set's texts about no area (dated 2024-06): %d texts, given a minister: %d%n",
                    offTopic, offTopicGiven));
            errors.forEach(e -> out.append("  ").append(e).append('\n'));
            return out.toString();
        }
    }

    private static final java.util.regex.Pattern MINISTER = java.util.regex.Pattern.compile("(?iu)министр|minister");

    static Titles titles(Path file) throws IOException {
        PeopleFinder finder = new PeopleFinder(Registry.bundled());
        Counts c = new Counts();
        int other = 0;
        int otherGiven = 0;
        List<String> errors = new ArrayList<>();
        int phrases = 0;
        for (String line : java.nio.file.Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            phrases++;
            OffsetDateTime date = OffsetDateTime.parse(cells[0] + "T12:00:00+05:00");
            Set<String> expected = cells[2].isBlank() ? Set.of() : Set.of(cells[2].split(","));
            Set<String> got = new HashSet<>(finder.find(cells[3], date, LanguageDetector.detect(cells[3]), cells[1].equals("ministry")).ministers());
            compare(c, expected, got, cells[3], errors);
            if (expected.isEmpty() && MINISTER.matcher(cells[3]).find()) {
                other++;
                otherGiven += got.isEmpty() ? 0 : 1;
            }
        }
        int offTopic = 0;
        int offTopicGiven = 0;
        OffsetDateTime term = OffsetDateTime.parse("2024-06-05T12:00:00+05:00");
        for (LabelledSet.Text t : LabelledSet.bundled()) {
            if (!t.isArticle() && t.areas().isEmpty()) {
                offTopic++;
                List<String> got = finder.find(t.text(), term, t.lang(), false).ministers();
                if (!got.isEmpty()) {
                    offTopicGiven++;
                    errors.add("off-topic text given " + got + ": " + t.text());
                }
            }
        }
        double precision = c.tp + c.fp == 0 ? 1 : (double) c.tp / (c.tp + c.fp);
        double recall = c.tp + c.fn == 0 ? 1 : (double) c.tp / (c.tp + c.fn);
        return new Titles(phrases, precision, recall, other, otherGiven, offTopic, offTopicGiven, errors);
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
            if (e.getValue().has("ministers")) {
                compare(ministers, set(e.getValue().get("ministers")), new HashSet<>(p.ministers()), e.getKey() + " ministers", errors);
            }
            if (e.getValue().has("areas")) {
                compare(areas, set(e.getValue().get("areas")), new HashSet<>(p.areas()), e.getKey() + " areas", errors);
            }
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
        boolean namesMinisters = truth.values().stream().anyMatch(t -> t.has("ministers"));
        boolean givesAreas = truth.values().stream().anyMatch(t -> t.has("areas"));
        Path titles = corpus.resolve("people/titles.tsv");
        return new Report(namesMinisters ? OptionalDouble.of(ministers.f1()) : OptionalDouble.empty(),
                givesAreas ? OptionalDouble.of(areas.f1()) : OptionalDouble.empty(), AreaEvaluation.run(),
                java.nio.file.Files.exists(titles) ? Optional.of(titles(titles)) : Optional.empty(),
                pairF1(truthTranslations, gotTranslations), pairF1(truthRelated, gotRelated), errors);
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
