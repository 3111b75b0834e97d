package kz.minsearch.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The curated per-area terms in each language ({@code area-terms.json}), matched through the index's own analyzers so
 * that inflected forms count, weighted by where they occur (a title says more than the body). Alone, with thresholds,
 * they were the first area classifier; now their scores are evidence the learned {@link AreaClassifier} weighs, and
 * the baseline it is measured against. Every score comes with the terms that made it.
 */
public final class AreaTerms {
    static final double TITLE_WEIGHT = 3.0;
    static final double LEAD_WEIGHT = 2.0;
    static final int MAX_AREAS = 4;

    public record Match(String area, double score, List<String> terms) {
    }

    /** The vocabulary of what the areas are not (sport, weather, prices, roads…): scored like an area, never one. */
    public static final String ELSEWHERE = "elsewhere";

    private final Map<Language, Map<String, List<AnalyzedText>>> terms = new EnumMap<>(Language.class);
    /** The same terms, to find them all in one reading of a text. */
    private final Map<Language, PhraseIndex<AnalyzedText>> index = new EnumMap<>(Language.class);

    public AreaTerms() {
        this(Map.of());
    }

    /** The shipped terms and more, by area and language code (an operator's, from the registry's files). */
    public AreaTerms(Map<String, Map<String, List<String>>> added) {
        try (InputStream in = AreaTerms.class.getResourceAsStream("area-terms.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, JsonNode> lists = new LinkedHashMap<>();
            root.get("areas").properties().forEach(e -> lists.put(e.getKey(), e.getValue()));
            lists.put(ELSEWHERE, root.get(ELSEWHERE));
            for (Language lang : Language.ANALYZED) {
                Map<String, List<AnalyzedText>> byArea = new LinkedHashMap<>();
                lists.entrySet().forEach(area -> {
                    List<String> texts = new ArrayList<>();
                    area.getValue().get(lang.code()).forEach(t -> texts.add(t.asText()));
                    texts.addAll(added.getOrDefault(area.getKey(), Map.of()).getOrDefault(lang.code(), List.of()));
                    List<AnalyzedText> phrases = new ArrayList<>();
                    texts.forEach(t -> {
                        AnalyzedText stems = AnalyzedText.of(lang.analyzer(), t);
                        if (!stems.isEmpty() && !phrases.contains(stems)) { // two spellings of one stem count once
                            phrases.add(stems);
                        }
                    });
                    byArea.put(area.getKey(), phrases);
                });
                terms.put(lang, byArea);
                PhraseIndex<AnalyzedText> all = new PhraseIndex<>();
                byArea.values().stream().flatMap(List::stream).distinct().forEach(phrase -> all.add(phrase, phrase));
                index.put(lang, all);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("area-terms.json is unreadable", e);
        }
    }

    /** The areas that have terms. */
    public Set<String> areas() {
        Set<String> out = terms.values().stream().flatMap(byArea -> byArea.keySet().stream())
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        out.remove(ELSEWHERE);
        return out;
    }

    /** Every area with any matched term, best first: the raw material {@link #select} thresholds. */
    public List<Match> scores(Language lang, String title, String lead, String body) {
        return withElsewhere(lang, title, lead, body).stream().filter(m -> !m.area().equals(ELSEWHERE)).toList();
    }

    /** As {@link #scores}, with {@link #ELSEWHERE}'s score among them where the text holds its terms. */
    List<Match> withElsewhere(Language lang, String title, String lead, String body) {
        if (!terms.containsKey(lang)) {
            return List.of(); // no area terms in a language minsearch does not analyze
        }
        Map<AnalyzedText, Double> weighted = new HashMap<>();
        PhraseIndex<AnalyzedText> all = index.get(lang);
        all.forEachOccurrence(AnalyzedText.of(lang.analyzer(), title), (phrase, p) -> weighted.merge(phrase, TITLE_WEIGHT, Double::sum));
        AnalyzedText leading = AnalyzedText.of(lang.analyzer(), lead);
        all.forEachStart(leading, (phrase, p) ->
                weighted.merge(phrase, LEAD_WEIGHT * salience(p, leading.positions().size()), Double::sum));
        all.forEachOccurrence(AnalyzedText.of(lang.analyzer(), body), (phrase, p) -> weighted.merge(phrase, 1.0, Double::sum));
        List<Match> matches = new ArrayList<>();
        terms.get(lang).forEach((area, phrases) -> {
            double score = 0;
            List<String> matched = new ArrayList<>();
            for (AnalyzedText phrase : phrases) {
                double s = weighted.getOrDefault(phrase, 0.0);
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

    /** How much less the last word of a lead counts than its first. */
    static final double DECAY = 0.6;

    /**
     * How much a word says of what a lead is about by where it stands: its subject comes first, the venue, the channel
     * or the audience last ("a business forum … in the hall of the drama theatre", "tickets sold … online").
     */
    static double salience(int position, int length) {
        return length <= 1 ? 1 : 1 - DECAY * position / (length - 1.0);
    }

    /** The areas kept: at least {@code minScore}, at least {@code minShare} of the best area's score, four at most. */
    public static List<Match> select(List<Match> scored, double minScore, double minShare) {
        if (scored.isEmpty()) {
            return scored;
        }
        double best = scored.get(0).score();
        return scored.stream().filter(m -> m.score() >= minScore && m.score() >= minShare * best).limit(MAX_AREAS).toList();
    }
}
