package kz.minsearch.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a page declares about itself in schema.org JSON-LD: the types of its items (in arrays and {@code @graph}s
 * too), an article's {@code articleBody} and {@code headline}. A broken block says nothing.
 */
public final class JsonLd {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One item: its type lowercased, its article body and headline when it has them (empty otherwise). */
    public record Item(String type, String articleBody, String headline) {
    }

    private JsonLd() {
    }

    public static List<Item> items(Document page) {
        List<Item> out = new ArrayList<>();
        for (Element ld : page.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(ld.data()), out);
            } catch (IOException e) {
                // a broken block: the page's other evidence decides
            }
        }
        return out;
    }

    private static void collect(JsonNode node, List<Item> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
            return;
        }
        if (node.has("@graph")) {
            collect(node.get("@graph"), out);
        }
        JsonNode type = node.get("@type");
        if (type != null) {
            String t = (type.isArray() && !type.isEmpty() ? type.get(0) : type).asText().toLowerCase(Locale.ROOT);
            out.add(new Item(t, node.path("articleBody").asText(""), node.path("headline").asText("").strip()));
        }
    }
}
