package kz.minsearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.minsearch.enrich.Registry;
import kz.minsearch.enrich.Language;
import kz.minsearch.eval.ExtractionEvaluation;
import kz.minsearch.eval.FixtureWeb;
import kz.minsearch.index.Publication;
import kz.minsearch.index.PublicationIndex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * nDCG@10 on a queries file (graded by event: 3 exactly about it, 2 substantially, 1 mentions it), per query
 * language and for cross-lingual queries, beside a baseline: the same publications in an index where every text field
 * has Elasticsearch's standard analyzer, searched with one plain multi_match and no boosts. Ranked by event: a
 * result counts for the first publication of its event in the list (its other language versions add nothing), so
 * the score says whether the right events come first, in any language.
 */
public final class RelevanceEvaluation {
    private static final int K = 10;

    /** @param grouped minsearch with one result per release ({@code group=release}, as the page shows it) */
    public record Score(String group, int queries, double minsearch, double grouped, double baseline) {
    }

    public record Report(List<Score> scores, List<String> details) {
        public Score group(String name) {
            return scores.stream().filter(s -> s.group().equals(name)).findFirst().orElseThrow();
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder(String.format("%-14s %7s %10s %10s %10s%n", "queries", "count", "minsearch", "grouped", "baseline"));
            scores.forEach(s -> out.append(String.format("%-14s %7d %10.3f %10.3f %10.3f%n", s.group(), s.queries(), s.minsearch(),
                    s.grouped(), s.baseline())));
            details.forEach(d -> out.append("  ").append(d).append('\n'));
            return out.toString();
        }
    }

    private RelevanceEvaluation() {
    }

    public static Report run(ElasticsearchClient client, Path corpus, Path queriesFile) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> eventByPath = new HashMap<>();
        ExtractionEvaluation.readTruth(corpus.resolve("truth/articles.jsonl"))
                .forEach((path, t) -> eventByPath.put(path, t.get("event").asText()));
        FixtureWeb.Crawled crawled = FixtureWeb.crawl(corpus);
        Map<String, String> eventById = new HashMap<>();
        crawled.byPath().forEach((path, p) -> eventById.put(p.id(), eventByPath.get(path)));
        List<Publication> publications = crawled.linked();

        String suffix = Long.toHexString(System.nanoTime());
        PublicationIndex ours = new PublicationIndex(client, "minsearch-eval-" + suffix, PublicationIndex.mapping());
        PublicationIndex baseline = new PublicationIndex(client, "minsearch-eval-baseline-" + suffix,
                PublicationIndex.baselineMapping());
        try {
            for (PublicationIndex index : List.of(ours, baseline)) {
                index.ensureCreated();
                index.index(publications, true);
            }
            SearchService search = new SearchService(client, new Facets(Registry.bundled()), ours.alias(), new CrossLingual());
            Map<String, List<double[]>> byGroup = new LinkedHashMap<>();
            List<String> details = new ArrayList<>();
            for (String line : Files.readAllLines(queriesFile)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode q = json.readTree(line);
                Map<String, Integer> grades = new HashMap<>();
                q.get("relevant").properties().forEach(e -> grades.put(e.getKey(), e.getValue().asInt()));
                List<String> oursRanked = search.search(SearchRequest.from(Map.of("q", List.of(q.get("q").asText()),
                        "size", List.of(String.valueOf(K))))).hits().stream().map(h -> eventById.get(h.id())).toList();
                List<String> groupedRanked = search.search(SearchRequest.from(Map.of("q", List.of(q.get("q").asText()),
                        "size", List.of(String.valueOf(K)), "group", List.of("release")))).hits().stream().map(h -> eventById.get(h.id())).toList();
                List<String> baseRanked = baselineSearch(client, baseline.alias(), q.get("q").asText()).stream().map(eventById::get).toList();
                double a = ndcg(oursRanked, grades);
                double g = ndcg(groupedRanked, grades);
                double b = ndcg(baseRanked, grades);
                String group = q.path("crosslingual").asBoolean(false) ? "cross-lingual" : q.get("lang").asText();
                byGroup.computeIfAbsent(group, k -> new ArrayList<>()).add(new double[]{a, b, g});
                byGroup.computeIfAbsent("overall", k -> new ArrayList<>()).add(new double[]{a, b, g});
                details.add(String.format("%s %-45s %.3f (baseline %.3f) %s", q.get("id").asText(), q.get("q").asText(), a, b, oursRanked));
            }
            List<Score> scores = new ArrayList<>();
            for (String group : Stream.of(List.of("overall"), Language.CODES, List.of("cross-lingual")).flatMap(List::stream).toList()) {
                List<double[]> v = byGroup.getOrDefault(group, List.of());
                scores.add(new Score(group, v.size(), v.stream().mapToDouble(x -> x[0]).average().orElse(0),
                        v.stream().mapToDouble(x -> x[2]).average().orElse(0), v.stream().mapToDouble(x -> x[1]).average().orElse(0)));
            }
            return new Report(scores, details);
        } finally {
            ours.delete();
            baseline.delete();
        }
    }

    @SuppressWarnings("rawtypes")
    private static List<String> baselineSearch(ElasticsearchClient client, String index, String text) throws IOException {
        SearchResponse<Map> r = client.search(s -> s.index(index).size(K).query(q -> q.multiMatch(m -> m.query(text)
                .fields("title_kk", "title_ru", "title_en", "lead_kk", "lead_ru", "lead_en", "body_kk", "body_ru", "body_en")
                .type(TextQueryType.BestFields))), Map.class);
        return r.hits().hits().stream().map(h -> h.id()).toList();
    }

    /** nDCG@10 over events: the first publication of an event gains its grade, later ones nothing. */
    static double ndcg(List<String> rankedEvents, Map<String, Integer> grades) {
        double dcg = 0;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < Math.min(K, rankedEvents.size()); i++) {
            String event = rankedEvents.get(i);
            if (event != null && seen.add(event)) {
                dcg += (Math.pow(2, grades.getOrDefault(event, 0)) - 1) / (Math.log(i + 2) / Math.log(2));
            }
        }
        List<Integer> ideal = grades.values().stream().sorted((x, y) -> y - x).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(K, ideal.size()); i++) {
            idcg += (Math.pow(2, ideal.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }
}
