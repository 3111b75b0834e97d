package kz.minsearch.eval;

import kz.minsearch.enrich.AreaClassifier;
import kz.minsearch.enrich.AreaTerms;
import kz.minsearch.enrich.LabelledSet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Policy areas cross-validated: the labelled set's short texts by text form (no form is learned and tested at once)
 * and by parallel text (a text and its translations on one side), the fixture web's articles by event (a release and
 * its translations on one side); what is not tested is always learned from. The curated term lists with thresholds
 * chosen on the training folds are the baseline; the learned model is measured with and without them as features,
 * over a small grid of its settings.
 */
public final class AreaEvaluation {
    private static final double[] MIN_SCORES = {1, 2, 3, 4, 5, 6, 8, 10};
    private static final double[] MIN_SHARES = {0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5};
    private static final int PARALLEL_FOLDS = 5;
    private static final int ARTICLE_FOLDS = 4;
    static final List<AreaClassifier.Settings> GRID = grid();

    /**
     * @param byForm the decisions by method on the short texts, folds by form; {@code byParallel} the same, folds by
     *               parallel text; {@code articles} on the fixture web's articles, folds by event
     */
    public record Report(int texts, int articles, Map<String, Confusion> byForm, Map<String, Confusion> byParallel,
                         Map<String, Confusion> onArticles) {
        public Confusion shippedByForm() {
            return byForm.get(shipped());
        }

        public Confusion shippedOnArticles() {
            return onArticles.get(shipped());
        }

        @Override
        public String toString() {
            return toString(false);
        }

        /** @param verbose also every short text the shipped model got wrong (by form) */
        public String toString(boolean verbose) {
            StringBuilder out = new StringBuilder(String.format("areas cross-validated (%d short labelled texts in kk, ru, en; "
                    + "%d fixture-web articles): micro precision / recall / F1%n", texts, articles));
            out.append(String.format("  %-56s %20s %20s %20s%n", "method", "by form", "by parallel", "articles"));
            byForm.forEach((method, c) -> out.append(String.format("  %-56s %20s %20s %20s%s%n", method, c.figures(),
                    byParallel.get(method).figures(), onArticles.get(method).figures(), method.equals(shipped()) ? "   <- shipped" : "")));
            Confusion shipped = shippedByForm();
            out.append("  the shipped model by form, per area:  precision  recall  (texts labelled)\n");
            shipped.areas().forEach(area -> out.append(String.format("    %-22s %9.3f %7.3f  (%d)%n", area, shipped.precision(area),
                    shipped.recall(area), shipped.labelled(area))));
            out.append(String.format("  texts about no area (off-topic news and the like): %d, given an area: %d by form, %d by "
                    + "parallel text%n", shipped.negatives(), shipped.negativesGivenAnArea(), byParallel.get(shipped()).negativesGivenAnArea()));
            if (verbose) {
                shipped.errors().forEach(e -> out.append("    ").append(e).append('\n'));
            }
            return out.toString();
        }
    }

    private AreaEvaluation() {
    }

    static String shipped() {
        return name(AreaClassifier.Settings.SHIPPED);
    }

    public static Report run() {
        List<LabelledSet.Text> set = LabelledSet.bundled();
        AreaTerms terms = new AreaTerms();
        Map<String, Confusion> byForm = new LinkedHashMap<>();
        Map<String, Confusion> byParallel = new LinkedHashMap<>();
        Map<String, Confusion> onArticles = new LinkedHashMap<>();
        // a fold key for the texts tested in it; null: always learned from
        Function<LabelledSet.Text, String> form = t -> t.isArticle() ? null : t.form();
        Function<LabelledSet.Text, String> parallel = t -> t.isArticle() ? null : String.valueOf(t.index() % PARALLEL_FOLDS);
        Function<LabelledSet.Text, String> event = t -> t.isArticle() ? String.valueOf(t.index() % ARTICLE_FOLDS) : null;
        String baseline = "term lists (thresholds chosen on the training folds)";
        byForm.put(baseline, termLists(set, terms, form));
        byParallel.put(baseline, termLists(set, terms, parallel));
        onArticles.put(baseline, termLists(set, terms, event));
        for (AreaClassifier.Settings s : GRID) {
            byForm.put(name(s), model(set, terms, s, form));
            byParallel.put(name(s), model(set, terms, s, parallel));
            onArticles.put(name(s), model(set, terms, s, event));
        }
        long articles = set.stream().filter(LabelledSet.Text::isArticle).count();
        return new Report(set.size() - (int) articles, (int) articles, byForm, byParallel, onArticles);
    }

    private static String name(AreaClassifier.Settings s) {
        return String.format("learned model, %s, L2 %s, p >= %.2f", s.termLists() ? "terms + term lists" : "terms only",
                s.l2(), s.threshold());
    }

    private static List<AreaClassifier.Settings> grid() {
        List<AreaClassifier.Settings> out = new ArrayList<>();
        for (boolean lists : new boolean[]{false, true}) {
            for (double l2 : new double[]{0.0001, 0.001}) {
                for (double threshold : new double[]{0.3, 0.4, 0.5}) {
                    out.add(new AreaClassifier.Settings(l2, threshold, lists));
                }
            }
        }
        return out;
    }

    private static Confusion model(List<LabelledSet.Text> set, AreaTerms terms, AreaClassifier.Settings settings,
                                   Function<LabelledSet.Text, String> foldOf) {
        Confusion f1 = new Confusion();
        for (String fold : folds(set, foldOf)) {
            List<LabelledSet.Text> train = set.stream().filter(t -> !fold.equals(foldOf.apply(t))).toList();
            AreaClassifier classifier = AreaClassifier.trainedOn(train, settings, terms);
            for (LabelledSet.Text t : set) {
                if (fold.equals(foldOf.apply(t))) {
                    Set<String> got = new HashSet<>();
                    classifier.classify(List.of(t.asVersion())).forEach(m -> got.add(m.area()));
                    f1.add(t, got);
                }
            }
        }
        return f1;
    }

    private static Confusion termLists(List<LabelledSet.Text> set, AreaTerms terms, Function<LabelledSet.Text, String> foldOf) {
        Map<LabelledSet.Text, List<AreaTerms.Match>> scored = new LinkedHashMap<>();
        set.forEach(t -> {
            AreaClassifier.Version v = t.asVersion();
            scored.put(t, terms.scores(v.lang(), v.title(), v.lead(), v.body()));
        });
        Confusion f1 = new Confusion();
        for (String fold : folds(set, foldOf)) {
            double best = -1;
            double[] chosen = {0, 0};
            for (double minScore : MIN_SCORES) {
                for (double minShare : MIN_SHARES) {
                    Confusion train = new Confusion();
                    scored.forEach((t, m) -> {
                        if (!fold.equals(foldOf.apply(t))) {
                            train.add(t, ids(AreaTerms.select(m, minScore, minShare)));
                        }
                    });
                    if (train.f1() > best) {
                        best = train.f1();
                        chosen = new double[]{minScore, minShare};
                    }
                }
            }
            double[] c = chosen;
            scored.forEach((t, m) -> {
                if (fold.equals(foldOf.apply(t))) {
                    f1.add(t, ids(AreaTerms.select(m, c[0], c[1])));
                }
            });
        }
        return f1;
    }

    private static java.util.SortedSet<String> folds(List<LabelledSet.Text> set, Function<LabelledSet.Text, String> foldOf) {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        set.forEach(t -> {
            String key = foldOf.apply(t);
            if (key != null) {
                out.add(key);
            }
        });
        return out;
    }

    private static Set<String> ids(List<AreaTerms.Match> matches) {
        Set<String> out = new HashSet<>();
        matches.forEach(m -> out.add(m.area()));
        return out;
    }

    /** The (text, area) decisions of one method: micro-averaged and per area, and the texts about no area. */
    public static final class Confusion {
        private final Map<String, int[]> byArea = new java.util.TreeMap<>(); // tp, fp, fn
        private int tp;
        private int fp;
        private int fn;
        private int negatives;
        private int negativesGivenAnArea;
        private final List<String> errors = new ArrayList<>();

        void add(LabelledSet.Text text, Set<String> got) {
            Set<String> expected = text.areas();
            for (String g : got) {
                boolean right = expected.contains(g);
                byArea.computeIfAbsent(g, k -> new int[3])[right ? 0 : 1]++;
                if (right) {
                    tp++;
                } else {
                    fp++;
                }
            }
            for (String e : expected) {
                if (!got.contains(e)) {
                    fn++;
                    byArea.computeIfAbsent(e, k -> new int[3])[2]++;
                }
            }
            if (expected.isEmpty()) {
                negatives++;
                negativesGivenAnArea += got.isEmpty() ? 0 : 1;
            }
            if (!expected.equals(got)) {
                String shown = text.text().replace('\n', ' ');
                errors.add(String.format("%s %-12s expected %s, got %s: %s", text.lang().code(), text.form(), new java.util.TreeSet<>(expected),
                        new java.util.TreeSet<>(got), shown.length() > 140 ? shown.substring(0, 140) + "…" : shown));
            }
        }

        public double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        public double f1() {
            return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }

        Set<String> areas() {
            return byArea.keySet();
        }

        double precision(String area) {
            int[] c = byArea.get(area);
            return c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
        }

        double recall(String area) {
            int[] c = byArea.get(area);
            return c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
        }

        int labelled(String area) {
            int[] c = byArea.get(area);
            return c[0] + c[2];
        }

        /** How many texts were labelled with no area, and how many of them got one. */
        public int negatives() {
            return negatives;
        }

        public int negativesGivenAnArea() {
            return negativesGivenAnArea;
        }

        List<String> errors() {
            return errors;
        }

        String figures() {
            return String.format("%.3f / %.3f / %.3f", precision(), recall(), f1());
        }
    }
}
