package kz.minsearch.fetch;

import java.nio.charset.Charset;

/** What one fetch gave: a page, "not modified", or a failure of a named kind. */
public sealed interface FetchResult {

    /** @param charset from the Content-Type header, or null to let the page's own meta tag decide */
    record Fetched(String url, int status, String contentType, Charset charset, byte[] body, String etag,
                   String lastModified) implements FetchResult {
        public boolean isHtml() {
            return contentType.contains("html");
        }

        /** A JSON answer, as a "load more" endpoint gives: its URLs are followed, it is never an article. */
        public boolean isJson() {
            return contentType.contains("json");
        }

        public boolean isXml() {
            return contentType.contains("xml") || contentType.contains("rss") || contentType.contains("atom");
        }
    }

    record NotModified(String url) implements FetchResult {
    }

    record Failed(String url, Failure kind, String detail) implements FetchResult {
    }

    enum Failure {
        HTTP_CLIENT_ERROR(false), HTTP_SERVER_ERROR(true), TIMEOUT(true), CONNECTION(true), TRUNCATED(true),
        TOO_LARGE(false), NOT_A_PAGE(false), REDIRECT_LOOP(false), TOO_MANY_REDIRECTS(false), OFF_HOST_REDIRECT(false),
        DISALLOWED_BY_ROBOTS(false), BAD_URL(false), PRIVATE_ADDRESS(false);

        private final boolean retryable;

        Failure(boolean retryable) {
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }
    }
}
