package kz.minsearch.search;

import kz.minsearch.index.Publication;

import java.util.List;
import java.util.Map;

/**
 * What {@code GET /api/search} answers.
 *
 * @param next       a cursor for the page after this one (deep paging), or null on the last page
 * @param suggestion a corrected query ("did you mean"), or null
 * @param feed       the Atom feed of the same search (set by the HTTP layer, which knows its addresses)
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<Bucket>> facets, String next, String suggestion,
                           String feed) {
    public SearchResult withFeed(String feedUrl) {
        return new SearchResult(total, hits, facets, next, suggestion, feedUrl);
    }


    /**
     * @param title      plain text, as published (a client shows it as text, never as markup)
     * @param titleHtml  the title as HTML: escaped, with only {@code <mark>} added around matches
     * @param sourceLabel the publisher's name in the interface language
     * @param snippet    HTML: the text escaped, with only {@code <mark>} added around matches
     * @param indexed    when minsearch first indexed it
     * @param partial    it holds only some of the query's words (most of them are what a whole match holds)
     */
    public record Hit(String id, String url, String title, String titleHtml, String lang, String published, String indexed,
                      List<String> ministers,
                      List<String> areas, String source, String sourceLabel, String snippet, List<Publication.Link> translations,
                      boolean partial) {
    }

    public record Bucket(String value, String label, long count, boolean selected) {
    }
}
