package kz.minsearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import kz.minsearch.index.Publication;
import kz.minsearch.index.PublicationIndex;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Full-text search across the three languages with disjunctive facets: the facet filters are a post-filter, and each
 * facet's counts apply every other facet's filter but not its own, so a user can tick several values of one facet.
 */
public final class SearchService {
    private static final List<String> TEXT_FIELDS = List.of(
            "title_kk^3", "title_ru^3", "title_en^3", "lead_kk^2", "lead_ru^2", "lead_en^2",
            "body_kk", "body_ru", "body_en", "names");
    private static final List<String> SNIPPET_FIELDS = List.of("body_kk", "body_ru", "body_en");
    private static final int SNIPPET_CHARS = 200;
    private static final int FACET_SIZE = 50;

    private final ElasticsearchClient client;
    private final Facets facets;

    public SearchService(ElasticsearchClient client, Facets facets) {
        this.client = client;
        this.facets = facets;
    }

    public SearchResult search(SearchRequest request) throws IOException {
        Map<String, Query> filters = new LinkedHashMap<>();
        request.filters().forEach((facet, values) -> filters.put(facet, Query.of(q -> q.terms(t -> t
                .field(Facets.field(facet)).terms(v -> v.value(values.stream().map(FieldValue::of).toList()))))));

        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        for (String facet : Facets.NAMES) {
            List<Query> others = filters.entrySet().stream().filter(e -> !e.getKey().equals(facet)).map(Map.Entry::getValue).toList();
            aggregations.put(facet, Aggregation.of(a -> a
                    .filter(f -> f.bool(b -> b.filter(others)))
                    .aggregations("values", v -> v.terms(t -> t.field(Facets.field(facet)).size(FACET_SIZE)))));
        }

        SearchResponse<Map> response = client.search(s -> {
            s.index(PublicationIndex.ALIAS)
                    .query(textQuery(request.text()))
                    .postFilter(p -> p.bool(b -> b.filter(new ArrayList<>(filters.values()))))
                    .aggregations(aggregations)
                    .from((request.page() - 1) * request.size())
                    .size(request.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .highlight(h -> {
                        h.encoder(co.elastic.clients.elasticsearch.core.search.HighlighterEncoder.Html)
                                .preTags("<mark>").postTags("</mark>").numberOfFragments(1).fragmentSize(SNIPPET_CHARS);
                        return h.fields(SNIPPET_FIELDS.stream()
                                .map(f -> NamedValue.of(f, HighlightField.of(hf -> hf))).toList());
                    });
            return s;
        }, Map.class);

        List<SearchResult.Hit> hits = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            hits.add(toHit(hit));
        }
        Map<String, List<SearchResult.Bucket>> facetCounts = new LinkedHashMap<>();
        for (String facet : Facets.NAMES) {
            List<String> selected = request.filters().getOrDefault(facet, List.of());
            List<SearchResult.Bucket> buckets = new ArrayList<>();
            for (StringTermsBucket b : response.aggregations().get(facet).filter().aggregations().get("values")
                    .sterms().buckets().array()) {
                String value = b.key().stringValue();
                buckets.add(new SearchResult.Bucket(value, facets.label(facet, value, request.ui()), b.docCount(),
                        selected.contains(value)));
            }
            facetCounts.put(facet, buckets);
        }
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchResult(total, hits, facetCounts);
    }

    public Optional<Publication> publication(String id) throws IOException {
        return new PublicationIndex(client).get(id);
    }

    public boolean indexExists() throws IOException {
        return client.indices().existsAlias(a -> a.name(PublicationIndex.ALIAS)).value();
    }

    /** The user's text only ever becomes the value of a match query: no query syntax of Elasticsearch is exposed. */
    private static Query textQuery(String text) {
        if (text.isBlank()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        return Query.of(q -> q.multiMatch(m -> m.query(text).fields(TEXT_FIELDS).type(TextQueryType.BestFields)
                .tieBreaker(0.3).minimumShouldMatch("2<75%")));
    }

    @SuppressWarnings("unchecked")
    private static SearchResult.Hit toHit(Hit<Map> hit) {
        Publication p = Publication.fromDocument((Map<String, Object>) hit.source());
        String snippet = null;
        for (String field : SNIPPET_FIELDS) {
            List<String> fragments = hit.highlight().get(field);
            if (fragments != null && !fragments.isEmpty()) {
                snippet = fragments.get(0);
                break;
            }
        }
        if (snippet == null) {
            String lead = p.lead().length() > SNIPPET_CHARS ? p.lead().substring(0, SNIPPET_CHARS) + "…" : p.lead();
            snippet = Html.escape(lead);
        }
        return new SearchResult.Hit(p.id(), p.url(), p.title(), p.lang(),
                p.published() == null ? null : p.published().toString(), p.ministers(), p.areas(), p.source(), snippet,
                p.translations());
    }
}
