package kz.minsearch.present;

import kz.minsearch.enrich.Registry;
import kz.minsearch.search.SearchResult;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A minister's or a policy area's own page: who or what it is (a minister's roles with their months in office), its
 * publications over time, the latest of them, the areas (for a minister) or ministers (for an area) that occur with it
 * most, and where to go on: the search and the feed of its publications.
 *
 * @param kind {@code minister} or {@code area}, the facet it is a value of
 */
public record SubjectPage(Frame frame, String kind, String name, List<Role> roles, long total, TrendChart trend,
                          List<Latest> latest, String relatedHeading, List<Related> related, String searchHref, String feedHref) {
    static final List<String> KINDS = List.of("minister", "area");
    private static final int RELATED = 6;

    /** @param period its months in office, in words of the interface language */
    public record Role(String title, String period) {
    }

    /** @param titleHtml the API's escaped title */
    public record Latest(String titleHtml, String href, String date, String lang, String source) {
        public String htmlLang() {
            return Frame.htmlLang(lang);
        }
    }

    public record Related(String label, long count, String href) {
    }

    public Messages m() {
        return frame.m();
    }

    /** @param result its publications, newest first, one per release, with every facet counted */
    static SubjectPage of(String kind, String name, List<Registry.Role> roles, SearchResult result, TrendChart trend,
                          PageUrl here, PageUrl search, Messages m) {
        Frame frame = Frame.of(m, name, here, search.without(java.util.Set.of("ui")).at("/feed.atom").toString(), "");
        Locale locale = Locale.forLanguageTag(m.lang());
        DateTimeFormatter month = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
        List<Role> roleViews = roles.stream().filter(r -> r.from() != null).map(r -> new Role(roleTitle(r.title(), m),
                m.get("subject.period", month.format(r.from().atDay(1)),
                        r.to() == null ? m.get("subject.present") : month.format(r.to().atDay(1))))).toList();
        List<Latest> latest = result.hits().stream().map(h -> new Latest(h.titleHtml() == null ? "" : h.titleHtml(),
                SearchPage.here(h.id(), m), h.published() == null ? m.get("date.unknown") : h.published().substring(0, 10), h.lang(),
                h.sourceLabel() == null ? h.source() : h.sourceLabel())).toList();
        String other = kind.equals("minister") ? "area" : "minister";
        List<Related> related = result.facets().getOrDefault(other, List.of()).stream()
                .sorted(Comparator.comparingLong(SearchResult.Bucket::count).reversed()).limit(RELATED)
                .map(b -> new Related(b.label(), b.count(), PageUrl.subject(other, b.value(), m.lang()).toString())).toList();
        return new SubjectPage(frame, kind, name, roleViews, result.total(), trend, latest, m.get("subject.related." + kind),
                related, search.toString(), frame.feed());
    }

    /** A role in the interface language when the bundle knows it (role.minister-of-culture-and-information), else as given. */
    private static String roleTitle(String title, Messages m) {
        String key = "role." + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-");
        return m.keys().contains(key) ? m.get(key) : title;
    }
}
