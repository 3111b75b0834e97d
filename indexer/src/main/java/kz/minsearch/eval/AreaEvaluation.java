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
     * @param byForm micro-F1 by method on the short texts, folds by form; {@code byParallel} the same, folds by
     *               parallel text; {@code articles} on the fixture web's articles, folds by event
     */
    public record Report(int texts, int articles, Map<String, Double> byForm, Map<String, Double> byParallel,
                         Map<String, Double> onArticles) {
        public double shippedByForm() {
            return byForm.get(shipped());
        }

        public double shippedOnArticles() {
            return onArticles.get(shipped());
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder(String.format("areas cross-validated, micro-F1 (%d short labelled texts in kk, ru, en; "
                    + "%d fixture-web articles):%n", texts, articles));
            out.append(String.format("  %-56s %10s %12s %12s%n", "method", "by form", "by parallel", "articles"));
            byForm.forEach((method, f1) -> out.append(String.format("  %-56s %10.3f %12.3f %12.3f%s%n", method, f1,
                    byParallel.get(method), onArticles.get(method), method.equals(shipped()) ? "   <- shipped" : "")));
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
        Map<String, Double> byForm = new LinkedHashMap<>();
        Map<String, Double> byParallel = new LinkedHashMap<>();
        Map<String, Double> onArticles = new LinkedHashMap<>();
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
                for (double threshold : new double[]{0.25, 0.35, 0.5}) {
                    out.add(new AreaClassifier.Settings(l2, threshold, lists));
                }
            }
        }
        return out;
    }

    private static double model(List<LabelledSet.Text> set, AreaTerms terms, AreaClassifier.Settings settings,
                                Function<LabelledSet.Text, String> foldOf) {
        MicroF1 f1 = new MicroF1();
        for (String fold : folds(set, foldOf)) {
            List<LabelledSet.Text> train = set.stream().filter(t -> !fold.equals(foldOf.apply(t))).toList();
            AreaClassifier classifier = AreaClassifier.trainedOn(train, settings, terms);
            for (LabelledSet.Text t : set) {
                if (fold.equals(foldOf.apply(t))) {
                    Set<String> got = new HashSet<>();
                    classifier.classify(List.of(t.asVersion())).forEach(m -> got.add(m.area()));
                    f1.add(t.areas(), got);
                }
            }
        }
        return f1.value();
    }

    private static double termLists(List<LabelledSet.Text> set, AreaTerms terms, Function<LabelledSet.Text, String> foldOf) {
        Map<LabelledSet.Text, List<AreaTerms.Match>> scored = new LinkedHashMap<>();
        set.forEach(t -> {
            AreaClassifier.Version v = t.asVersion();
            scored.put(t, terms.scores(v.lang(), v.title(), v.lead(), v.body()));
        });
        MicroF1 f1 = new MicroF1();
        for (String fold : folds(set, foldOf)) {
            double best = -1;
            double[] chosen = {0, 0};
            for (double minScore : MIN_SCORES) {
                for (double minShare : MIN_SHARES) {
                    MicroF1 train = new MicroF1();
                    scored.forEach((t, m) -> {
                        if (!fold.equals(foldOf.apply(t))) {
                            train.add(t.areas(), ids(AreaTerms.select(m, minScore, minShare)));
                        }
                    });
                    if (train.value() > best) {
                        best = train.value();
                        chosen = new double[]{minScore, minShare};
                    }
                }
            }
            double[] c = chosen;
            scored.forEach((t, m) -> {
                if (fold.equals(foldOf.apply(t))) {
                    f1.add(t.areas(), ids(AreaTerms.select(m, c[0], c[1])));
                }
            });
        }
        return f1.value();
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

    /** Micro-averaged F1 over (text, area) decisions. */
    static final class MicroF1 {
        private int tp;
        private int fp;
        private int fn;

        void add(Set<String> expected, Set<String> got) {
            for (String g : got) {
                if (expected.contains(g)) {
                    tp++;
                } else {
                    fp++;
                }
            }
            for (String e : expected) {
                if (!got.contains(e)) {
                    fn++;
                }
            }
        }

        double value() {
            return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
    }
}
