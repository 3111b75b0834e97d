package kz.minsearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest.Builder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Response;
import co.elastic.clients.transport.rest5_client.low_level.ResponseException;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.util.NamedValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.minsearch.enrich.Language;
import kz.minsearch.index.Publication;
import kz.minsearch.index.PublicationIndex;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Full-text search across the three languages and both scripts: the user's words through every language's analyzer
 * and the Latin/Cyrillic name keys, joined by the domain dictionary's translations; title and lead weigh more; newer
 * publications get a mild lift. Facets are disjunctive: the facet filters are a post-filter, and each facet's counts
 * apply every other facet's filter but not its own, so a user can tick several values of one facet.
 */
public final class SearchService {
    private static final List<String> PHRASE_FIELDS = Stream.of(Language.values())
            .flatMap(l -> fieldsOf(l).stream()).toList();
    private static final List<String> TEXT_FIELDS = Stream.concat(PHRASE_FIELDS.stream(), Stream.of("names")).toList();
    private static final float TRANSLATION_BOOST = 0.25f;
    /**
     * A question's words reach further in Kazakh: the {@code broad} sub-fields strip derivational suffixes too, so a
     * question about паразиттер meets a passage about паразиттік тіршілік. Its words in the other script (the names'
     * Latin keys) weigh as a translation: they are every word of a text unstemmed, the analyzers' stopwords among them,
     * and at full weight «между Астаной» outranked the passage on the road between Astana and Karaganda. A title names
     * what a text is about, as a question names what it asks about: titles weigh 4 here, not 3 (KazQAD, nDCG@10: at 2
     * 0.777, 3 0.788, 4 0.795, 5 0.794, 6 0.789).
     */
    private static final List<String> QUESTION_FIELDS = TEXT_FIELDS.stream().map(f -> f.equals("names") ? "names^" + TRANSLATION_BOOST : f)
            .map(f -> f.replaceFirst("^(title_[a-z]+)\\^3$", "$1^4"))
            .map(f -> f.matches("[a-z]+_kk(\\^.*)?") ? f.replaceFirst("_kk", "_kk.broad") : f).toList();
    private static final List<String> SNIPPET_FIELDS = Stream.of(Language.values()).map(l -> "body_" + l.code()).toList();
    private static final List<String> TITLE_FIELDS = Stream.of(Language.values()).map(l -> "title_" + l.code()).toList();
    /** What a hit shows, all that is read of its document. */
    private static final List<String> HIT_FIELDS = List.of("id", "url", "source", "lang", "title_*", "lead_*", "published",
            "indexed", "ministers", "areas", "translations");
    /** develop for development: found, and below the exact word. */
    private static final float DERIVATION_BOOST = 0.4f;
    private static final float PARTIAL_BOOST = 0.03f;
    /** When no result holds all of a keyword query's words, this many partial matches at most are shown, flagged. */
    static final int MAX_PARTIAL = 3;
    /** All of a short query's words, three of four, half of a long question's ({@link #mostWords} counts the same). */
    private static final String MOST_WORDS = "3<75% 7<50%";
    /** A dictionary's translations are near, not exact: two of three words carried over are enough. */
    private static final String TRANSLATED_WORDS = "2<75%";
    private static final String PARTIAL = "partial";
    /** Word by word, a query's words with a translation or a name key, most of them: found, but partly. */
    private static final String NEAR_TRANSLATION = "2<60%";
    /** A term's words in a text, for the term to count there: all of two, all but one of three. */
    private static final String TERM_WORDS = "2<-1";
    /**
     * What a whole match of a keyword query gains over every near miss: near misses are ranked by what they hold, and a
     * title with most of the query (the Assembly of People of Kazakhstan, without its volunteers) outscored the Kazakh
     * release that holds all of it, found through its translations. A question's answers are ranked as BM25 ranks them.
     */
    private static final float WHOLE_FIRST = 100f;
    /**
     * The name of the clauses that find a whole match: the user's words, and with a suffix of their own their
     * translations (words:ru) and derivations (words:derived0) — a name given twice names only its last clause in
     * Elasticsearch's matched_queries, which once flagged whole matches as partial.
     */
    private static final String WHOLE = "words";
    /**
     * A question's words, any of them, weigh this much beside most of them: a passage that answers a question holds
     * some of its words, and BM25 ranks such passages well (KazQAD's Kazakh exam questions, nDCG@10: 0.659 with most
     * words required; 0.749 with this clause at 3 over the strict fields; 0.780 at 12 over the broad fields read as
     * one; plain BM25 0.745).
     */
    private static final float QUESTION_BOOST = 12f;
    private static final double RECENCY_BOOST = 1.0;
    private static final String RECENCY_PIVOT = "730d";
    private static final int SNIPPET_CHARS = 200;
    private static final int FACET_SIZE = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ElasticsearchClient client;
    private final Facets facets;
    private final String index;
    private final CrossLingual crossLingual;
    private final PublicationIndex publications;
    private final Rest5Client rest;

    public SearchService(ElasticsearchClient client, Facets facets) {
        this(client, facets, PublicationIndex.ALIAS, new CrossLingual());
    }

    public SearchService(ElasticsearchClient client, Facets facets, String index, CrossLingual crossLingual) {
        this.client = client;
        this.facets = facets;
        this.index = index;
        this.crossLingual = crossLingual;
        this.publications = new PublicationIndex(client, index, PublicationIndex.mapping());
        this.rest = ((Rest5ClientTransport) client._transport()).restClient();
    }

    public SearchResult search(SearchRequest request) throws IOException {
        QueryParser.Parsed parsed = QueryParser.parse(request.text());
        JsonNode response = send(elasticsearchRequest(request, parsed));
        JsonNode found = response.path("hits").path("hits");
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (JsonNode hit : found) {
            hits.add(toHit(hit, request.ui()));
        }
        // a question's near misses are its likely answers (ranked as BM25 ranks them, flagged); a keyword query's are not
        boolean onlyPartial = !hits.isEmpty() && hits.stream().allMatch(SearchResult.Hit::partial)
                && !QuestionWords.isQuestion(request.text());
        Map<String, List<SearchResult.Bucket>> facetCounts = new LinkedHashMap<>();
        for (String facet : Facets.NAMES) {
            List<String> selected = request.filters().getOrDefault(facet, List.of());
            List<SearchResult.Bucket> buckets = new ArrayList<>();
            for (JsonNode b : response.path("aggregations").path(facet).path("values").path("buckets")) {
                String value = b.path("key").asText();
                buckets.add(new SearchResult.Bucket(value, facets.label(facet, value, request.ui()), b.path("doc_count").asLong(),
                        selected.contains(value)));
            }
            facetCounts.put(facet, buckets);
        }
        JsonNode totalHits = response.path("hits").path("total");
        long total = totalHits.isMissingNode() ? hits.size() : totalHits.path("value").asLong();
        if (request.size() == 0 && total > 0 && onlyPartial(request)) {
            total = Math.min(total, MAX_PARTIAL); // counted as a page of hits would count it
        }
        if (onlyPartial) {
            // nothing holds all the words: a few near misses, marked as such, not pages of one common word
            hits = request.page() > 1 || request.cursor() != null ? List.of() : hits.subList(0, Math.min(MAX_PARTIAL, hits.size()));
            total = Math.min(total, MAX_PARTIAL);
            found = JSON.createArrayNode();
        }
        String next = null;
        if (request.size() > 0 && found.size() == request.size() && !request.groupByRelease()) {
            List<Object> sortValues = new ArrayList<>();
            for (JsonNode v : found.get(found.size() - 1).path("sort")) {
                sortValues.add(v.isTextual() ? v.textValue() : v.isFloatingPointNumber() ? (Object) v.doubleValue()
                        : v.isIntegralNumber() ? (Object) v.longValue() : v.toString());
            }
            next = Cursor.encode(sortValues);
        }
        return new SearchResult(total, hits, facetCounts, next, suggestion(parsed, response, total), null);
    }

    /**
     * A search sent as its JSON and its answer read as one tree: what the answer shows is taken straight from it, not
     * first built into the client's typed objects and then converted again (that cost the API a sixth of its time).
     */
    private JsonNode send(co.elastic.clients.elasticsearch.core.SearchRequest search) throws IOException {
        Request request = new Request("POST", "/" + index + "/_search");
        request.setJsonEntity(JsonpUtils.toJsonString(search, client._jsonpMapper()));
        Response response;
        try {
            response = rest.performRequest(request);
        } catch (ResponseException e) {
            response = e.getResponse();
        }
        try (InputStream in = response.getEntity().getContent()) {
            if (response.getStatusCode() >= 300) {
                throw refusal(response.getStatusCode(), in);
            }
            return JSON.readTree(in);
        }
    }

    /**
     * Elasticsearch's refusal (a missing index, a bad request) as the typed client reports it, so callers see one kind;
     * an answer that is not Elasticsearch's (a proxy's error page) as the failure to reach it.
     */
    private ElasticsearchException refusal(int status, InputStream body) throws IOException {
        try {
            return new ElasticsearchException("search", ErrorResponse._DESERIALIZER.deserialize(
                    client._jsonpMapper().jsonProvider().createParser(body), client._jsonpMapper()));
        } catch (RuntimeException notElasticsearch) {
            throw new IOException("Elasticsearch's address answered HTTP " + status + " without an error of Elasticsearch", notElasticsearch);
        }
    }

    /**
     * What {@link #search} asks Elasticsearch for a request, as the request object (the benchmark replays its JSON
     * straight to Elasticsearch to measure what the API adds).
     */
    public co.elastic.clients.elasticsearch.core.SearchRequest elasticsearchRequest(SearchRequest request) {
        return elasticsearchRequest(request, QueryParser.parse(request.text()));
    }

    private co.elastic.clients.elasticsearch.core.SearchRequest elasticsearchRequest(SearchRequest request, QueryParser.Parsed parsed) {
        Map<String, Query> filters = facetFilters(request);

        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        for (String facet : Facets.NAMES) {
            List<Query> others = filters.entrySet().stream().filter(e -> !e.getKey().equals(facet)).map(Map.Entry::getValue).toList();
            aggregations.put(facet, Aggregation.of(a -> a
                    .filter(f -> f.bool(b -> b.filter(others)))
                    .aggregations("values", v -> v.terms(t -> t.field(Facets.field(facet)).size(FACET_SIZE)))));
        }
        return co.elastic.clients.elasticsearch.core.SearchRequest.of(s -> {
            s.index(index)
                    .query(query(parsed, request))
                    .postFilter(p -> p.bool(b -> b.filter(new ArrayList<>(filters.values()))))
                    .aggregations(aggregations)
                    .size(request.size())
                    // a hit shows its title, lead and links, never its whole text: bodies stay in Elasticsearch
                    .source(src -> src.filter(f -> f.includes(HIT_FIELDS).excludes("title_suggest")))
                    .trackTotalHits(t -> t.enabled(true))
                    .highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                            .numberOfFragments(1).fragmentSize(SNIPPET_CHARS)
                            .fields(highlightFields()));
            sort(s, request);
            if (request.groupByRelease()) {
                s.collapse(c -> c.field("release"));
            }
            if (request.cursor() != null) {
                s.searchAfter(Cursor.decode(request.cursor()).stream().map(FieldValue::of).toList());
            } else {
                s.from((request.page() - 1) * request.size());
            }
            if (!parsed.words().isBlank()) {
                s.suggest(sg -> sg.text(parsed.words()).suggesters("did_you_mean", ds -> ds
                        .term(t -> t.field("spell").suggestMode(SuggestMode.Missing).size(1).minWordLength(4))));
            }
            return s;
        });
    }

    /**
     * The publications a search's query and facet filters select (the facets as filters, not a post-filter), near
     * misses of a keyword query and a question's any-words answers included.
     */
    Query selection(SearchRequest request) {
        return selection(request, true);
    }

    private Query selection(SearchRequest request, boolean partial) {
        Query query = query(QueryParser.parse(request.text()), request, partial);
        List<Query> filters = new ArrayList<>(facetFilters(request).values());
        return Query.of(q -> q.bool(b -> b.must(query).filter(filters)));
    }

    /**
     * Exactly the publications a search's total counts, for what counts or writes them all (trends, export): its
     * selection, or, when nothing holds a keyword query's words as a whole, the few near misses it shows.
     */
    Query counted(SearchRequest request) throws IOException {
        Query all = selection(request);
        if (!onlyPartial(request)) {
            return all;
        }
        var nearest = client.search(s -> {
            s.index(index).size(MAX_PARTIAL).query(all).source(src -> src.fetch(false));
            sort(s, request);
            return s;
        }, Void.class);
        List<String> ids = nearest.hits().hits().stream().map(Hit::id).toList();
        return Query.of(q -> q.ids(i -> i.values(ids)));
    }

    /** Whether a keyword query finds publications only through some of its words (a question never does). */
    private boolean onlyPartial(SearchRequest request) throws IOException {
        QueryParser.Parsed parsed = QueryParser.parse(request.text());
        if (QuestionWords.content(parsed.words(), parsed.onlyWords(false)).isBlank() || QuestionWords.isQuestion(request.text())) {
            return false;
        }
        return client.count(c -> c.index(index).query(selection(request, false))).count() == 0;
    }

    private static Map<String, Query> facetFilters(SearchRequest request) {
        Map<String, Query> filters = new LinkedHashMap<>();
        request.filters().forEach((facet, values) -> filters.put(facet, Query.of(q -> q.terms(t -> t
                .field(Facets.field(facet)).terms(v -> v.value(values.stream().map(FieldValue::of).toList()))))));
        return filters;
    }

    /** A publication a saved search matched: its id and when it was first indexed. */
    public record Match(String id, String indexed) {
    }

    /**
     * Many saved searches in one request ({@code _msearch}): for each, the publications it matches, the earliest
     * indexed first (so a cycle that takes only the first page leaves the later ones for the next) — ids and moments
     * only, as matching needs no more.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public List<List<Match>> matches(List<SearchRequest> requests) throws IOException {
        if (requests.isEmpty()) {
            return List.of();
        }
        List<co.elastic.clients.elasticsearch.core.msearch.RequestItem> items = new ArrayList<>();
        for (SearchRequest request : requests) {
            // a saved search is told of what holds its words, not of every near miss ("мира" of "чемпионат мира")
            items.add(co.elastic.clients.elasticsearch.core.msearch.RequestItem.of(i -> i.header(h -> h.index(index))
                    .body(b -> b.query(selection(request, false))
                            .size(request.size()).source(src -> src.filter(f -> f.includes("id", "indexed")))
                            .sort(o -> o.field(f -> f.field("indexed").order(SortOrder.Asc).missing("_last"))))));
        }
        var response = client.msearch(m -> m.searches(items), Map.class);
        List<List<Match>> out = new ArrayList<>();
        for (var item : response.responses()) {
            if (item.isFailure()) {
                throw new IOException("a saved search failed in Elasticsearch: " + item.failure().error().reason());
            }
            List<Match> matches = new ArrayList<>();
            for (Hit<Map> hit : item.result().hits().hits()) {
                Map<String, Object> source = (Map<String, Object>) hit.source();
                matches.add(new Match((String) source.get("id"), source.get("indexed") == null ? null : source.get("indexed").toString()));
            }
            out.add(matches);
        }
        return out;
    }

    /** A corrected query when some words are unknown to the index and the index knows a close word. */
    private static String suggestion(QueryParser.Parsed parsed, JsonNode response, long total) {
        String corrected = parsed.words();
        boolean changed = false;
        for (JsonNode s : response.path("suggest").path("did_you_mean")) {
            JsonNode options = s.path("options");
            if (!options.isEmpty()) {
                corrected = corrected.replace(s.path("text").asText(), options.get(0).path("text").asText());
                changed = true;
            }
        }
        return changed && total < 3 ? corrected : null;
    }

    private static List<NamedValue<HighlightField>> highlightFields() {
        List<NamedValue<HighlightField>> fields = new ArrayList<>();
        SNIPPET_FIELDS.forEach(f -> fields.add(NamedValue.of(f, HighlightField.of(hf -> hf))));
        TITLE_FIELDS.forEach(f -> fields.add(NamedValue.of(f, HighlightField.of(hf -> hf.numberOfFragments(0)))));
        return fields;
    }

    static void sort(Builder s, SearchRequest request) {
        // with nothing to rank by, "relevance" means the newest first
        SearchRequest.Sort order = request.sort() == SearchRequest.Sort.RELEVANCE && request.text().isBlank()
                ? SearchRequest.Sort.NEWEST : request.sort();
        switch (order) {
            case NEWEST -> s.sort(o -> o.field(f -> f.field("published").order(SortOrder.Desc).missing("_last")));
            case OLDEST -> s.sort(o -> o.field(f -> f.field("published").order(SortOrder.Asc).missing("_last")));
            case INDEXED -> s.sort(o -> o.field(f -> f.field("indexed").order(SortOrder.Desc).missing("_last")));
            default -> s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
        }
        s.sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
    }

    /** The user's text only ever becomes values of match queries: no query syntax of Elasticsearch is exposed. */
    private Query query(QueryParser.Parsed parsed, SearchRequest request) {
        return query(parsed, request, true);
    }

    /**
     * @param partial with the publications that hold only some of the words (a keyword query's near misses, a
     *                question's any-words answers); without, only those that hold most of them
     */
    private Query query(QueryParser.Parsed parsed, SearchRequest request, boolean partial) {
        List<Query> must = new ArrayList<>();
        List<Query> preferred = new ArrayList<>();
        // a question's quotes name something («Рахманов бұлағы» қайда?) in the asker's words, which the answer may
        // put otherwise (Рахман бұлағы): its words are among the question's, and the phrase weighs without binding
        boolean question = QuestionWords.isQuestion(request.text());
        String words = QuestionWords.content(parsed.words(question), parsed.onlyWords(question));
        if (!words.isBlank()) {
            List<Query> anyLanguage = new ArrayList<>();
            List<CrossLingual.Word> carried = crossLingual.words(words);
            List<Query> whole = new ArrayList<>(); // the clauses whose match is a whole match
            whole.add(ownWords(words, carried));
            // a question's own words weigh QUESTION_BOOST: what carries them into another language weighs on that
            // scale too, or a question in English never finds the release published only in Kazakh
            float translation = question ? TRANSLATION_BOOST * QUESTION_BOOST : TRANSLATION_BOOST;
            // a query may over-specify: a publication with only some of its words, well below those with most; a
            // question's words are many, and a passage that answers it holds some of them: ranked as BM25 ranks it
            if (partial) {
                anyLanguage.add(question ? anyQuestionWords(words) : words(words, TEXT_FIELDS, PARTIAL_BOOST, "1", PARTIAL));
                // the dictionary's concepts may carry over some of the words only ("Germany media law"): a publication
                // they find is a whole match when the query's words, each carried over, find it too (word by word)
                crossLingual.expand(words).forEach((lang, terms) ->
                        anyLanguage.add(words(terms, fieldsOf(lang), translation, TRANSLATED_WORDS, PARTIAL + ":" + lang.code())));
            }
            List<String> derivations = EnglishDerivations.of(words);
            for (int i = 0; i < derivations.size(); i++) {
                whole.add(words(derivations.get(i), fieldsOf(Language.EN), DERIVATION_BOOST, MOST_WORDS, WHOLE + ":derived" + i));
            }
            WordByWord byWord = wordByWord(carried, partial, translation);
            if (byWord.whole() != null) {
                whole.add(byWord.whole());
            }
            if (byWord.near() != null) {
                anyLanguage.add(byWord.near());
            }
            anyLanguage.addAll(whole);
            if (!question && partial) {
                preferred.add(Query.of(q -> q.constantScore(c -> c.filter(f -> f.bool(b -> b.should(whole).minimumShouldMatch("1")))
                        .boost(WHOLE_FIRST))));
            }
            must.add(Query.of(q -> q.bool(b -> b.should(anyLanguage).minimumShouldMatch("1"))));
        }
        for (List<QueryParser.Item> group : parsed.groups()) {
            if (QueryParser.Parsed.inBag(group, question)) {
                // scored above with the other words; a question's phrase also weighs as one
                if (group.get(0).phrase()) {
                    preferred.add(item(group.get(0)));
                }
                continue;
            }
            List<Query> alternatives = group.stream().map(SearchService::item).toList();
            must.add(Query.of(q -> q.bool(b -> b.should(alternatives).minimumShouldMatch("1"))));
        }
        List<Query> mustNot = parsed.excluded().stream().map(SearchService::item).toList();
        List<Query> filter = new ArrayList<>();
        if (request.since() != null) {
            filter.add(Query.of(q -> q.range(r -> r.date(d -> d.field("indexed").gt(request.since().toString())))));
        }
        if (request.from() != null || request.to() != null) {
            filter.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field("published").timeZone("+05:00");
                if (request.from() != null) {
                    d.gte(request.from().toString());
                }
                if (request.to() != null) {
                    d.lte(request.to().toString() + "||/d");
                }
                return d;
            }))));
        }
        Query recency = Query.of(q -> q.distanceFeature(d -> d.untyped(u -> u.field("published")
                .origin(JsonData.of("now")).pivot(JsonData.of(RECENCY_PIVOT)).boost((float) RECENCY_BOOST))));
        return Query.of(q -> q.bool(b -> {
            if (must.isEmpty()) {
                b.must(m -> m.matchAll(a -> a));
            } else {
                b.must(must).should(recency).should(preferred);
            }
            return b.mustNot(mustNot).filter(filter);
        }));
    }

    /**
     * The query carried across languages word by word: each word counts when its translation (through the dictionary)
     * or its Latin key (a name, an international word, in any script and inflection) is in a publication. Weighted as a
     * translation: the user's own words in their own language come first. A publication with most of the query's
     * words so carried over is a whole match, as in the query's own language (a word with no translation and no key is
     * a word missing); one with fewer (a dictionary's translations are near, not exact) is ranked as before, and named
     * a partial match, so that "theatre festival in Japan" is not a page of festivals. The whole-match clause only
     * names: its publications are scored by the other, at {@code weight}.
     */
    private WordByWord wordByWord(List<CrossLingual.Word> all, boolean partial, float weight) {
        List<Query> perWord = new ArrayList<>();
        for (CrossLingual.Word w : all) {
            List<Query> evidence = new ArrayList<>();
            w.translations().forEach((lang, terms) -> evidence.add(translated(terms, fieldsOf(lang), w.isTerm())));
            // a lone word's key would be a prefix search of it in its own language (паразиттер finding паразиттік)
            if (w.nameKey() != null && all.size() > 1) {
                evidence.add(Query.of(q -> q.prefix(p -> p.field("names").value(w.nameKey()))));
            }
            if (!evidence.isEmpty()) {
                perWord.add(Query.of(q -> q.bool(b -> b.should(evidence).minimumShouldMatch("1"))));
            }
        }
        int needed = mostWords(all.size());
        Query whole = perWord.isEmpty() || needed > perWord.size() ? null
                : Query.of(q -> q.bool(b -> b.should(perWord).minimumShouldMatch(String.valueOf(needed)).boost(0f)
                        .queryName(WHOLE + ":word-by-word")));
        Query near = !partial || perWord.size() <= 1 ? null // one word: the query's own clauses already score it
                : Query.of(q -> q.bool(b -> b.should(perWord).minimumShouldMatch(NEAR_TRANSLATION).boost(weight)
                        .queryName(PARTIAL + ":word-by-word")));
        return new WordByWord(whole, near);
    }

    /** The word-by-word clauses: a whole match's (null when too few words carry over) and a near miss's (null if not asked). */
    private record WordByWord(Query whole, Query near) {
    }

    /**
     * A word's translations found in a publication: any of their words (дом of дом культуры for a house of culture:
     * the cross-language queries lean on them, 0.954 against 0.928 with every word of each translation required).
     * What a term of several words is carried as, though, counts only with all its words: «неправительственная
     * организация» for үкіметтік емес ұйымдар, not any организация.
     */
    private static Query translated(Set<String> terms, List<String> fields, boolean ofATerm) {
        List<Query> found = new ArrayList<>();
        List<String> loose = terms.stream().filter(t -> !ofATerm || !t.contains(" ")).toList();
        if (!loose.isEmpty()) {
            found.add(Query.of(q -> q.multiMatch(m -> m.query(String.join(" ", loose)).fields(fields).type(TextQueryType.BestFields))));
        }
        terms.stream().filter(t -> ofATerm && t.contains(" ")).forEach(t ->
                found.add(Query.of(q -> q.multiMatch(m -> m.query(t).fields(fields).type(TextQueryType.CrossFields).operator(Operator.And)))));
        return found.size() == 1 ? found.get(0) : Query.of(q -> q.bool(b -> b.should(found).minimumShouldMatch("1")));
    }

    /** {@link #MOST_WORDS} of {@code n} words. */
    static int mostWords(int n) {
        return n <= 3 ? n : n <= 7 ? n * 3 / 4 : n / 2;
    }

    private static Query item(QueryParser.Item item) {
        if (item.phrase()) {
            return Query.of(q -> q.multiMatch(m -> m.query(item.text()).fields(PHRASE_FIELDS).type(TextQueryType.Phrase)));
        }
        return Query.of(q -> q.multiMatch(m -> m.query(item.text()).fields(TEXT_FIELDS).type(TextQueryType.BestFields)
                .operator(Operator.And)));
    }

    /**
     * Most of the query's words in the publication's own language: a whole match. A term of several words (Ассамблея
     * народа Казахстана, East Kazakhstan) counts once, as it does when the query is carried across languages: with
     * its three words counted apart, «Ассамблея народа Казахстана волонтеры» was whole in every text about the Assembly,
     * volunteers or not. Scored as the words are; the terms only decide what is whole.
     */
    private static Query ownWords(String text, List<CrossLingual.Word> units) {
        if (units.stream().noneMatch(CrossLingual.Word::isTerm)) {
            return words(text, TEXT_FIELDS, 1f, MOST_WORDS, WHOLE);
        }
        // a term of three words is there with two of them: the light stemmer parts some Russian forms (Ассамблея is
        // ассамбл, Ассамблеи ассамбле), and народа Казахстана then still names the Assembly
        List<Query> perUnit = units.stream().map(u -> Query.of(q -> q.multiMatch(m -> m.query(u.word()).fields(TEXT_FIELDS)
                .type(TextQueryType.BestFields).minimumShouldMatch(TERM_WORDS)))).toList();
        return Query.of(q -> q.bool(b -> b.must(words(text, TEXT_FIELDS, 1f, MOST_WORDS, null))
                .filter(f -> f.bool(u -> u.should(perUnit).minimumShouldMatch(String.valueOf(mostWords(units.size())))))
                .queryName(WHOLE)));
    }

    /** The words, as many as {@code minimumShouldMatch} asks; named, so a hit tells which clauses found it. */
    private static Query words(String text, List<String> fields, float boost, String minimumShouldMatch, String name) {
        return Query.of(q -> q.multiMatch(m -> m.query(text).fields(fields).type(TextQueryType.BestFields)
                .tieBreaker(0.3).minimumShouldMatch(minimumShouldMatch).boost(boost).queryName(name)));
    }

    /**
     * Any of a question's words, its fields read as one (cross_fields): a passage answers a question with some of its
     * words spread over its title and text, and a word's rarity is counted once, not once in each field.
     */
    private static Query anyQuestionWords(String text) {
        return Query.of(q -> q.multiMatch(m -> m.query(text).fields(QUESTION_FIELDS).type(TextQueryType.CrossFields)
                .tieBreaker(0.3).minimumShouldMatch("1").boost(QUESTION_BOOST).queryName(PARTIAL)));
    }


    private static List<String> fieldsOf(Language lang) {
        String l = lang.code();
        return List.of("title_" + l + "^3", "lead_" + l + "^2", "body_" + l);
    }

    /** Every facet value with its count and label, over the whole index. */
    public Map<String, List<SearchResult.Bucket>> allFacets(String ui) throws IOException {
        return search(SearchRequest.from(Map.of("size", List.of("0"), "ui", List.of(ui)))).facets();
    }

    /** Publications like this one (more-like-this over the text fields), best first. */
    @SuppressWarnings("unchecked")
    public List<Publication.Link> moreLikeThis(String id, int size) throws IOException {
        SearchResponse<Map> r = client.search(s -> s.index(index).size(size).query(q -> q.moreLikeThis(m -> m
                .fields(Stream.of(TITLE_FIELDS, SNIPPET_FIELDS, List.of("names")).flatMap(List::stream).toList())
                .like(l -> l.document(d -> d.index(index).id(id))).minTermFreq(1).minDocFreq(1).maxQueryTerms(40)
                .minimumShouldMatch("20%"))), Map.class);
        return r.hits().hits().stream().map(h -> Publication.fromDocument((Map<String, Object>) h.source()).asLink()).toList();
    }

    /** Titles with a word that starts with what was typed, in any script (completion over Latin folding keys). */
    @SuppressWarnings("unchecked")
    public List<String> titlesStartingWith(String prefix, int size) throws IOException {
        SearchResponse<Map> r = client.search(s -> s.index(index).size(0)
                .suggest(sg -> sg.suggesters("titles", ts -> ts.prefix(prefix)
                        .completion(c -> c.field("title_suggest").size(size).skipDuplicates(true)))), Map.class);
        List<String> out = new ArrayList<>();
        var titles = r.suggest().get("titles");
        if (titles != null) {
            titles.forEach(t -> t.completion().options().forEach(o -> {
                Map<String, Object> source = (Map<String, Object>) o.source();
                String title = source == null ? o.text() : Publication.fromDocument(source).title();
                if (!out.contains(title)) {
                    out.add(title);
                }
            }));
        }
        return out;
    }

    /** The facets' labels, for what presents a search (a feed's categories). */
    public Facets facets() {
        return facets;
    }

    /** The cluster and the index (alias) searched, for what counts or writes a search's publications beside it. */
    ElasticsearchClient client() {
        return client;
    }

    String index() {
        return index;
    }

    public Optional<Publication> publication(String id) throws IOException {
        return publications.get(id);
    }

    /** The publications with these ids that exist, in the order asked (what a page links to, with their titles). */
    public List<Publication> publications(List<String> ids) throws IOException {
        return publications.get(ids);
    }

    public boolean indexExists() throws IOException {
        return client.indices().existsAlias(a -> a.name(index)).value();
    }

    /** A hit from its document and highlights as Elasticsearch sent them (the date shown as stored, not parsed again). */
    private SearchResult.Hit toHit(JsonNode hit, String ui) {
        JsonNode source = hit.path("_source");
        JsonNode highlight = hit.path("highlight");
        String lang = source.path("lang").asText();
        String title = source.path("title_" + lang).asText();
        String lead = source.path("lead_" + lang).asText();
        String snippet = null;
        for (String field : SNIPPET_FIELDS) {
            if (!highlight.path(field).isEmpty()) {
                snippet = highlight.path(field).get(0).asText();
                break;
            }
        }
        if (snippet == null) {
            snippet = Html.escape(lead.length() > SNIPPET_CHARS ? lead.substring(0, SNIPPET_CHARS) + "…" : lead);
        }
        JsonNode titleFragments = highlight.path("title_" + lang);
        String titleHtml = !titleFragments.isEmpty() ? titleFragments.get(0).asText() : Html.escape(title);
        String publisher = text(source.path("source"));
        List<Publication.Link> translations = new ArrayList<>();
        for (JsonNode t : source.path("translations")) {
            translations.add(new Publication.Link(text(t.path("lang")), text(t.path("id")), text(t.path("url"))));
        }
        JsonNode matched = hit.path("matched_queries");
        boolean partial = !matched.isEmpty();
        for (JsonNode name : matched) {
            partial &= name.asText().startsWith(PARTIAL);
        }
        return new SearchResult.Hit(text(source.path("id")), text(source.path("url")), title, titleHtml, lang,
                text(source.path("published")), text(source.path("indexed")), strings(source.path("ministers")),
                strings(source.path("areas")), publisher, facets.label("source", publisher, ui), snippet, translations, partial);
    }

    private static String text(JsonNode value) {
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode values) {
        List<String> out = new ArrayList<>(values.size());
        values.forEach(v -> out.add(v.asText()));
        return out;
    }
}
