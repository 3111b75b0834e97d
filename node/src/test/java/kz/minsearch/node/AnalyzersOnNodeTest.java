package kz.minsearch.node;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plugin as Elasticsearch loads it: each analyzer and filter by name through the node's _analyze. */
@ExtendWith(ElasticsearchNodeExtension.class)
class AnalyzersOnNodeTest {
    private static String analyze(String body) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(ElasticsearchNodeExtension.url() + "/_analyze"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    @Test
    void kazakhAnalyzerStemsThroughTheNode() throws Exception {
        String tokens = analyze("{\"analyzer\":\"minsearch_kk\",\"text\":\"министрлiгінің жастарға\"}");
        assertTrue(tokens.contains("\"token\":\"министрлік\""), tokens);
        assertTrue(tokens.contains("\"token\":\"жас\""), tokens);
    }

    @Test
    void russianAndEnglishAnalyzersStem() throws Exception {
        String ru = analyze("{\"analyzer\":\"minsearch_ru\",\"text\":\"Министерства Министерством\"}");
        assertEquals(2, ru.split("\"token\":\"министерств").length - 1, ru);
        assertTrue(analyze("{\"analyzer\":\"minsearch_en\",\"text\":\"Ministries\"}").contains("\"token\":\"ministry\""));
    }

    @Test
    void filtersComposeInACustomChain() throws Exception {
        String tokens = analyze("{\"tokenizer\":\"standard\",\"filter\":[\"minsearch_cyrillic_normalization\","
                + "\"lowercase\",\"minsearch_kazakh_stop\",\"minsearch_kazakh_stem\"],\"text\":\"және Министрліктің\"}");
        assertTrue(tokens.contains("\"token\":\"министрлік\""), tokens);
        assertTrue(!tokens.contains("және"), tokens);
    }

    @Test
    void translitAnalyzerMeetsAcrossScripts() throws Exception {
        String cyrillic = analyze("{\"analyzer\":\"minsearch_translit\",\"text\":\"Қыдырәлі\"}");
        String latin = analyze("{\"analyzer\":\"minsearch_translit\",\"text\":\"Kydyrali\"}");
        assertTrue(cyrillic.contains("\"token\":\"kidirali\""), cyrillic);
        assertTrue(latin.contains("\"token\":\"kidirali\""), latin);
    }
}
