package kz.minsearch.search;

import kz.minsearch.index.Publication;

import java.util.List;
import java.util.Map;

/** What {@code GET /api/search} answers. */
public record SearchResult(long total, List<Hit> hits, Map<String, List<Bucket>> facets) {

    /** @param snippet HTML: the text escaped, with only {@code <mark>} added around matches */
    public record Hit(String id, String url, String title, String lang, String published, List<String> ministers,
                      List<String> areas, String source, String snippet, List<Publication.Link> translations) {
    }

    public record Bucket(String value, String label, long count, boolean selected) {
    }
}
