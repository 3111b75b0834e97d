package kz.minsearch.fetch;

import java.time.Duration;

/**
 * How politely and how patiently to fetch.
 *
 * @param hostDelay  the least time between two requests to one host
 * @param attempts   tries per URL for failures that may pass (5xx, timeouts, truncated bodies, refused connections)
 * @param backoff    the wait before the second try; it doubles for each further try
 * @param addresses  which hosts may be connected to at all
 */
public record FetchOptions(String userAgent, Duration connectTimeout, Duration requestTimeout, int attempts,
                           Duration backoff, long maxBytes, int maxRedirects, Duration hostDelay, AddressPolicy addresses) {

    public static final String USER_AGENT = "minsearch/0.1 (+https://github.com/minsearch; search of the Ministry of Culture and Information's publications)";

    public static FetchOptions defaults() {
        return new FetchOptions(USER_AGENT, Duration.ofSeconds(10), Duration.ofSeconds(30), 3, Duration.ofMillis(500),
                5L * 1024 * 1024, 5, Duration.ofMillis(500), AddressPolicy.SYSTEM);
    }

    public FetchOptions withHostDelay(Duration delay) {
        return new FetchOptions(userAgent, connectTimeout, requestTimeout, attempts, backoff, maxBytes, maxRedirects, delay, addresses);
    }

    public FetchOptions withTimeouts(Duration connect, Duration request, Duration firstBackoff) {
        return new FetchOptions(userAgent, connect, request, attempts, firstBackoff, maxBytes, maxRedirects, hostDelay, addresses);
    }

    public FetchOptions withAddresses(AddressPolicy policy) {
        return new FetchOptions(userAgent, connectTimeout, requestTimeout, attempts, backoff, maxBytes, maxRedirects, hostDelay, policy);
    }

    public FetchOptions withMaxBytes(long bytes) {
        return new FetchOptions(userAgent, connectTimeout, requestTimeout, attempts, backoff, bytes, maxRedirects, hostDelay, addresses);
    }
}
