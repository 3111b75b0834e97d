package kz.minsearch.present;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import kz.minsearch.alert.Subscriptions;
import kz.minsearch.enrich.Registry;
import kz.minsearch.index.Publication;
import kz.minsearch.search.BadParameterException;
import kz.minsearch.search.SearchRequest;
import kz.minsearch.search.SearchResult;
import kz.minsearch.search.SearchService;
import kz.minsearch.search.Trends;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The public pages, rendered on the server from precompiled templates over the same {@link SearchService} as the API:
 * they work with no script at all; {@code /assets/app.js} only adds completion and applies a ticked facet at once.
 */
final class Pages {
    static final int PAGE_SIZE = 20;
    private static final int SIMILAR = 5;
    private static final int LATEST = 10;
    /** Parameters the page decides itself: a page's size, paging by page number. */
    private static final List<String> FIXED = List.of("size", "cursor");

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final SearchService search;
    private final Trends trends;
    private final Subscriptions subscriptions;

    /** @param subscriptions null when no mail is configured (no form is offered) */
    Pages(SearchService search, Trends trends, Subscriptions subscriptions) {
        this.search = search;
        this.trends = trends;
        this.subscriptions = subscriptions;
    }

    /** {@code /} and {@code /search}: the search and its results; with nothing asked, the newest publications. */
    void search(Context ctx) throws IOException {
        Messages m = messages(ctx);
        Map<String, List<String>> params = new LinkedHashMap<>(ctx.queryParamMap());
        FIXED.forEach(params::remove);
        // one result per release unless every version is asked for (group=none): its languages are linked under it
        boolean everyVersion = List.of("none").equals(params.get("group"));
        params.remove("group");
        if (everyVersion) {
            params.put("group", List.of("none"));
        }
        params.put("ui", List.of(m.lang()));
        PageUrl here = PageUrl.of("/search", params);
        Map<String, List<String>> asked = new LinkedHashMap<>(params);
        asked.put("size", List.of(String.valueOf(PAGE_SIZE)));
        asked.put("group", List.of(everyVersion ? "none" : "release"));
        SearchRequest request = SearchRequest.from(asked);
        SearchResult result = search.search(request);
        render(ctx, "search.jte", SearchPage.of(request, result, here, m, search.facets(), subscriptions != null,
                trend(request, result, here, m, ctx.queryParam("interval"), ctx.queryParam("by"))));
    }

    /**
     * The search over time, by month unless its publications span more than three years (then by year) or the page
     * asks otherwise; null when nothing it found is dated.
     */
    private TrendChart trend(SearchRequest request, SearchResult result, PageUrl here, Messages m, String interval, String by)
            throws IOException {
        if (result.total() == 0) {
            return null;
        }
        Trends.Interval chosen = interval != null ? Trends.Interval.of(interval)
                : result.facets().getOrDefault("year", List.of()).size() > 3 || spansYears(request) ? Trends.Interval.YEAR
                : Trends.Interval.MONTH;
        Trends.Trend trend = trends.of(request, chosen, TrendChart.split(by));
        return trend.buckets().isEmpty() ? null : TrendChart.of(trend, here, here, m);
    }

    /** {@code /p/{id}}: one publication in full, with its translations, retellings and publications like it. */
    void publication(Context ctx) throws IOException {
        Messages m = messages(ctx);
        String id = ctx.pathParam("id");
        Publication p = search.publication(id).orElse(null);
        if (p == null) {
            notFound(ctx, m);
            return;
        }
        List<Publication.Link> similar = search.moreLikeThis(p.id(), SIMILAR);
        Map<String, Publication> others = search.publications(PublicationPage.linked(p, similar)).stream()
                .collect(Collectors.toMap(Publication::id, Function.identity(), (a, b) -> a));
        PageUrl here = PageUrl.publication(p.id(), m.lang());
        render(ctx, "publication.jte", PublicationPage.of(p, similar, others, here, m, search.facets()));
    }

    /** A search whose own range (from … to) is longer than three years: drawn by year unless asked otherwise. */
    private static boolean spansYears(SearchRequest request) {
        return request.from() != null && request.to() != null && request.from().plusYears(3).isBefore(request.to());
    }

    /** {@code /minister/{id}}: a minister of the registry, their roles and publications. */
    void minister(Context ctx) throws IOException {
        Messages m = messages(ctx);
        Registry.Person person = search.facets().registry().person(ctx.pathParam("id"));
        if (person == null) {
            notFound(ctx, m);
            return;
        }
        subject(ctx, m, "minister", person.id(), person.label(m.lang()), person.roles(), "area");
    }

    /** {@code /area/{id}}: a policy area and its publications. */
    void area(Context ctx) throws IOException {
        Messages m = messages(ctx);
        Registry.Area area = search.facets().registry().area(ctx.pathParam("id"));
        if (area == null) {
            notFound(ctx, m);
            return;
        }
        subject(ctx, m, "area", area.id(), area.labels().getOrDefault(m.lang(), area.id()), List.of(), "minister");
    }

    private void subject(Context ctx, Messages m, String kind, String id, String name, List<Registry.Role> roles, String split)
            throws IOException {
        PageUrl search = PageUrl.of("/search").with(kind, id).with("ui", m.lang());
        PageUrl here = PageUrl.subject(kind, id, m.lang()).with("interval", ctx.queryParam("interval")).with("by", ctx.queryParam("by"));
        SearchRequest request = SearchRequest.from(Map.of(kind, List.of(id), "ui", List.of(m.lang()), "sort", List.of("newest"),
                "size", List.of(String.valueOf(LATEST)), "group", List.of("release")));
        SearchResult result = this.search.search(request);
        TrendChart trend = null;
        if (result.total() > 0) {
            String interval = ctx.queryParam("interval");
            String by = ctx.queryParam("by");
            Trends.Trend t = trends.of(request, interval == null ? Trends.Interval.MONTH : Trends.Interval.of(interval),
                    by == null ? split : TrendChart.split(by));
            trend = t.buckets().isEmpty() ? null : TrendChart.of(t, here, search, m);
        }
        render(ctx, "subject.jte", SubjectPage.of(kind, name, roles, result, trend, here, search, m));
    }

    /** {@code POST /subscribe}: the page's subscription form, which needs no script; the mail asks to confirm. */
    void subscribe(Context ctx) throws IOException {
        Messages m = messages(ctx);
        if (subscriptions == null) {
            notice(ctx, m, 503, m.get("subscribe.off"), "/");
            return;
        }
        String email = ctx.formParamAsClass("email", String.class).getOrDefault("").strip();
        String frequency = ctx.formParamAsClass("frequency", String.class).getOrDefault("immediate");
        Map<String, List<String>> query = new LinkedHashMap<>(ctx.formParamMap());
        List.of("email", "frequency", "ui").forEach(query::remove);
        PageUrl back = PageUrl.of("/search", query).with("ui", m.lang());
        if (!Subscriptions.isEmail(email) || !Subscriptions.FREQUENCIES.contains(frequency)) {
            notice(ctx, m, 400, m.get("subscribe.invalid"), back.toString());
            return;
        }
        SearchRequest.from(query); // a search that cannot run is refused now, not at the first mail
        try {
            subscriptions.subscribe(query, email, frequency, m.lang());
        } catch (jakarta.mail.MessagingException e) {
            notice(ctx, m, 503, m.get("subscribe.failed"), back.toString());
            return;
        }
        notice(ctx, m, 202, m.get("subscribe.sent", email), back.toString());
    }

    void notFound(Context ctx) {
        notFound(ctx, messages(ctx));
    }

    void notFound(Context ctx, Messages m) {
        notice(ctx, m, 404, m.get("notfound.text"), PageUrl.of("/").with("ui", m.lang()).toString());
    }

    /** A refused search: its page says which parameter, in the interface language. */
    void badParameter(Context ctx, BadParameterException e) {
        Messages m = messages(ctx);
        notice(ctx, m, 400, m.get("error.parameter", e.parameter()), PageUrl.of("/").with("ui", m.lang()).toString());
    }

    void unavailable(Context ctx) {
        Messages m = messages(ctx);
        notice(ctx, m, 503, m.get("error.unavailable"), PageUrl.of("/").with("ui", m.lang()).toString());
    }

    private void notice(Context ctx, Messages m, int status, String text, String back) {
        ctx.status(status);
        render(ctx, "notice.jte", new Notice(Frame.of(m, text, PageUrl.of(ctx.path()), null, ""), text, back));
    }

    private static Messages messages(Context ctx) {
        return Messages.chosen(ctx.queryParam("ui"), ctx.header("Accept-Language"));
    }

    private void render(Context ctx, String template, Object page) {
        StringOutput out = new StringOutput();
        templates.render(template, page, out);
        ctx.contentType("text/html; charset=utf-8").header("Vary", "Accept-Language").result(out.toString());
    }

    /** The pages' own routes, for the error handlers: they answer in HTML, the API in JSON. */
    static boolean isPage(Context ctx) {
        String path = ctx.path();
        return path.equals("/") || path.equals("/search") || path.startsWith("/p/") || path.equals("/subscribe")
                || path.startsWith("/minister/") || path.startsWith("/area/");
    }
}
