package kz.minsearch.present;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import kz.minsearch.search.Facets;
import kz.minsearch.search.SearchRequest;
import kz.minsearch.search.SearchResult;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * A search as an Atom 1.0 feed, written with rome: newest first by when minsearch indexed each publication, entry ids
 * that never change (a tag URI of the publication id), the title, the link to the original, the snippet as plain
 * text (rome escapes it: scraped markup stays text), the language, and the ministers and areas as categories. The
 * feed's title says what was searched, in the interface language.
 */
final class AtomFeed {
    private static final Map<String, String[]> TITLES = Map.of(
            "kk", new String[]{"minsearch: жаңа жарияланымдар", "minsearch: «%s» бойынша жаңа жарияланымдар"},
            "ru", new String[]{"minsearch: новые публикации", "minsearch: новые публикации по запросу «%s»"},
            "en", new String[]{"minsearch: new publications", "minsearch: new publications for «%s»"});

    /** @param xml the feed; {@code updated} the newest entry's moment (for Last-Modified), or null when it has none */
    record Written(String xml, Instant updated) {
    }

    private AtomFeed() {
    }

    static Written write(SearchRequest request, SearchResult result, Facets facets, String selfUrl, String pageUrl) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setUri("tag:minsearch,2026:search" + selfUrl.substring(selfUrl.indexOf('?') < 0 ? selfUrl.length() : selfUrl.indexOf('?')));
        feed.setTitle(title(request, facets));
        feed.setLanguage(request.ui());
        feed.setLinks(List.of(link(selfUrl, "self", "application/atom+xml"), link(pageUrl, "alternate", "text/html")));
        Instant newest = null;
        List<SyndEntry> entries = new ArrayList<>();
        for (SearchResult.Hit hit : result.hits()) {
            Instant indexed = hit.indexed() == null ? null : OffsetDateTime.parse(hit.indexed()).toInstant();
            if (indexed != null && (newest == null || indexed.isAfter(newest))) {
                newest = indexed;
            }
            entries.add(entry(hit, indexed, facets, request.ui()));
        }
        feed.setEntries(entries);
        feed.setPublishedDate(Date.from(newest == null ? Instant.EPOCH : newest));
        try {
            return new Written(new SyndFeedOutput().outputString(feed), newest);
        } catch (FeedException e) {
            throw new IllegalStateException("the feed could not be written: " + e.getMessage(), e);
        }
    }

    private static SyndEntry entry(SearchResult.Hit hit, Instant indexed, Facets facets, String ui) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri("tag:minsearch,2026:publication/" + hit.id());
        entry.setTitle(hit.title());
        entry.setLink(hit.url());
        SyndContent summary = new SyndContentImpl();
        summary.setType("text");
        summary.setValue(org.jsoup.Jsoup.parse(hit.snippet()).text()); // the snippet's <mark>s dropped, its text kept
        entry.setDescription(summary);
        entry.setUpdatedDate(Date.from(indexed == null ? Instant.EPOCH : indexed));
        if (hit.published() != null) {
            entry.setPublishedDate(Date.from(OffsetDateTime.parse(hit.published()).toInstant()));
        }
        List<SyndCategory> categories = new ArrayList<>();
        hit.ministers().forEach(m -> categories.add(category("minister", m, facets.label("minister", m, ui))));
        hit.areas().forEach(a -> categories.add(category("area", a, facets.label("area", a, ui))));
        entry.setCategories(categories);
        DCModule dc = new DCModuleImpl();
        dc.setLanguage(hit.lang());
        entry.getModules().add(dc);
        return entry;
    }

    private static String title(SearchRequest request, Facets facets) {
        String[] forms = TITLES.get(request.ui());
        StringBuilder title = new StringBuilder(request.text().isBlank() ? forms[0] : String.format(forms[1], request.text()));
        List<String> filters = new ArrayList<>();
        request.filters().forEach((facet, values) -> values.forEach(v -> filters.add(facets.label(facet, v, request.ui()))));
        if (!filters.isEmpty()) {
            title.append(" — ").append(String.join(", ", filters));
        }
        return title.toString();
    }

    private static SyndCategory category(String scheme, String term, String label) {
        SyndCategory c = new SyndCategoryImpl();
        c.setTaxonomyUri("tag:minsearch,2026:" + scheme);
        c.setName(term);
        c.setLabel(label);
        return c;
    }

    private static SyndLink link(String href, String rel, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setHref(href);
        link.setRel(rel);
        link.setType(type);
        return link;
    }
}
