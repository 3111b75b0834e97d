package kz.minsearch.present;

import kz.minsearch.search.Facets;
import kz.minsearch.search.SearchRequest;
import kz.minsearch.search.SearchResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A results page, everything decided before the template: its links (each the current address with one thing
 * changed), the words in the interface language, what the search answered.
 */
public record SearchPage(Frame frame, String query, List<Option> sorts, long total, List<HitView> hits,
                         List<FacetView> facets, List<ActiveFilter> active, String clearHref, Suggestion suggestion,
                         Pagination pagination, TrendChart trend, List<Map.Entry<String, String>> hidden,
                         boolean subscribe, Grouping grouping, Exports exports) {
    /** The search parameters a form carries as hidden fields: those it has no visible field for. */
    private static final Set<String> VISIBLE = Set.of("q", "sort", "page", "size", "group", "cursor", "interval", "by");
    /** What an export leaves out of the page's address: one page of it, its grouping, the trend's own choices. */
    private static final Set<String> EXPORT_IGNORES = Set.of("page", "cursor", "size", "group", "interval", "by", "ui");

    public record Option(String value, String label, boolean selected) {
    }

    /** @param other a version in another language: its language's code and name, and its page */
    public record Version(String lang, String name, String href) {
    }

    /** @param titleHtml and {@code snippet}: the API's escaped text with only {@code <mark>} added */
    /** @param partial it holds only some of the query's words */
    public record HitView(String href, String original, String titleHtml, String lang, String langName, String date,
                          String source, String snippet, List<Version> versions, boolean partial) {
        /** For {@code lang=}: none for a language minsearch does not name. */
        public String htmlLang() {
            return Frame.htmlLang(lang);
        }
    }

    /** @param about the value's own page (a minister's, an area's), or null */
    public record Value(String id, String value, String label, long count, boolean selected, String href, String about) {
    }

    public record FacetView(String name, String legend, List<Value> values) {
    }

    public record ActiveFilter(String facet, String label, String removeHref) {
    }

    public record Suggestion(String text, String href) {
    }

    /** The link between one result per release and every version: where it leads and what it says. */
    public record Grouping(String href, String label) {
    }

    /** The whole search as files: every hit, not a page. */
    public record Exports(String csv, String jsonl) {
    }

    public record Pagination(int page, String previous, String next) {
        public boolean any() {
            return previous != null || next != null;
        }
    }

    public Messages m() {
        return frame.m();
    }

    public boolean searched() {
        return !query.isBlank() || !active.isEmpty();
    }

    /** @param trend the search over time, null when nothing it found has a date */
    static SearchPage of(SearchRequest request, SearchResult result, PageUrl here, Messages m, Facets facets, boolean subscribe,
                         TrendChart trend) {
        String text = request.text();
        String title = text.isBlank() ? m.get("site.name") : m.get("search.title", text);
        // the feed of this search: its parameters without those of one page of it
        String feed = here.without(ApiServer.FEED_IGNORES).at("/feed.atom").toString();
        Frame frame = Frame.of(m, title, here, feed, text);
        PageUrl firstPage = here.with("page", null);

        List<Option> sorts = new ArrayList<>();
        for (SearchRequest.Sort s : SearchRequest.Sort.values()) {
            String v = s.name().toLowerCase(Locale.ROOT);
            sorts.add(new Option(v, m.get("sort." + v), s == request.sort()));
        }

        List<HitView> hits = result.hits().stream().map(h -> new HitView(
                here(h.id(), m), h.url(), h.titleHtml() == null ? "" : h.titleHtml(), h.lang(),
                facets.label("lang", h.lang(), m.lang()), h.published() == null ? m.get("date.unknown") : h.published().substring(0, 10),
                h.sourceLabel() == null ? h.source() : h.sourceLabel(), h.snippet(),
                h.translations().stream().map(t -> new Version(t.lang(), facets.label("lang", t.lang(), m.lang()), here(t.id(), m))).toList(),
                h.partial()))
                .toList();

        List<FacetView> facetViews = new ArrayList<>();
        List<ActiveFilter> active = new ArrayList<>();
        result.facets().forEach((facet, buckets) -> {
            List<Value> values = new ArrayList<>();
            for (SearchResult.Bucket b : buckets) {
                values.add(new Value("f-" + facet + "-" + b.value().replaceAll("[^A-Za-z0-9_-]", "_"), b.value(), b.label(),
                        b.count(), b.selected(), firstPage.toggled(facet, b.value()).toString(),
                        SubjectPage.KINDS.contains(facet) ? PageUrl.subject(facet, b.value(), m.lang()).toString() : null));
            }
            facetViews.add(new FacetView(facet, m.get("facet." + facet), values));
        });
        request.filters().forEach((facet, values) -> values.forEach(v -> active.add(new ActiveFilter(m.get("facet." + facet),
                facets.label(facet, v, m.lang()), firstPage.toggled(facet, v).toString()))));
        String clear = firstPage.without(Set.copyOf(Facets.NAMES)).toString();

        Suggestion suggestion = result.suggestion() == null ? null
                : new Suggestion(result.suggestion(), firstPage.with("q", result.suggestion()).toString());
        int page = request.page();
        Pagination pagination = new Pagination(page,
                page > 1 ? (page == 2 ? firstPage : here.with("page", String.valueOf(page - 1))).toString() : null,
                result.hits().size() == request.size() && (long) page * request.size() < result.total()
                        ? here.with("page", String.valueOf(page + 1)).toString() : null);
        List<Map.Entry<String, String>> hidden = here.entries().stream()
                .filter(e -> !VISIBLE.contains(e.getKey()) && !Facets.NAMES.contains(e.getKey())).toList();
        Grouping grouping = request.groupByRelease()
                ? new Grouping(firstPage.with("group", "none").toString(), m.get("results.every.version"))
                : new Grouping(firstPage.with("group", null).toString(), m.get("results.per.release"));
        PageUrl whole = here.without(EXPORT_IGNORES);
        Exports exports = new Exports(whole.at("/export.csv").toString(), whole.at("/export.jsonl").toString());
        return new SearchPage(frame, text, sorts, result.total(), hits, facetViews, active, clear, suggestion, pagination,
                trend, hidden, subscribe, grouping, exports);
    }

    /** minsearch's own page of a publication, in the same interface language. */
    static String here(String id, Messages m) {
        return PageUrl.publication(id, m.lang()).toString();
    }
}
