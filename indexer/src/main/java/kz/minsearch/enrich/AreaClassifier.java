package kz.minsearch.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Policy areas by a transparent linear model: for each area, a logistic regression over the text's analyzed terms
 * (the index's own analyzers, every reading of an ambiguous Kazakh form) and the curated {@link AreaTerms} scores,
 * trained on the labelled set ({@link LabelledSet}) when it is built — a few hundred short texts, milliseconds. An
 * area is kept when its probability reaches the threshold chosen by cross-validation; the terms that weighed most
 * for it are its reasons ({@code area_terms}). The versions of one release get one decision, from their probabilities
 * together.
 */
public final class AreaClassifier {
    /** @param score the probability the model gives the area; {@code terms} the evidence that weighed most for it */
    public record Match(String area, double score, List<String> terms) {
    }

    /** One version of a release: its language and text. */
    public record Version(Language lang, String title, String lead, String body) {
    }

    /**
     * @param l2         the L2 penalty of the regression
     * @param threshold  the probability an area needs
     * @param termLists  whether the curated term lists' scores are features beside the analyzed terms
     */
    public record Settings(double l2, double threshold, boolean termLists) {
        /** Chosen by `./minsearch eval enrichment`: cross-validated by text form on the short texts and by event on the articles. */
        public static final Settings SHIPPED = new Settings(0.0001, 0.4, true);
    }

    private static final int EPOCHS = 40;
    private static final double LEARNING_RATE = 1.0;
    private static final long SEED = 20261203L;
    private static final double TERM_LIST_SCALE = 3.0;
    private static final int MAX_AREAS = 4;
    private static final int MAX_REASONS = 6;
    /**
     * How much harder words and concepts are held back than the term lists' scores: a word seen in one form of text
     * only must not explain its area away from what carries over to texts of another form (cross-validated by form,
     * recall rose from 0.85 to 0.89 at the same precision).
     */
    private static final double WORD_L2 = 30;
    /** An area none of whose listed terms a text holds needs this probability: words alone are weaker evidence. */
    private static final double SURE = 0.6;
    /**
     * A text of this many passages is scored by the mean of its best quarter of them, a steadier figure than one
     * passage's probability, and needs {@link #LONG_TEXT_EASING} less: chosen on the articles cross-validated by event
     * (F1 0.854 at the short texts' 0.40, 0.865 at 0.35, 0.860 at 0.30), which leaves the short texts' figures alone.
     */
    private static final int LONG_TEXT = 4;
    private static final double LONG_TEXT_EASING = 0.05;
    /** The share of a long text's passages an area must hold in. */
    private static final double MIN_SUPPORT = 1.0 / 4;
    /**
     * How many short texts one labelled article counts for in training: articles are the form minsearch classifies,
     * long and spanning several areas, and a few dozen of them would otherwise be drowned by hundreds of short texts.
     */
    private static final int ARTICLE_WEIGHT = 3;
    private static final String TERMS = "terms:";
    /** An area's term-list score as a share of the best area's: what a long article is mostly about. */
    private static final String SHARE = "share:";
    /** Term features are scaled as if a text held this many terms. */
    private static final double NORM_TERMS = 10;
    /** A domain-dictionary concept: the same feature in every language, so a text teaches the model for all three. */
    private static final String CONCEPT = "concept:";

    private final AreaTerms terms;
    private final Settings settings;
    private final List<String> areas;
    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final Map<String, double[]> weights = new LinkedHashMap<>();
    private final Map<String, Double> bias = new LinkedHashMap<>();

    private AreaClassifier(AreaTerms terms, Settings settings, List<LabelledSet.Text> training) {
        this.terms = terms;
        this.settings = settings;
        Set<String> names = new TreeSet<>(terms.areas());
        training.forEach(t -> names.addAll(t.areas()));
        this.areas = List.copyOf(names);
        train(training);
    }

    private static final class Bundled {
        static final AreaClassifier INSTANCE = new AreaClassifier(new AreaTerms(), Settings.SHIPPED, LabelledSet.bundled());
    }

    /** The classifier minsearch ships: the shipped settings, trained once on the whole bundled labelled set. */
    public static AreaClassifier bundled() {
        return Bundled.INSTANCE;
    }

    /** A classifier trained on the given texts (cross-validation trains one per fold). */
    public static AreaClassifier trainedOn(List<LabelledSet.Text> training, Settings settings, AreaTerms terms) {
        return new AreaClassifier(terms, settings, training);
    }

    public List<Match> classify(Language lang, String title, String lead, String body) {
        return classify(List.of(new Version(lang, title, lead, body)));
    }

    /**
     * One decision for the versions of one release. A long text is read passage by passage (its paragraphs, the title
     * with the first), as the model learned from texts of a paragraph's length: an area's score in a version is the
     * mean probability of its best passages, as many as a quarter of them, so an area must hold across the text, not
     * in one passing mention; the versions' scores are averaged.
     */
    public List<Match> classify(List<Version> versions) {
        Map<String, Double> probability = new LinkedHashMap<>();
        Map<String, Map<String, Double>> reasons = new LinkedHashMap<>();
        Set<String> listed = new java.util.HashSet<>();
        int longest = 0;
        for (Version v : versions) {
            List<String> passages = passages(v);
            longest = Math.max(longest, passages.size());
            int needed = Math.max(1, (int) Math.ceil(passages.size() * MIN_SUPPORT));
            Map<String, List<Double>> byArea = new LinkedHashMap<>();
            for (String passage : passages) {
                Evidence evidence = evidence(new Version(v.lang(), "", passage, passage));
                listed.addAll(evidence.phrases().keySet());
                for (String area : areas) {
                    double p = sigmoid(logit(area, evidence.features()));
                    byArea.computeIfAbsent(area, k -> new ArrayList<>()).add(p);
                    if (p >= settings.threshold()) {
                        contributions(area, v.lang(), evidence).forEach((term, c) -> reasons.computeIfAbsent(area, k -> new LinkedHashMap<>())
                                .merge(term, c, Double::sum));
                    }
                }
            }
            byArea.forEach((area, ps) -> {
                double best = ps.stream().sorted(Comparator.reverseOrder()).limit(needed).mapToDouble(Double::doubleValue).sum() / needed;
                probability.merge(area, best / versions.size(), Double::sum);
            });
        }
        List<Match> out = new ArrayList<>();
        double threshold = longest >= LONG_TEXT ? settings.threshold() - LONG_TEXT_EASING : settings.threshold();
        probability.forEach((area, p) -> {
            if (p >= threshold && (listed.contains(area) || p >= SURE)) {
                List<String> why = reasons.getOrDefault(area, Map.of()).entrySet().stream()
                        .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(MAX_REASONS)
                        .map(Map.Entry::getKey).toList();
                out.add(new Match(area, p, why));
            }
        });
        out.sort(Comparator.comparingDouble(Match::score).reversed());
        return out.size() > MAX_AREAS ? List.copyOf(out.subList(0, MAX_AREAS)) : out;
    }

    private static List<String> passages(Version v) {
        List<String> out = new ArrayList<>();
        for (String paragraph : v.body().split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                out.add(out.isEmpty() && !v.title().isBlank() ? v.title() + "\n" + paragraph : paragraph);
            }
        }
        if (out.isEmpty()) {
            out.add(v.title());
        }
        return out;
    }

    /** A text's features, and the term-list phrases behind each area's term-list feature. */
    private record Evidence(Map<String, Double> features, Map<String, List<String>> phrases) {
    }

    private Evidence evidence(Version given) {
        String body = InstitutionNames.blankedOut(given.body(), given.lang());
        // a passage is read as its own lead and body: blanked once
        String lead = given.lead().equals(given.body()) ? body : InstitutionNames.blankedOut(given.lead(), given.lang());
        Version v = new Version(given.lang(), InstitutionNames.blankedOut(given.title(), given.lang()), lead, body);
        Map<String, Double> features = new HashMap<>();
        String text = v.title() + "\n" + v.body();
        AnalyzedText analyzed = AnalyzedText.of(v.lang().analyzer(), text);
        List<Set<String>> positions = analyzed.positions();
        for (int i = 0; i < positions.size(); i++) {
            Set<String> readings = positions.get(i);
            double weight = AreaTerms.salience(i, positions.size());
            for (String reading : readings) {
                features.merge(v.lang().code() + ":" + reading, weight / readings.size(), Math::max);
            }
        }
        for (DomainDictionary.Concept c : DomainDictionary.bundled().in(v.lang(), analyzed)) {
            features.put(CONCEPT + c.id(), 1.0);
        }
        // the mean, not the length: a long article must not outweigh what a short text taught (the sum over hundreds
        // of terms would drown the evidence that matters)
        double norm = features.values().stream().mapToDouble(x -> x).sum() / NORM_TERMS;
        if (norm > 0) {
            features.replaceAll((k, x) -> x / norm);
        }
        Map<String, List<String>> phrases = new HashMap<>();
        if (settings.termLists()) {
            List<AreaTerms.Match> scores = terms.withElsewhere(v.lang(), v.title(), v.lead(), v.body());
            double best = scores.isEmpty() ? 1 : scores.get(0).score();
            for (AreaTerms.Match m : scores) {
                if (m.area().equals(AreaTerms.ELSEWHERE)) {
                    // what the text is about instead: it lowers every area's share, and the model weighs it
                    features.put(TERMS + m.area(), Math.log1p(m.score()) / TERM_LIST_SCALE);
                    continue;
                }
                features.put(TERMS + m.area(), Math.log1p(m.score()) / TERM_LIST_SCALE);
                features.put(SHARE + m.area(), m.score() / best);
                phrases.put(m.area(), m.terms());
            }
        }
        return new Evidence(features, phrases);
    }

    private void train(List<LabelledSet.Text> training) {
        List<Map<Integer, Double>> xs = new ArrayList<>();
        for (LabelledSet.Text t : training) {
            Map<Integer, Double> x = new HashMap<>();
            evidence(t.asVersion()).features()
                    .forEach((f, v) -> x.put(vocabulary.computeIfAbsent(f, k -> vocabulary.size()), v));
            xs.add(x);
        }
        // stochastic gradient descent, in one fixed shuffled order so that training is reproducible
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
            for (int k = 0; k < (training.get(i).isArticle() ? ARTICLE_WEIGHT : 1); k++) {
                order.add(i);
            }
        }
        java.util.Collections.shuffle(order, new java.util.Random(SEED));
        // words and concepts may only speak for an area, never against it: a long article holds hundreds of words
        // that short texts of other areas also used, and their weight must not pile up against its real subject
        boolean[] evidenceOnly = new boolean[vocabulary.size()];
        vocabulary.forEach((f, j) -> evidenceOnly[j] = !f.startsWith(TERMS) && !f.startsWith(SHARE));
        for (String area : areas) {
            double[] w = new double[vocabulary.size()];
            double b = 0;
            double[] y = training.stream().mapToDouble(t -> t.areas().contains(area) ? 1 : 0).toArray();
            for (int epoch = 0; epoch < EPOCHS; epoch++) {
                double rate = LEARNING_RATE / (1 + epoch * 0.1);
                for (int i : order) {
                    double z = b;
                    for (Map.Entry<Integer, Double> f : xs.get(i).entrySet()) {
                        z += w[f.getKey()] * f.getValue();
                    }
                    double error = sigmoid(z) - y[i];
                    for (Map.Entry<Integer, Double> f : xs.get(i).entrySet()) {
                        int j = f.getKey();
                        w[j] -= rate * (error * f.getValue() + (evidenceOnly[j] ? WORD_L2 * settings.l2() : settings.l2()) * w[j]);
                        if (evidenceOnly[j] && w[j] < 0) {
                            w[j] = 0;
                        }
                    }
                    b -= rate * error;
                }
            }
            weights.put(area, w);
            bias.put(area, b);
        }
    }

    private double logit(String area, Map<String, Double> features) {
        double[] w = weights.get(area);
        double z = bias.get(area);
        for (Map.Entry<String, Double> f : features.entrySet()) {
            Integer j = vocabulary.get(f.getKey());
            if (j != null) {
                z += w[j] * f.getValue();
            }
        }
        return z;
    }

    /** What weighed for an area in a text: analyzed terms by their weight, the term lists by the phrases they matched. */
    private Map<String, Double> contributions(String area, Language lang, Evidence evidence) {
        Map<String, Double> out = new LinkedHashMap<>();
        double[] w = weights.get(area);
        evidence.features().forEach((f, x) -> {
            Integer j = vocabulary.get(f);
            double c = j == null ? 0 : w[j] * x;
            if (c <= 0) {
                return;
            }
            if (f.equals(TERMS + area)) {
                for (String phrase : evidence.phrases().getOrDefault(area, List.of())) {
                    out.merge(phrase, c, Double::sum);
                }
            } else if (f.startsWith(CONCEPT)) {
                String term = DomainDictionary.bundled().concept(Integer.parseInt(f.substring(CONCEPT.length()))).terms().get(lang).get(0);
                out.merge(term, c, Double::sum);
            } else if (!f.startsWith(TERMS) && !f.startsWith(SHARE)) {
                out.merge(f.substring(f.indexOf(':') + 1), c, Double::sum);
            }
        });
        return out;
    }

    /** The areas the model knows. */
    public List<String> areas() {
        return areas;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
