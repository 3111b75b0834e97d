package kz.minsearch.extract;

import java.time.OffsetDateTime;

/**
 * What extraction yields from one page or file: the text a reader would copy, before enrichment.
 *
 * @param published when it was published, or null when the page does not say
 */
public record Article(String url, String source, String title, String body, OffsetDateTime published) {
    public Article {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("an article needs a URL");
        }
        title = title == null ? "" : title.strip();
        body = body == null ? "" : body.strip();
    }

    /** The first paragraph: what search boosts beside the title. */
    public String lead() {
        int end = body.indexOf("\n\n");
        return end < 0 ? body : body.substring(0, end);
    }
}
