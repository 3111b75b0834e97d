package kz.minsearch.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assigns policy areas from per-area terms in each language, matched through the index's own analyzers so that
 * inflected forms count, weighted by where they occur (a title says more than the body). Explainable: every area
 * comes with the terms that put it there.
 */
public final class AreaClassifier {
    static final double TITLE_WEIGHT = 3.0;
    static final double LEAD_WEIGHT = 2.0;
    static final double MIN_SCORE = 3.0;
    static final double MIN_SHARE_OF_BEST = 0.25;
    static final int MAX_AREAS = 4;

    public record Match(String area, double score, List<String> terms) {
    }

    /** A term or a text as analyzed: at each position the readings the analyzer gives (a Kazakh form may have several). */
    private record Positions(List<Set<String>> readings) {
        String primary() {
            return String.join(" ", readings.stream().map(r -> r.iterator().next()).toList());
        }
    }

    private final Map<Language, Map<String, List<Positions>>> terms = new EnumMap<>(Language.class);

    public AreaClassifier() {
        try (InputStream in = AreaClassifier.class.getResourceAsStream("area-terms.json")) {
            JsonNode areas = new ObjectMapper().readTree(in).get("areas");
            for (Language lang : Language.values()) {
                Map<String, List<Positions>> byArea = new LinkedHashMap<>();
                areas.properties().forEach(area -> {
                    List<Positions> phrases = new ArrayList<>();
                    area.getValue().get(lang.code()).forEach(t -> {
                        Positions stems = analyze(lang.analyzer(), t.asText());
                        if (!stems.readings().isEmpty() && !phrases.contains(stems)) { // two spellings of one stem count once
                            phrases.add(stems);
                        }
                    });
                    byArea.put(area.getKey(), phrases);
                });
                terms.put(lang, byArea);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("area-terms.json is unreadable", e);
        }
    }

    public List<Match> classify(Language lang, String title, String lead, String body) {
        return select(scores(lang, title, lead, body), MIN_SCORE, MIN_SHARE_OF_BEST);
    }

    /** Every area with any matched term, best first: the raw material {@link #select} thresholds. */
    public List<Match> scores(Language lang, String title, String lead, String body) {
        Positions titleStems = analyze(lang.analyzer(), title);
        Positions leadStems = analyze(lang.analyzer(), lead);
        Positions bodyStems = analyze(lang.analyzer(), body);
        List<Match> matches = new ArrayList<>();
        terms.get(lang).forEach((area, phrases) -> {
            double score = 0;
            List<String> matched = new ArrayList<>();
            for (Positions phrase : phrases) {
                double s = TITLE_WEIGHT * count(titleStems, phrase) + LEAD_WEIGHT * count(leadStems, phrase)
                        + count(bodyStems, phrase);
                if (s > 0) {
                    score += s;
                    matched.add(phrase.primary());
                }
            }
            if (score > 0) {
                matches.add(new Match(area, score, matched));
            }
        });
        matches.sort(Comparator.comparingDouble(Match::score).reversed());
        return matches;
    }

    /** The areas kept: at least {@code minScore}, at least {@code minShare} of the best area's score, four at most. */
    public static List<Match> select(List<Match> scored, double minScore, double minShare) {
        if (scored.isEmpty()) {
            return scored;
        }
        double best = scored.get(0).score();
        return scored.stream().filter(m -> m.score() >= minScore && m.score() >= minShare * best).limit(MAX_AREAS).toList();
    }

    /** How often the phrase occurs in the text: consecutive positions that each share a reading with the phrase's. */
    private static int count(Positions text, Positions phrase) {
        List<Set<String>> t = text.readings();
        List<Set<String>> p = phrase.readings();
        int n = 0;
        outer:
        for (int i = 0; i + p.size() <= t.size(); i++) {
            for (int j = 0; j < p.size(); j++) {
                if (java.util.Collections.disjoint(t.get(i + j), p.get(j))) {
                    continue outer;
                }
            }
            n++;
        }
        return n;
    }

    private static Positions analyze(Analyzer analyzer, String text) {
        List<Set<String>> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (increment.getPositionIncrement() > 0 || out.isEmpty()) {
                    out.add(new LinkedHashSet<>());
                }
                out.get(out.size() - 1).add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Positions(out);
    }
}
