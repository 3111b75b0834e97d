package kz.minsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import kz.minsearch.enrich.Enricher;
import kz.minsearch.enrich.Registry;
import kz.minsearch.node.ElasticsearchNodeExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What is indexed is enriched again from its own text when the registry or the rules change, keeping its first moment. */
@ExtendWith(ElasticsearchNodeExtension.class)
class ReenrichmentTest {
    @Test
    void staleMinistersGoAndAnOperatorsNewPersonArrivesWithoutACrawl(@TempDir Path registryDir) throws Exception {
        try (ElasticsearchClient client = ElasticsearchConfig.of(ElasticsearchNodeExtension.url()).client()) {
            PublicationIndex index = new PublicationIndex(client, "test-reenrich", PublicationIndex.mapping());
            index.delete();
            index.ensureCreated();
            OffsetDateTime june = OffsetDateTime.parse("2024-06-05T14:30:00+05:00");
            Enricher enricher = new Enricher(Registry.bundled());
            Publication transport = enricher.enrich(new kz.minsearch.extract.Article("https://news.example/transport", "news.example",
                    "Новые рейсы", "Министр транспорта сообщил о запуске новых рейсов. По словам министра, билеты уже в продаже.", june));
            Publication theatre = enricher.enrich(new kz.minsearch.extract.Article("https://news.example/theatre", "news.example",
                    "Премьера в театре", "Заместитель министра Ержан Калиев посетил премьеру нового спектакля в театре драмы.", june));
            // as an older build indexed them: "the Minister" of another ministry taken for ours
            Publication stale = transport.withPeople(List.of("balayeva"), List.of("balayeva"));
            index.index(List.of(stale, theatre), true);
            Map<String, Object> before = document(client, stale.id());

            Files.writeString(registryDir.resolve("people.json"), """
                    {"people": [{"id": "kaliyev", "names": {"ru": ["Ержан Калиев"], "en": ["Yerzhan Kaliyev"]},
                      "roles": [{"role": "Vice Minister of Culture and Information", "from": "2024-01", "to": null}]}]}""");
            Reenrichment.Result result = Reenrichment.run(index, new Enricher(Registry.bundled().withFiles(registryDir)), n -> { });

            assertEquals(2, result.publications(), result.toString());
            assertEquals(1, result.changedMinisters(), result.toString());
            assertTrue(result.failures().isEmpty(), result.toString());
            Publication transportNow = index.get(stale.id()).orElseThrow();
            assertEquals(List.of(), transportNow.ministers());
            assertEquals(List.of(), transportNow.people());
            Publication theatreNow = index.get(theatre.id()).orElseThrow();
            assertEquals(List.of("kaliyev"), theatreNow.people());
            assertEquals(List.of(), theatreNow.ministers(), "a vice minister is a person, not the minister");
            assertEquals(before.get("indexed"), document(client, stale.id()).get("indexed"), "the first moment is kept");
            index.delete();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> document(ElasticsearchClient client, String id) throws Exception {
        return (Map<String, Object>) client.get(g -> g.index("test-reenrich").id(id), Map.class).source();
    }
}
