package kz.minsearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.minsearch.enrich.Registry;
import kz.minsearch.index.Publication;
import kz.minsearch.index.PublicationIndex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Search on natural-language questions, measured on a passage-retrieval set in KazQAD's form ({@code passages.jsonl}:
 * id, title, text; {@code queries.jsonl}: id, q, relevant passage ids with grades): every passage indexed as a
 * publication, every question sent as a user types it. nDCG@10 and recall@10 of minsearch's query path beside BM25
 * with a plain {@code multi_match} (title^2, text) over the same analyzers, and over Elasticsearch's {@code standard}
 * analyzer; by the question's length (1–3 words, 4–7, 8 and more), since questions are where a query path tuned on
 * short queries loses to plain BM25. The set is read where it lies (KazQAD is CC BY-SA: it is not copied in).
 */
public final class QuestionEvaluation {
    private static final int K = 10;
    private static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> METHODS = List.of("minsearch", "BM25, our analyzers, plain multi_match", "BM25, standard analyzer");
    static final List<String> BANDS = List.of("1-3 words", "4-7 words", "8+ words", "all");
    /**
     * Where a set says a question's language ({@code lang}), its questions again by where their answers are: some in
     * the question's language, or all in another — what a trilingual engine is for, and plain BM25 cannot do.
     */
    static final List<String> ANSWERS = List.of("answer in its language", "answer in another language");
    private static final List<String> ROWS = Stream.concat(BANDS.stream(), ANSWERS.stream()).toList();

    /**
     * @param ndcg     nDCG@10 by band, then by method; {@code recall} recall@10 alike; {@code counts} questions by band
     * @param noAnswer questions with no answer among the passages; {@code noAnswerHits} the hits they showed in all,
     *                 {@code noAnswerWhole} how many of those were not flagged partial
     */
    public record Report(Map<String, Map<String, Double>> ndcg, Map<String, Map<String, Double>> recall, Map<String, Integer> counts,
                         int passages, int noAnswer, int noAnswerHits, int noAnswerWhole, List<String> details) {
        public double ndcg(String band, String method) {
            return ndcg.get(band).get(method);
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder(String.format("%d questions over %d passages; nDCG@10 (recall@10)%n",
                    counts.get("all"), passages));
            out.append(String.format("  %-27s %6s", "length", "count"));
            METHODS.forEach(m -> out.append(String.format("  %-40s", m)));
            out.append('\n');
            for (String band : ROWS) {
                if (counts.get(band) == 0 && ANSWERS.contains(band)) {
                    continue;
                }
                out.append(String.format("  %-27s %6d", band, counts.get(band)));
                for (String m : METHODS) {
                    out.append(String.format("  %-40s", String.format("%.3f (%.3f)", ndcg.get(band).get(m), recall.get(band).get(m))));
                }
                out.append('\n');
            }
            if (noAnswer > 0) {
                out.append(String.format("  questions with no answer: %d, hits shown %d (%.1f a question), not flagged partial %d%n",
                        noAnswer, noAnswerHits, (double) noAnswerHits / noAnswer, noAnswerWhole));
            }
            details.forEach(d -> out.append("  ").append(d).append('\n'));
            return out.toString();
        }
    }

    private QuestionEvaluation() {
    }

    public static Report run(ElasticsearchClient client, Path set, boolean verbose) throws IOException {
        Map<String, String> passageById = new HashMap<>();
        Map<String, String> languageById = new HashMap<>();
        List<Publication> publications = new ArrayList<>();
        for (String line : Files.readAllLines(set.resolve("passages.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode p = JSON.readTree(line);
            String id = "q" + Integer.toHexString(p.get("id").asText().hashCode()) + "-" + publications.size();
            passageById.put(id, p.get("id").asText());
            languageById.put(p.get("id").asText(), p.path("lang").asText("kk"));
            // as the indexer makes an article: its lead is its first paragraph
            var article = new kz.minsearch.extract.Article("https://questions.example/" + p.get("id").asText(), "questions",
                    p.get("title").asText(), p.get("text").asText(), null);
            publications.add(new Publication(id, article.url(), article.source(), p.path("lang").asText("kk"), article.title(),
                    article.lead(), article.body(), null, null, List.of(), List.of(), List.of(), Map.of(), id, List.of(), List.of()));
        }
        String suffix = Long.toHexString(System.nanoTime());
        PublicationIndex ours = new PublicationIndex(client, "minsearch-questions-" + suffix, PublicationIndex.mapping());
        PublicationIndex standard = new PublicationIndex(client, "minsearch-questions-std-" + suffix,
                PublicationIndex.baselineMapping());
        Map<String, Map<String, List<double[]>>> scores = new LinkedHashMap<>();
        List<String> details = new ArrayList<>();
        List<int[]> noAnswer = new ArrayList<>();
        try {
            for (PublicationIndex index : List.of(ours, standard)) {
                index.ensureCreated();
                index.index(publications, true);
            }
            SearchService search = new SearchService(client, new Facets(Registry.bundled()), ours.alias(), new CrossLingual());
            for (String line : Files.readAllLines(set.resolve("queries.jsonl"))) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode q = JSON.readTree(line);
                String text = q.get("q").asText();
                Map<String, Integer> grades = new HashMap<>();
                q.get("relevant").properties().forEach(e -> grades.put(e.getKey(), e.getValue().asInt()));
                SearchResult found = search.search(SearchRequest.from(Map.of("q", List.of(text), "size", List.of(String.valueOf(K)))));
                if (grades.isEmpty()) { // a question with no answer among the passages: what does it show?
                    noAnswer.add(new int[]{found.hits().size(), (int) found.hits().stream().filter(h -> !h.partial()).count()});
                    if (verbose) {
                        details.add(String.format("%s no answer: %d hits, %d not flagged partial  %s", q.get("id").asText(),
                                found.hits().size(), found.hits().stream().filter(h -> !h.partial()).count(), text));
                    }
                    continue;
                }
                List<List<String>> ranked = List.of(
                        found.hits().stream().map(h -> passageById.get(h.id())).toList(),
                        bm25(client, ours.alias(), text).stream().map(passageById::get).toList(),
                        bm25(client, standard.alias(), text).stream().map(passageById::get).toList());
                List<String> rows = new ArrayList<>(List.of(band(text), "all"));
                String asked = q.path("lang").asText("");
                if (!asked.isEmpty()) {
                    rows.add(ANSWERS.get(grades.keySet().stream().anyMatch(p -> asked.equals(languageById.get(p))) ? 0 : 1));
                }
                for (int m = 0; m < METHODS.size(); m++) {
                    double[] v = {RelevanceEvaluation.ndcg(ranked.get(m), grades), recall(ranked.get(m), grades)};
                    for (String b : rows) {
                        scores.computeIfAbsent(b, k -> new LinkedHashMap<>()).computeIfAbsent(METHODS.get(m), k -> new ArrayList<>()).add(v);
                    }
                }
                if (verbose) {
                    details.add(String.format("%s %.3f (BM25 %.3f) %s", q.get("id").asText(), RelevanceEvaluation.ndcg(ranked.get(0), grades),
                            RelevanceEvaluation.ndcg(ranked.get(1), grades), text));
                }
            }
        } finally {
            ours.delete();
            standard.delete();
        }
        Map<String, Map<String, Double>> ndcg = new LinkedHashMap<>();
        Map<String, Map<String, Double>> recall = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String band : ROWS) {
            Map<String, List<double[]>> byMethod = scores.getOrDefault(band, Map.of());
            counts.put(band, byMethod.getOrDefault(METHODS.get(0), List.of()).size());
            Map<String, Double> n = new LinkedHashMap<>();
            Map<String, Double> r = new LinkedHashMap<>();
            for (String m : METHODS) {
                List<double[]> v = byMethod.getOrDefault(m, List.of());
                n.put(m, v.stream().mapToDouble(x -> x[0]).average().orElse(0));
                r.put(m, v.stream().mapToDouble(x -> x[1]).average().orElse(0));
            }
            ndcg.put(band, n);
            recall.put(band, r);
        }
        return new Report(ndcg, recall, counts, publications.size(), noAnswer.size(),
                noAnswer.stream().mapToInt(x -> x[0]).sum(), noAnswer.stream().mapToInt(x -> x[1]).sum(), details);
    }

    static String band(String question) {
        int words = question.strip().split("\\s+").length;
        return words <= 3 ? BANDS.get(0) : words <= 7 ? BANDS.get(1) : BANDS.get(2);
    }

    /** Plain BM25: the question as one multi_match over the titles (twice) and texts, nothing else. */
    @SuppressWarnings("rawtypes")
    private static List<String> bm25(ElasticsearchClient client, String index, String text) throws IOException {
        var r = client.search(s -> s.index(index).size(K).query(q -> q.multiMatch(m -> m.query(text)
                .fields("title_kk^2", "body_kk", "title_ru^2", "body_ru", "title_en^2", "body_en").type(TextQueryType.BestFields))), Map.class);
        return r.hits().hits().stream().map(h -> h.id()).toList();
    }

    private static double recall(List<String> ranked, Map<String, Integer> grades) {
        long relevant = grades.values().stream().filter(g -> g > 0).count();
        long found = ranked.stream().limit(K).filter(id -> grades.getOrDefault(id, 0) > 0).count();
        return relevant == 0 ? 0 : (double) found / relevant;
    }
}
