package kz.minsearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import kz.minsearch.index.ElasticsearchConfig;
import kz.minsearch.node.ElasticsearchNodeExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Trends over the fixture web in the real node: every interval's count is what the search with its from and to counts. */
@ExtendWith(ElasticsearchNodeExtension.class)
class TrendsTest {
    private static final String ALIAS = "test-trends";
    private static ElasticsearchClient client;
    private static SearchService search;
    private static Trends trends;

    @BeforeAll
    static void index() throws Exception {
        client = ElasticsearchConfig.of(ElasticsearchNodeExtension.url()).client();
        search = FixtureIndex.fixtureWeb(client, ALIAS);
        trends = new Trends(search);
    }

    @AfterAll
    static void close() throws Exception {
        client.close();
    }

    private static Map<String, List<String>> params(String... nameValue) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            out.computeIfAbsent(nameValue[i], k -> new ArrayList<>()).add(nameValue[i + 1]);
        }
        return out;
    }

    private static long total(Map<String, List<String>> params) throws Exception {
        return search.search(SearchRequest.from(params)).total();
    }

    @Test
    void eachIntervalCountsWhatTheSearchWithItsFromAndToCounts() throws Exception {
        List<Map<String, List<String>>> searches = List.of(params(), params("q", "Балаева"), params("area", "culture"),
                params("q", "креативті хабтар", "lang", "kk"), params("minister", "balayeva", "from", "2024-03-10", "to", "2025-09-20"),
                params("q", "law", "ui", "ru"));
        int checked = 0;
        for (Map<String, List<String>> asked : searches) {
            for (Trends.Interval interval : Trends.Interval.values()) {
                Trends.Trend trend = trends.of(SearchRequest.from(asked), interval, "area");
                long whole = total(asked);
                assertEquals(whole, trend.total(), asked + " " + interval);
                assertEquals(whole, trend.undated() + trend.buckets().stream().mapToLong(Trends.Bucket::count).sum(), asked + " " + interval);
                for (Trends.Bucket b : trend.buckets()) {
                    Map<String, List<String>> narrowed = new LinkedHashMap<>(asked);
                    narrowed.put("from", List.of(b.from()));
                    narrowed.put("to", List.of(b.to()));
                    assertEquals(total(narrowed), b.count(), asked + " " + b);
                    b.split().values().forEach(n -> assertTrue(n <= b.count(), "a value's count is within its interval's: " + b));
                    checked++;
                }
            }
        }
        assertTrue(checked > 100, "intervals checked: " + checked);
    }

    @Test
    void everyIntervalFromTheFirstToTheLastIsPresentEmptyOnesAtZero() throws Exception {
        Trends.Trend months = trends.of(SearchRequest.from(params()), Trends.Interval.MONTH, null);
        List<Trends.Bucket> buckets = months.buckets();
        assertTrue(buckets.size() > 24, "the fixture web spans years: " + buckets.size());
        for (int i = 1; i < buckets.size(); i++) {
            assertEquals(LocalDate.parse(buckets.get(i - 1).from()).plusMonths(1), LocalDate.parse(buckets.get(i).from()));
        }
        assertTrue(buckets.stream().anyMatch(b -> b.count() == 0), "months with nothing published are there, at zero");
        Trends.Trend weeks = trends.of(SearchRequest.from(params()), Trends.Interval.WEEK, null);
        weeks.buckets().forEach(b -> assertEquals(java.time.DayOfWeek.MONDAY, LocalDate.parse(b.from()).getDayOfWeek()));
        Trends.Trend ranged = trends.of(SearchRequest.from(params("from", "2019-01-15", "to", "2019-03-10")), Trends.Interval.MONTH, null);
        assertEquals(List.of("2019-01", "2019-02", "2019-03"), ranged.buckets().stream().map(Trends.Bucket::key).toList(),
                "a search's own range is drawn whole, even where it found nothing");
        assertEquals("2019-01-15", ranged.buckets().get(0).from());
        assertEquals("2019-03-10", ranged.buckets().get(2).to());
    }

    @Test
    void theSplitNamesEachValueInTheInterfaceLanguage() throws Exception {
        Trends.Trend byLang = trends.of(SearchRequest.from(params("ui", "kk")), Trends.Interval.YEAR, "lang");
        assertEquals(total(params()), byLang.series().stream().mapToLong(Trends.Series::total).sum(), "a publication has one language");
        assertTrue(byLang.series().stream().anyMatch(s -> s.value().equals("ru") && s.label().equals("Орысша")), byLang.series().toString());
        Trends.Trend byMinister = trends.of(SearchRequest.from(params("ui", "ru")), Trends.Interval.YEAR, "minister");
        assertTrue(byMinister.series().stream().anyMatch(s -> s.value().equals("balayeva") && s.label().contains("Балаева")));
    }

    @Test
    void aBadIntervalOrSplitIsRefusedByName() throws Exception {
        assertEquals("interval", assertThrows(BadParameterException.class, () -> Trends.Interval.of("day")).parameter());
        assertEquals("by", assertThrows(BadParameterException.class,
                () -> trends.of(SearchRequest.from(params()), Trends.Interval.MONTH, "source; drop")).parameter());
        assertEquals("interval", assertThrows(BadParameterException.class, () -> trends.of(SearchRequest.from(
                params("from", "1900-01-01", "to", "2100-01-01")), Trends.Interval.WEEK, "area")).parameter(),
                "two centuries of weeks are refused before Elasticsearch is asked for ten thousand buckets");
        assertEquals(201, trends.of(SearchRequest.from(params("from", "1900-01-01", "to", "2100-01-01")), Trends.Interval.YEAR, null)
                .buckets().size(), "the same range by year is drawn whole");
    }
}
