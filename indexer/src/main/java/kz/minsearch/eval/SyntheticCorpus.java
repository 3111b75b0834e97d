package kz.minsearch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.minsearch.enrich.Registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded synthetic news pages in kk, ru and en for benchmarks: words drawn from the bundled labelled articles of each
 * language, the registry's people named now and then, dates over eight years, a page with the usual furniture
 * (navigation, a dated article, related links, a footer). The same seed gives the same pages.
 */
public final class SyntheticCorpus {
    /** One page: where it lives, which site, its language, and its HTML. */
    public record Page(String url, String source, String lang, String html) {
    }

    private static final String[] SOURCES = {"gov.example.kz", "news.example.kz", "aqparat.example.kz", "daily.example.kz"};
    private final Map<String, List<String>> words = new LinkedHashMap<>();
    private final List<String> names = new ArrayList<>();

    public SyntheticCorpus(Registry registry) {
        try (InputStream in = Registry.class.getResourceAsStream("areas/articles.jsonl")) {
            ObjectMapper json = new ObjectMapper();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    JsonNode a = json.readTree(line);
                    List<String> bag = words.computeIfAbsent(a.get("lang").asText(), k -> new ArrayList<>());
                    for (String w : (a.get("title").asText() + " " + a.get("body").asText()).split("[\\s«»\"“”()]+")) {
                        if (w.length() > 1 && !w.matches(".*\\d.*")) {
                            bag.add(w.replaceAll("[.,;:!?]+$", ""));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.people().forEach(p -> names.add(p.label("ru")));
    }

    public List<String> languages() {
        return List.copyOf(words.keySet());
    }

    /** Where the corpus's dates begin, and how long they run. */
    public static final OffsetDateTime START = OffsetDateTime.of(2019, 1, 1, 9, 0, 0, 0, ZoneOffset.ofHours(5));
    public static final Duration SPAN = Duration.ofDays(8 * 365);

    /** Page {@code i} of the corpus seeded with {@code seed}. */
    public Page page(long seed, int i) {
        return page(seed, i, START, SPAN);
    }

    /** Page {@code i}, published within {@code span} after {@code from}: the news that arrives after the corpus. */
    public Page page(long seed, int i, OffsetDateTime from, Duration span) {
        Random r = new Random(seed * 1_000_003L + i);
        String lang = languages().get(i % languages().size());
        String source = SOURCES[r.nextInt(SOURCES.length)];
        OffsetDateTime published = from.plusMinutes(r.nextInt((int) span.toMinutes()));
        String title = sentence(r, lang, 6 + r.nextInt(6));
        StringBuilder body = new StringBuilder();
        int paragraphs = 3 + r.nextInt(5);
        for (int p = 0; p < paragraphs; p++) {
            String text = sentence(r, lang, 25 + r.nextInt(40));
            if (r.nextInt(4) == 0 && !names.isEmpty()) {
                text = names.get(r.nextInt(names.size())) + " " + text;
            }
            if (r.nextInt(3) == 0) {
                text += " " + (2 + r.nextInt(500)) + " " + sentence(r, lang, 5);
            }
            body.append("<p>").append(escape(text)).append(".</p>\n");
        }
        String url = "https://" + source + "/" + lang + "/news/" + published.toLocalDate() + "/" + i;
        String html = "<!doctype html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>" + escape(title) + " | " + source
                + "</title><meta property=\"article:published_time\" content=\"" + published + "\"></head><body>"
                + "<header><nav><a href=\"/\">Home</a> <a href=\"/" + lang + "/news/\">News</a> <a href=\"/about\">About</a></nav></header>"
                + "<main><article><h1>" + escape(title) + "</h1><time datetime=\"" + published + "\">" + published.toLocalDate() + "</time>\n"
                + body + "</article><aside><h2>More</h2><ul><li><a href=\"/" + lang + "/news/" + (i + 1) + "\">" + escape(sentence(r, lang, 6))
                + "</a></li><li><a href=\"/" + lang + "/news/" + (i + 2) + "\">" + escape(sentence(r, lang, 7)) + "</a></li></ul></aside></main>"
                + "<footer><p>© " + source + "</p></footer></body></html>";
        return new Page(url, source, lang, html);
    }

    private String sentence(Random r, String lang, int length) {
        List<String> bag = words.get(lang);
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < length; k++) {
            String w = bag.get(r.nextInt(bag.size()));
            s.append(k == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : " " + w);
        }
        return s.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
