package kz.minsearch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.minsearch.index.Publication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extraction measured the way a user meets it: each publisher of a fixture web ({@code <corpus>/sites/<name>}) is
 * served on its own 127.0.0.1 port and crawled from its root with no per-site configuration; what comes out is
 * compared with {@code <corpus>/truth/articles.jsonl} (body token F1, title, date and language accuracy, articles
 * missed, non-articles taken for articles).
 */
public final class ExtractionEvaluation {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    public record Report(int truth, int found, List<String> missed, List<String> extra, double bodyF1, double titleAccuracy,
                         double dateAccuracy, double langAccuracy, List<String> wrong) {
        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            out.append(String.format("articles %d of %d found; missed %d; non-articles indexed %d%n", found, truth, missed.size(), extra.size()));
            out.append(String.format("body token F1 %.3f; title accuracy %.3f; date accuracy %.3f; language accuracy %.3f%n",
                    bodyF1, titleAccuracy, dateAccuracy, langAccuracy));
            missed.forEach(m -> out.append("  missed: ").append(m).append('\n'));
            extra.forEach(m -> out.append("  non-article: ").append(m).append('\n'));
            wrong.forEach(m -> out.append("  wrong: ").append(m).append('\n'));
            return out.toString();
        }
    }

    private ExtractionEvaluation() {
    }

    public static Report run(Path corpus) throws IOException {
        FixtureWeb.Crawled crawled = FixtureWeb.crawl(corpus);
        return compare(readTruth(corpus.resolve("truth/articles.jsonl")), crawled.byPath(), crawled.elsewhere());
    }

    /** A truth file ({@code truth/articles.jsonl}) by article path. */
    public static Map<String, JsonNode> readTruth(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> truth = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                JsonNode t = json.readTree(line);
                truth.put(t.get("path").asText(), t);
            }
        }
        return truth;
    }

    static Report compare(Map<String, JsonNode> truth, Map<String, Publication> crawled, List<String> elsewhere) {
        Map<String, Publication> byPath = new HashMap<>();
        List<String> extra = new ArrayList<>(elsewhere);
        crawled.forEach((path, p) -> {
            if (truth.containsKey(path)) {
                byPath.put(path, p);
            } else {
                extra.add(path);
            }
        });
        List<String> missed = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        double f1 = 0;
        int titles = 0;
        int dates = 0;
        int langs = 0;
        for (Map.Entry<String, JsonNode> e : truth.entrySet()) {
            Publication p = byPath.get(e.getKey());
            JsonNode t = e.getValue();
            if (p == null) {
                missed.add(e.getKey());
                continue;
            }
            double bodyF1 = tokenF1(p.body(), t.get("body").asText());
            f1 += bodyF1;
            if (bodyF1 < 0.95) {
                wrong.add(String.format("%s body F1 %.3f", e.getKey(), bodyF1));
            }
            if (p.title().equals(t.get("title").asText())) {
                titles++;
            } else {
                wrong.add(e.getKey() + " title «" + p.title() + "»");
            }
            if (p.published() != null && p.published().toInstant().equals(OffsetDateTime.parse(t.get("published").asText()).toInstant())) {
                dates++;
            } else {
                wrong.add(e.getKey() + " date " + p.published());
            }
            if (p.lang().equals(t.get("lang").asText())) {
                langs++;
            } else {
                wrong.add(e.getKey() + " lang " + p.lang());
            }
        }
        int n = truth.size();
        return new Report(n, byPath.size(), missed, extra, f1 / n, (double) titles / n, (double) dates / n, (double) langs / n, wrong);
    }

    /** Token F1 of two texts (lowercased word multisets), as the project's contract check computes it. */
    public static double tokenF1(String got, String expected) {
        Map<String, Integer> a = tokens(got);
        Map<String, Integer> b = tokens(expected);
        int common = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            common += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        }
        int total = a.values().stream().mapToInt(Integer::intValue).sum() + b.values().stream().mapToInt(Integer::intValue).sum();
        return common == 0 ? 0 : 2.0 * common / total;
    }

    private static Map<String, Integer> tokens(String text) {
        Map<String, Integer> out = new HashMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(java.util.Locale.ROOT));
        while (m.find()) {
            out.merge(m.group(), 1, Integer::sum);
        }
        return out;
    }
}
