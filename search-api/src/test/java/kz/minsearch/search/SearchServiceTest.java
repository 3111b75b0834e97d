package kz.minsearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import kz.minsearch.enrich.Enricher;
import kz.minsearch.enrich.Registry;
import kz.minsearch.extract.Article;
import kz.minsearch.index.ElasticsearchConfig;
import kz.minsearch.index.Importer;
import kz.minsearch.index.PublicationIndex;
import kz.minsearch.node.ElasticsearchNodeExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Search over the seeds in a real node: the walking skeleton's promises, through the domain API (no HTTP). */
@ExtendWith(ElasticsearchNodeExtension.class)
class SearchServiceTest {
    /** Its own index, so what other test classes index into the shared node changes no score here. */
    private static final String ALIAS = "test-search-service";
    private static ElasticsearchClient client;
    private static SearchService search;

    @BeforeAll
    static void indexSeeds() throws Exception {
        client = ElasticsearchConfig.of(ElasticsearchNodeExtension.url()).client();
        PublicationIndex index = new PublicationIndex(client, ALIAS, PublicationIndex.mapping());
        Enricher enricher = new Enricher(Registry.bundled());
        try (Stream<Path> files = Files.list(Path.of("../corpus/seeds"))) {
            new Importer(enricher, index).importFiles(files.sorted().toList(), f -> { });
        }
        index.index(List.of(enricher.enrich(new Article("http://127.0.0.1/evil", "evil.example",
                "<script>alert('title')</script> Креативті хабтар", "<script>alert('body')</script> хабтар ашылады & т.б.",
                OffsetDateTime.parse("2024-06-05T14:30:00+05:00")))), true);
        index.index(List.of(
                enricher.enrich(new Article("http://127.0.0.1/volunteers", "kk.example", "Еріктілер қарттарға көмектесті",
                        "Ақтөбе облысының волонтерлері жалғызбасты қарттарға азық-түлік жеткізді. Волонтерлер апта сайын барады.", null)),
                enricher.enrich(new Article("http://127.0.0.1/development", "en.example", "A plan for the development of rural libraries",
                        "The plan for the development of rural libraries was presented by the regional department.", null)),
                enricher.enrich(new Article("http://127.0.0.1/insects", "kk.example", "Мұражайда сирек жәндіктер көрмесі ашылды",
                        "Көрмеде паразиттік жәндіктердің жүзге жуық түрі көрсетілді.", null)),
                enricher.enrich(new Article("http://127.0.0.1/developing", "en.example", "Regions are developing reading clubs",
                        "Librarians in three districts are developing reading clubs for pupils after school.", null)),
                enricher.enrich(new Article("http://127.0.0.1/assembly", "ru.example", "Ансамбль выступил на празднике Ассамблеи",
                        "Ансамбль «Бирлик» выступил на празднике Ассамблеи народа Казахстана в Астане.", null))), true);
        search = new SearchService(client, new Facets(Registry.bundled()), ALIAS, new CrossLingual());
    }

    @AfterAll
    static void close() throws Exception {
        client.close();
    }

    private static SearchResult query(String... params) throws Exception {
        Map<String, List<String>> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            map.computeIfAbsent(params[i], k -> new java.util.ArrayList<>()).add(params[i + 1]);
        }
        return search.search(SearchRequest.from(map));
    }

    private static long count(SearchResult r, String facet, String value) {
        return r.facets().get(facet).stream().filter(b -> b.value().equals(value)).mapToLong(SearchResult.Bucket::count).sum();
    }

    @Test
    void cyrillicSurnameFindsEveryLanguage() throws Exception {
        SearchResult r = query("q", "Балаева");
        assertTrue(r.total() >= 4, "total " + r.total());
        assertTrue(count(r, "minister", "balayeva") >= 4);
        assertEquals(2, count(r, "year", "2026"));
        for (String lang : List.of("kk", "ru", "en")) {
            assertTrue(count(r, "lang", lang) >= 1, "lang " + lang);
        }
    }

    @Test
    void latinSpellingsFindCyrillicText() throws Exception {
        assertTrue(query("q", "Balayeva").total() >= 4);
        SearchResult kydyrali = query("q", "Кыдырали");
        assertEquals(List.of("2023"), kydyrali.hits().stream().map(h -> h.published().substring(0, 4)).distinct().toList());
        assertEquals(kydyrali.total(), query("q", "Kydyrali").total());
    }

    @Test
    void kazakhInflectionsAndLookAlikesMeet() throws Exception {
        SearchResult ministry = query("q", "министрлік");
        assertTrue(ministry.total() >= 2, "министрлік finds the seeds with министрліктің/министрлігінің");
        assertEquals(ministry.total(), query("q", "министрлiк").total(), "Latin i finds the same documents");
        assertTrue(query("q", "жастар").total() >= 1);
        SearchResult ministry2 = query("q", "Министерство");
        assertEquals("ru", ministry2.hits().get(0).lang(), "the Russian seed first");
        assertTrue(ministry2.hits().stream().anyMatch(h -> h.lang().equals("kk")), "and through the dictionary, министрлік in Kazakh");
    }

    @Test
    void facetsAreDisjunctive() throws Exception {
        SearchResult all = query();
        SearchResult kk = query("lang", "kk");
        assertTrue(kk.total() < all.total());
        assertTrue(kk.hits().stream().allMatch(h -> h.lang().equals("kk")));
        // the language facet still counts the other languages, so a second one can be ticked
        assertEquals(count(all, "lang", "ru"), count(kk, "lang", "ru"));
        assertTrue(kk.facets().get("lang").stream().anyMatch(b -> b.value().equals("kk") && b.selected()));
        // while the other facets narrow to the selection
        assertTrue(count(kk, "year", "2026") < count(all, "year", "2026"));
        SearchResult kkOrRu = query("lang", "kk", "lang", "ru");
        assertEquals(count(all, "lang", "kk") + count(all, "lang", "ru"), kkOrRu.total());
    }

    @Test
    void labelsFollowTheInterfaceLanguage() throws Exception {
        assertEquals("Аида Балаева", query("ui", "kk").facets().get("minister").stream()
                .filter(b -> b.value().equals("balayeva")).findFirst().orElseThrow().label());
        assertEquals("Aida Balayeva", query("ui", "en").facets().get("minister").stream()
                .filter(b -> b.value().equals("balayeva")).findFirst().orElseThrow().label());
    }

    @Test
    void scrapedMarkupComesBackEscaped() throws Exception {
        SearchResult r = query("q", "хабтар");
        SearchResult.Hit evil = r.hits().stream().filter(h -> h.source().equals("evil.example")).findFirst().orElseThrow();
        assertFalse(evil.snippet().contains("<script>"), evil.snippet());
        assertTrue(evil.title().startsWith("<script>"), "the title is plain text, shown as text");
        assertFalse(evil.titleHtml().contains("<script>"), evil.titleHtml());
        assertTrue(evil.titleHtml().contains("&lt;script&gt;"), evil.titleHtml());
        assertTrue(evil.snippet().contains("&lt;script&gt;"), evil.snippet());
        assertTrue(evil.snippet().contains("<mark>"), evil.snippet());
    }

    /** A loan word written with the endings that break vowel harmony still finds the article. */
    @Test
    void aKazakhLoanWordWithTheOtherEndingsFindsTheArticle() throws Exception {
        SearchResult r = query("q", "волонтерлар");
        assertTrue(r.hits().stream().anyMatch(h -> h.url().endsWith("/volunteers")), r.hits().toString());
    }

    /** Word by word across languages: a dictionary word and a name in another script and inflection. */
    @Test
    void aRussianQueryFindsTheKazakhArticleByItsWordsAndNames() throws Exception {
        SearchResult r = query("q", "волонтеры Актобе");
        assertTrue(r.hits().stream().anyMatch(h -> h.url().endsWith("/volunteers")), r.hits().toString());
    }

    /** development finds developing too, below the exact word. */
    @Test
    void anEnglishNounFindsItsVerbFormsBelowTheExactWord() throws Exception {
        List<String> urls = query("q", "development").hits().stream().map(SearchResult.Hit::url).toList();
        assertTrue(urls.contains("http://127.0.0.1/developing"), urls.toString());
        assertTrue(urls.indexOf("http://127.0.0.1/development") < urls.indexOf("http://127.0.0.1/developing"), urls.toString());
        List<String> verb = query("q", "develop").hits().stream().map(SearchResult.Hit::url).toList();
        assertTrue(verb.containsAll(List.of("http://127.0.0.1/developing", "http://127.0.0.1/development")), verb.toString());
    }

    /** A query may over-specify: a publication with only some of its words is still found, below those with most. */
    @Test
    void aPublicationWithFewOfTheWordsComesBelowThoseWithMost() throws Exception {
        List<String> urls = query("q", "rural reading clubs").hits().stream().map(SearchResult.Hit::url).toList();
        assertEquals("http://127.0.0.1/developing", urls.get(0), urls.toString());
        assertTrue(urls.contains("http://127.0.0.1/development"), urls.toString());
    }

    @Test
    void derivationsAreRegularAndSpellingsMeet() {
        assertEquals(List.of("digitize", "digitisation"), EnglishDerivations.of("digitization"));
        assertEquals(List.of("digitization", "digitise"), EnglishDerivations.of("digitize"));
        assertEquals(List.of("develop programme"), EnglishDerivations.of("development programme"));
        assertEquals(List.of(), EnglishDerivations.of("museum"));
    }

    @Test
    void aLongKazakhQuestionFindsItsArticleFirst() throws Exception {
        SearchResult r = query("q", "Үкіметтік емес ұйымдардың қызметі туралы жаңа заң қашан және қалай әзірленіп жатыр?");
        assertTrue(r.total() > 0);
        assertTrue(r.hits().get(0).title().contains("үкіметтік емес ұйымдардың"), r.hits().get(0).title());
        assertFalse(r.hits().get(0).partial(), "a question's answer is no partial match");
    }

    /** A question reaches a word's derivations in Kazakh (паразиттер, паразиттік); a keyword query does not. */
    @Test
    void aKazakhQuestionReachesDerivationsAKeywordQueryDoesNot() throws Exception {
        SearchResult question = query("q", "Паразиттер көрмесі қайда ашылды?");
        assertTrue(question.total() > 0);
        assertEquals("Мұражайда сирек жәндіктер көрмесі ашылды", question.hits().get(0).title());
        assertEquals(0, query("q", "паразиттер").total(), "паразиттер is not паразиттік for a keyword search");
        assertEquals("Мұражайда сирек жәндіктер көрмесі ашылды", query("q", "паразиттік").hits().get(0).title());
    }

    /** Monitoring: a saved search is told of what holds its words, never of a query's near misses. */
    @Test
    void aSavedSearchMatchesWholeMatchesOnly() throws Exception {
        List<List<SearchService.Match>> matched = search.matches(List.of(
                SearchRequest.from(Map.of("q", List.of("чемпионат мира по хоккею"), "size", List.of("100"))),
                SearchRequest.from(Map.of("q", List.of("еріктілер қарттарға"), "size", List.of("100")))));
        assertEquals(List.of(), matched.get(0), "near misses are shown to a reader, not sent to a watcher");
        assertEquals(1, matched.get(1).size(), matched.get(1).toString());
    }

    @Test
    void aQuestionsQuotesNameWhatItAsksAboutWithoutBindingTheAnswersWording() throws Exception {
        // the release says «расширенное заседание коллегии Министерства культуры»; the asker quotes it otherwise
        SearchResult question = query("q", "Где прошла «расширенная коллегия министерства культуры»?");
        assertTrue(question.total() > 0, "a question's quotes weigh, they do not bind");
        assertEquals("ru", question.hits().get(0).lang(), question.hits().get(0).title());
        assertTrue(question.hits().get(0).title().contains("коллегии"), question.hits().get(0).title());
        assertEquals(0, query("q", "\"расширенная коллегия министерства культуры\"").total(), "a keyword query's quotes still bind");
    }

    @Test
    void questionAndFunctionWordsBesideAlternativesOrAPhraseAreNotRequired() throws Exception {
        long law = query("q", "заң OR закон").total();
        assertTrue(law > 0);
        assertEquals(law, query("q", "заң OR закон қандай?").total(), "қандай asks, it is not searched for");
        assertEquals(law, query("q", "заң OR закон және").total());
        assertTrue(query("q", "\"жаңа заң\" қандай?").total() > 0);
    }

    /** One word carried into another language is the whole query carried: a whole match, not a near miss. */
    @Test
    void aWordFoundOnlyInAnotherLanguageIsAWholeMatch() throws Exception {
        SearchResult r = query("q", "volunteers");
        SearchResult.Hit kazakh = r.hits().stream().filter(h -> h.url().equals("http://127.0.0.1/volunteers")).findFirst().orElseThrow();
        assertFalse(kazakh.partial(), "волонтерлері is volunteers");
    }

    /** A term of the dictionary is one word of the query in its own language too: three of four words are not "most". */
    @Test
    void aTermOfSeveralWordsCountsOnceInTheQuerysOwnLanguage() throws Exception {
        SearchResult.Hit withoutVolunteers = query("q", "Ассамблея народа Казахстана волонтеры").hits().stream()
                .filter(h -> h.url().equals("http://127.0.0.1/assembly")).findFirst().orElseThrow();
        assertTrue(withoutVolunteers.partial(), "the Assembly without volunteers is half of the query, not three words of four");
        SearchResult.Hit withTheEnsemble = query("q", "Ассамблея народа Казахстана ансамбль").hits().stream()
                .filter(h -> h.url().equals("http://127.0.0.1/assembly")).findFirst().orElseThrow();
        assertFalse(withTheEnsemble.partial(), "both found: whole");
    }

    /** What was built for questions leaves a one-word query as it was: a keyword query, whole matches only, its name first. */
    @Test
    void aOneWordQueryRanksAsBefore() throws Exception {
        for (String word : List.of("Балаева", "Balayeva")) {
            SearchResult r = query("q", word);
            assertFalse(QuestionWords.isQuestion(word));
            assertTrue(r.hits().size() >= 4, word + ": " + r.hits().size());
            assertTrue(r.hits().stream().noneMatch(SearchResult.Hit::partial), word + ": one word is held whole or not at all");
            assertTrue(r.hits().get(0).title().matches("(?iu).*(балаев|balayev).*"), word + ": " + r.hits().get(0).title());
            List<String> whole = search.matches(List.of(SearchRequest.from(Map.of("q", List.of(word), "size", List.of("50")))))
                    .get(0).stream().map(SearchService.Match::id).sorted().toList();
            assertEquals(whole, r.hits().stream().map(SearchResult.Hit::id).sorted().toList(),
                    word + ": what it shows is what a saved search of it is told of, nothing more");
        }
    }

    @Test
    void aLongRussianQuestionFindsItsArticleFirst() throws Exception {
        SearchResult r = query("q", "Где и когда состоялось расширенное заседание коллегии министерства культуры и информации?");
        assertTrue(r.total() > 0);
        assertEquals("ru", r.hits().get(0).lang(), r.hits().get(0).title());
        assertTrue(r.hits().get(0).title().contains("коллегии"), r.hits().get(0).title());
    }

    @Test
    void aQueryWithNoAnswerShowsAtMostThreeHitsEachFlaggedPartial() throws Exception {
        for (String q : List.of("чемпионат мира по хоккею", "theatre festival in Japan", "мұнай өндіру көлемі",
                "Germany media law", "молодёжная политика Бразилии")) {
            SearchResult r = query("q", q);
            assertTrue(r.hits().size() <= SearchService.MAX_PARTIAL && r.total() <= SearchService.MAX_PARTIAL, q + ": " + r.total());
            assertTrue(r.hits().stream().allMatch(SearchResult.Hit::partial), q);
        }
        SearchResult whole = query("q", "еріктілер қарттарға");
        assertFalse(whole.hits().get(0).partial(), "all words found: not partial");
        for (int i = 1; i < whole.hits().size(); i++) {
            assertTrue(!whole.hits().get(i - 1).partial() || whole.hits().get(i).partial(), "partial matches rank below whole ones");
        }
    }

    @Test
    void questionWordsAreLeftOutOfWhatMustMatchOnlyInQuestions() {
        assertEquals("НПО получили гранты 2024 году", QuestionWords.content("Сколько НПО получили гранты в 2024 году?"));
        assertEquals("Мемлекеттік жастар саясаты заңға өзгерістер енгізілді",
                QuestionWords.content("Мемлекеттік жастар саясаты туралы заңға қандай өзгерістер енгізілді?"));
        assertEquals("ministry say AI newsrooms", QuestionWords.content("What did the ministry say about AI in newsrooms?"));
        assertEquals("the", QuestionWords.content("the"), "nothing else would be left");
        assertTrue(QuestionWords.isQuestion("Агроценоз деген не?"));
        assertTrue(QuestionWords.isQuestion("сколько НПО получили гранты"));
        assertFalse(QuestionWords.isQuestion("NGO law working group"));
        // a prompt left for its answer asks too, as exam questions and crosswords put it
        assertTrue(QuestionWords.isQuestion("Паразитті қарапайымдыларға жататын -"));
        assertTrue(QuestionWords.isQuestion("Арал теңізінің пайда болуы:"));
        assertTrue(QuestionWords.isQuestion("… халықаралық геофизика жылы деп жарияланды."));
        assertFalse(QuestionWords.isQuestion("дорога Алматы – Астана"), "a dash between words does not ask");
        assertFalse(QuestionWords.isQuestion("COVID-19 вакцина"));
    }
}
