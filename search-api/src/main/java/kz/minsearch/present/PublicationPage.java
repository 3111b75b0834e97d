package kz.minsearch.present;

import kz.minsearch.index.Publication;
import kz.minsearch.search.Facets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A publication's own page: what it says in full, who and what it is about (each a link to that search), where it was
 * published, and the publications around it — its translations, its retellings on other sites, those like it.
 */
public record PublicationPage(Frame frame, String title, String lang, String langName, String date, String source,
                              String original, List<Link> ministers, List<Link> areas, String lead, List<String> paragraphs,
                              List<Other> translations, List<Other> retellings, List<Other> similar) {
    /** A minister or an area, linked to the search for it; {@code why} the terms that put an area there. */
    public record Link(String label, String href, String why) {
    }

    /** Another publication: its title in its own language, where it appeared, and its page here. */
    public record Other(String title, String lang, String langName, String source, String href) {
        public String htmlLang() {
            return Frame.htmlLang(lang);
        }
    }

    public String htmlLang() {
        return Frame.htmlLang(lang);
    }

    public Messages m() {
        return frame.m();
    }

    /**
     * @param others the publications it links to, by id (their titles are shown, not their addresses)
     */
    static PublicationPage of(Publication p, List<Publication.Link> similar, Map<String, Publication> others,
                              PageUrl here, Messages m, Facets facets) {
        String ui = m.lang();
        List<Link> ministers = p.ministers().stream().map(id -> new Link(facets.label("minister", id, ui),
                PageUrl.subject("minister", id, ui).toString(), null)).toList();
        List<Link> areas = p.areas().stream().map(id -> new Link(facets.label("area", id, ui),
                PageUrl.subject("area", id, ui).toString(),
                String.join(", ", p.areaTerms().getOrDefault(id, List.of())))).toList();
        List<String> paragraphs = Arrays.stream(p.body().split("\\n\\s*\\n")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(ArrayList::new));
        if (!paragraphs.isEmpty() && paragraphs.get(0).equals(p.lead())) {
            paragraphs.remove(0); // the lead is shown once, as the lead
        }
        Function<Publication.Link, Other> other = l -> {
            Publication o = others.get(l.id());
            return new Other(o == null ? l.url() : o.title(), l.lang(), facets.label("lang", l.lang(), ui),
                    o == null ? "" : facets.label("source", o.source(), ui), SearchPage.here(l.id(), m));
        };
        return new PublicationPage(Frame.of(m, p.title(), here, null, ""), p.title(), p.lang(), facets.label("lang", p.lang(), ui),
                p.published() == null ? m.get("date.unknown") : p.published().toLocalDate().toString(),
                facets.label("source", p.source(), ui), p.url(), ministers, areas, p.lead(), paragraphs,
                p.translations().stream().map(other).toList(), p.related().stream().map(other).toList(),
                similar.stream().filter(l -> !l.id().equals(p.id())).map(other).toList());
    }

    /** The ids of the publications a page of {@code p} links to. */
    static List<String> linked(Publication p, List<Publication.Link> similar) {
        List<String> ids = new ArrayList<>();
        p.translations().forEach(l -> ids.add(l.id()));
        p.related().forEach(l -> ids.add(l.id()));
        similar.forEach(l -> ids.add(l.id()));
        return ids.stream().distinct().toList();
    }
}
