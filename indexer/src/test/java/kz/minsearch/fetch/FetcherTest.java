package kz.minsearch.fetch;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each failure of the web is caught, named, and retried only when it may pass. */
class FetcherTest {
    private static FaultyWeb web;
    private static Fetcher fetcher;

    @BeforeAll
    static void start() throws Exception {
        web = new FaultyWeb();
        fetcher = new Fetcher(FetchOptions.defaults().withHostDelay(Duration.ZERO)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofMillis(10)));
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    private static FetchResult.Failure failure(String path) {
        return assertInstanceOf(FetchResult.Failed.class, fetcher.fetch(web.url(path), null, null)).kind();
    }

    @Test
    void namesEachFailure() {
        assertEquals(FetchResult.Failure.HTTP_SERVER_ERROR, failure("/500"));
        assertEquals(FetchResult.Failure.TIMEOUT, failure("/slow"));
        assertEquals(FetchResult.Failure.TRUNCATED, failure("/truncated"));
        assertEquals(FetchResult.Failure.REDIRECT_LOOP, failure("/loop-a"));
        assertEquals(FetchResult.Failure.OFF_HOST_REDIRECT, failure("/offhost"));
        assertEquals(FetchResult.Failure.TOO_LARGE, failure("/huge"));
        assertEquals(FetchResult.Failure.NOT_A_PAGE, failure("/binary"));
        assertEquals(FetchResult.Failure.DISALLOWED_BY_ROBOTS, failure("/private/secret.html"));
        assertEquals(FetchResult.Failure.HTTP_CLIENT_ERROR, failure("/missing.html"));
    }

    @Test
    void retriesWhatMayPass() {
        FetchResult r = fetcher.fetch(web.url("/flaky"), null, null);
        assertInstanceOf(FetchResult.Fetched.class, r);
        assertTrue(web.flakyCalls.get() >= 2);
    }

    @Test
    void takesTheCharsetFromTheHeader() {
        FetchResult.Fetched r = assertInstanceOf(FetchResult.Fetched.class, fetcher.fetch(web.url("/cp1251"), null, null));
        assertEquals("windows-1251", r.charset().name());
    }
}
