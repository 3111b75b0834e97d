package kz.minsearch.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assigns policy areas from per-area terms in each language, matched through the index's own analyzers so that
 * inflected forms count, weighted by where they occur (a title says more than the body). Explainable: every area
 * comes with the terms that put it there.
 */
public final class AreaClassifier {
    static final double TITLE_WEIGHT = 3.0;
    static final double LEAD_WEIGHT = 2.0;
    static final double MIN_SCORE = 2.0;
    static final double MIN_SHARE_OF_BEST = 0.25;
    static final int MAX_AREAS = 4;

    public record Match(String area, double score, List<String> terms) {
    }

    private final Map<Language, Map<String, List<List<String>>>> terms = new EnumMap<>(Language.class);

    public AreaClassifier() {
        try (InputStream in = AreaClassifier.class.getResourceAsStream("area-terms.json")) {
            JsonNode areas = new ObjectMapper().readTree(in).get("areas");
            for (Language lang : Language.values()) {
                Map<String, List<List<String>>> byArea = new LinkedHashMap<>();
                areas.properties().forEach(area -> {
                    List<List<String>> phrases = new ArrayList<>();
                    area.getValue().get(lang.code()).forEach(t -> {
                        List<String> stems = analyze(lang.analyzer(), t.asText());
                        if (!stems.isEmpty() && !phrases.contains(stems)) { // two spellings of one stem count once
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
        List<String> titleStems = analyze(lang.analyzer(), title);
        List<String> leadStems = analyze(lang.analyzer(), lead);
        List<String> bodyStems = analyze(lang.analyzer(), body);
        List<Match> matches = new ArrayList<>();
        terms.get(lang).forEach((area, phrases) -> {
            double score = 0;
            List<String> matched = new ArrayList<>();
            for (List<String> phrase : phrases) {
                double s = TITLE_WEIGHT * count(titleStems, phrase) + LEAD_WEIGHT * count(leadStems, phrase)
                        + count(bodyStems, phrase);
                if (s > 0) {
                    score += s;
                    matched.add(String.join(" ", phrase));
                }
            }
            if (score > 0) {
                matches.add(new Match(area, score, matched));
            }
        });
        matches.sort(Comparator.comparingDouble(Match::score).reversed());
        if (matches.isEmpty()) {
            return matches;
        }
        double best = matches.get(0).score();
        return matches.stream()
                .filter(m -> m.score() >= MIN_SCORE && m.score() >= MIN_SHARE_OF_BEST * best)
                .limit(MAX_AREAS).toList();
    }

    private static int count(List<String> text, List<String> phrase) {
        int n = 0;
        outer:
        for (int i = 0; i + phrase.size() <= text.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (!text.get(i + j).equals(phrase.get(j))) {
                    continue outer;
                }
            }
            n++;
        }
        return n;
    }

    static List<String> analyze(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
