package kz.minsearch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.minsearch.extract.PageExtractor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Main-content extraction on a real-page benchmark in the format of Scrapinghub's article-extraction benchmark
 * ({@code ground-truth.json} and {@code html/<id>.html.gz}), scored by that benchmark's own metric: shingles of four
 * {@code \w+} tokens, per-page precision and recall from tp, fp and fn divided by their sum, averaged over pages.
 */
public final class BenchEvaluation {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SHINGLE = 4;

    /** Figures others reach on the shared half (from the benchmark's published outputs; see its README). */
    private static final List<Map.Entry<String, Double>> PUBLISHED = List.of(
            Map.entry("Zyte AutoExtract (commercial, ML)", 0.971), Map.entry("rs-trafilatura", 0.973),
            Map.entry("trafilatura 2.0", 0.960), Map.entry("go-trafilatura", 0.956), Map.entry("newspaper4k", 0.952),
            Map.entry("Readability.js", 0.947), Map.entry("goose3", 0.911), Map.entry("boilerpipe", 0.856),
            Map.entry("jusText", 0.806), Map.entry("all visible text (html-text)", 0.648));

    /** @param article whether the page was taken for an article (every benchmark page is one) */
    public record PageScore(String id, String url, double precision, double recall, boolean empty, boolean article) {
        double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    public record Report(List<PageScore> pages, double precision, double recall, double f1, int empty, boolean sharedHalf) {
        public int articles() {
            return (int) pages.stream().filter(PageScore::article).count();
        }

        public String toString(boolean verbose) {
            StringBuilder out = new StringBuilder();
            out.append(String.format("%d pages; precision %.3f, recall %.3f, body F1 %.3f; empty bodies %d; taken for articles %d%n",
                    pages.size(), precision, recall, f1, empty, articles()));
            if (sharedHalf) {
                out.append(String.format("%n  %-36s %s%n", "extractor", "F1 on the same 91 pages"));
                List<Map.Entry<String, Double>> rows = new ArrayList<>(PUBLISHED);
                rows.add(Map.entry("minsearch", Math.round(f1 * 1000) / 1000.0));
                rows.sort(Map.Entry.<String, Double>comparingByValue().reversed());
                rows.forEach(r -> out.append(String.format("  %-36s %.3f%s%n", r.getKey(), r.getValue(),
                        r.getKey().equals("minsearch") ? "   <- this build" : "")));
            }
            if (verbose) {
                out.append('\n');
                pages.stream().sorted((a, b) -> Double.compare(a.f1(), b.f1())).forEach(p -> out.append(String.format(
                        "  %.3f  P %.3f R %.3f  %s%s  %s%n", p.f1(), p.precision(), p.recall(), p.id().substring(0, 12),
                        p.article() ? "" : " (not taken for an article)", p.url())));
            }
            return out.toString();
        }

        @Override
        public String toString() {
            return toString(false);
        }
    }

    private BenchEvaluation() {
    }

    public static Report run(Path bench) throws IOException {
        Path truthFile = bench.resolve("ground-truth.json");
        if (!Files.isRegularFile(truthFile)) {
            throw new IOException("no benchmark at " + bench + " (expected ground-truth.json and html/<id>.html.gz)");
        }
        JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
        List<PageScore> scores = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : truth.properties()) {
            String url = e.getValue().path("url").asText("https://example.org/" + e.getKey());
            Document page = read(bench.resolve("html").resolve(e.getKey() + ".html.gz"), url);
            PageExtractor.Page extracted = PageExtractor.extract(page, url, "bench");
            PageScore score = score(e.getKey(), url, extracted.article().body(), e.getValue().path("articleBody").asText(""));
            scores.add(new PageScore(score.id(), url, score.precision(), score.recall(), score.empty(), extracted.isArticle()));
        }
        return summarize(scores, truth.size() == 91);
    }

    private static Document read(Path file, String url) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return Jsoup.parse(in, "UTF-8", url);
        }
    }

    static PageScore score(String id, String url, String extracted, String expected) {
        Map<String, Integer> got = shingles(extracted);
        Map<String, Integer> want = shingles(expected);
        int tp = 0;
        int fp = 0;
        for (Map.Entry<String, Integer> s : got.entrySet()) {
            int common = Math.min(s.getValue(), want.getOrDefault(s.getKey(), 0));
            tp += common;
            fp += s.getValue() - common;
        }
        int fn = 0;
        for (Map.Entry<String, Integer> s : want.entrySet()) {
            fn += s.getValue() - Math.min(s.getValue(), got.getOrDefault(s.getKey(), 0));
        }
        double all = tp + fp + fn;
        double precision = fp + fn == 0 ? 1 : tp + fp == 0 ? Double.NaN : (tp / all) / ((tp + fp) / all);
        double recall = fp + fn == 0 ? 1 : tp + fn == 0 ? Double.NaN : (tp / all) / ((tp + fn) / all);
        return new PageScore(id, url, precision, recall, extracted.isBlank(), true);
    }

    static Report summarize(List<PageScore> scores, boolean sharedHalf) {
        double p = scores.stream().mapToDouble(PageScore::precision).filter(d -> !Double.isNaN(d)).average().orElse(0);
        double r = scores.stream().mapToDouble(s -> Double.isNaN(s.recall()) ? 0 : s.recall()).average().orElse(0);
        int empty = (int) scores.stream().filter(PageScore::empty).count();
        return new Report(scores, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), empty, sharedHalf);
    }

    static Map<String, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i + SHINGLE <= Math.max(tokens.size(), SHINGLE); i++) {
            out.merge(String.join(" ", tokens.subList(i, Math.min(i + SHINGLE, tokens.size()))), 1, Integer::sum);
        }
        out.remove("");
        return out;
    }
}
