package kz.minsearch.present;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import kz.minsearch.enrich.Enricher;
import kz.minsearch.enrich.Registry;
import kz.minsearch.extract.Article;
import kz.minsearch.index.ElasticsearchConfig;
import kz.minsearch.index.PublicationIndex;
import kz.minsearch.index.SourceNames;
import kz.minsearch.node.ElasticsearchNodeExtension;
import kz.minsearch.search.CrossLingual;
import kz.minsearch.search.Facets;
import kz.minsearch.search.SearchService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A source is shown by its name (the sources file's, else the site's own), in the interface language; else its host. */
@ExtendWith(ElasticsearchNodeExtension.class)
class SourceLabelsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theApiAndThePageNameEverySourceTheyCan() throws Exception {
        String alias = "test-source-labels";
        long n = System.nanoTime();
        String named = "named-" + n + ".example";
        String ownName = "own-" + n + ".example";
        String bare = "127.0.0.1:" + (40000 + n % 1000);
        try (ElasticsearchClient client = ElasticsearchConfig.of(ElasticsearchNodeExtension.url()).client()) {
            PublicationIndex index = new PublicationIndex(client, alias, PublicationIndex.mapping());
            index.ensureCreated();
            Enricher enricher = new Enricher(Registry.bundled());
            OffsetDateTime at = OffsetDateTime.parse("2025-03-01T10:00:00+05:00");
            index.index(List.of(
                    enricher.enrich(new Article("http://" + named + "/1", named, "Музейлер түні өтті", "Музейлер түні елордада өтті.", at)),
                    enricher.enrich(new Article("http://" + ownName + "/1", ownName, "Музейлер түні өңірлерде", "Музейлер түні өңірлерде өтті.", at)),
                    enricher.enrich(new Article("http://" + bare + "/1", bare, "Музейлер түні ауылда", "Музейлер түні ауылда өтті.", at))), true);
            SourceNames names = new SourceNames(client);
            names.fromSourcesFile(named, SourceNames.of("Museum News", Map.of("kk", "Мұражай жаңалықтары", "ru", "Музейные новости")));
            names.fromPage(ownName, "Regional Herald");
            client.indices().refresh(r -> r.index(SourceNames.ALIAS));
            SearchService search = new SearchService(client, new Facets(Registry.bundled(), names.cached(Duration.ZERO)), alias, new CrossLingual());
            Javalin app = SeededApi.serve(search);
            try {
                JsonNode kk = new ObjectMapper().readTree(get(app, "/api/search?ui=kk&q=" + java.net.URLEncoder.encode("музейлер түні", "UTF-8")));
                Map<String, String> shown = new HashMap<>();
                kk.get("hits").forEach(h -> shown.put(h.get("source").asText(), h.get("sourceLabel").asText()));
                assertEquals(Map.of(named, "Мұражай жаңалықтары", ownName, "Regional Herald", bare, bare), shown);
                Map<String, String> facet = new HashMap<>();
                kk.get("facets").get("source").forEach(b -> facet.put(b.get("value").asText(), b.get("label").asText()));
                assertEquals(shown, facet);
                String page = get(app, "/search?ui=ru&q=" + java.net.URLEncoder.encode("музейлер түні", "UTF-8"));
                assertTrue(page.contains("Музейные новости") && page.contains("Regional Herald"), "the page names them too");
                String en = get(app, "/search?ui=en&source=" + named);
                assertTrue(en.contains("Museum News"), "a name for every language where only some are given");
            } finally {
                app.stop();
                index.delete();
            }
        }
    }

    private static String get(Javalin app, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }
}
