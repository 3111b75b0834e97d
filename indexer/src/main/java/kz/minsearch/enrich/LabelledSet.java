package kz.minsearch.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the area classifier learns from, built into the indexer: the policy-area labelled set ({@code corpus/areas/}),
 * short texts in kk, ru and en, each with its form (press release, retelling, announcement, interview, decree,
 * regional report) and its areas; and the fixture web's labelled articles ({@code corpus/truth/articles.jsonl}, form
 * {@value #ARTICLE}), long texts that often span several areas.
 */
public final class LabelledSet {
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String ARTICLE = "article";

    /**
     * @param index its line among the short texts of its language (parallel texts share it); for an article, its event
     * @param text  for an article, its title and its paragraphs separated by blank lines
     */
    public record Text(Language lang, int index, String form, Set<String> areas, String text) {
        public boolean isArticle() {
            return ARTICLE.equals(form);
        }

        /** As a publication would hold it: an article's title, lead and body; a short text is all lead and body. */
        public AreaClassifier.Version asVersion() {
            if (!isArticle()) {
                return new AreaClassifier.Version(lang, "", text, text);
            }
            int title = text.indexOf("\n\n");
            String body = text.substring(title + 2);
            int lead = body.indexOf("\n\n");
            return new AreaClassifier.Version(lang, text.substring(0, title), lead < 0 ? body : body.substring(0, lead), body);
        }
    }

    private LabelledSet() {
    }

    public static List<Text> bundled() {
        List<Text> out = new ArrayList<>();
        for (Language lang : Language.ANALYZED) {
            String name = "areas/" + lang.code() + ".tsv";
            try (InputStream in = LabelledSet.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("the labelled set " + name + " is not on the classpath");
                }
                read(lang, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), out);
            } catch (IOException e) {
                throw new UncheckedIOException(name, e);
            }
        }
        try (InputStream in = LabelledSet.class.getResourceAsStream("areas/articles.jsonl")) {
            if (in == null) {
                throw new IllegalStateException("the labelled articles areas/articles.jsonl are not on the classpath");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    JsonNode a = JSON.readTree(line);
                    Set<String> areas = new LinkedHashSet<>();
                    a.get("areas").forEach(x -> areas.add(x.asText()));
                    out.add(new Text(Language.of(a.get("lang").asText()), Integer.parseInt(a.get("event").asText().replaceAll("\\D", "")),
                            ARTICLE, areas, a.get("title").asText() + "\n\n" + a.get("body").asText()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("areas/articles.jsonl", e);
        }
        return out;
    }

    private static void read(Language lang, BufferedReader in, List<Text> out) throws IOException {
        int index = 0;
        for (String line; (line = in.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 3) {
                throw new IllegalStateException(lang.code() + ".tsv: not form, areas and text in «" + line + "»");
            }
            Set<String> areas = new LinkedHashSet<>();
            Arrays.stream(cells[1].split(",")).map(String::strip).filter(a -> !a.isEmpty()).forEach(areas::add);
            out.add(new Text(lang, index++, cells[0].strip(), areas, cells[2].strip()));
        }
    }
}
