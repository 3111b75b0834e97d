package kz.minsearch.crawl;

import java.time.Duration;
import java.time.Instant;

/**
 * When a page is due again. Listings, feeds and other pages at every crawl: they are where the new is found. An
 * article soon after it appeared or changed (corrections come early), then half as often each time it is found the
 * same, up to a month. A failing URL backs off, doubling from an hour up to a week.
 */
final class Revisit {
    static final Duration FRESH = Duration.ofHours(6);
    static final Duration LONGEST = Duration.ofDays(30);
    static final Duration FAILING = Duration.ofHours(1);
    static final Duration FAILING_LONGEST = Duration.ofDays(7);

    private Revisit() {
    }

    /** @return the next fetch as an ISO instant, or null for every crawl */
    static String next(CrawlState.Kind kind, CrawlState.Entry before, boolean changed, Instant now) {
        if (kind != CrawlState.Kind.ARTICLE && kind != CrawlState.Kind.DUPLICATE) {
            return null;
        }
        Duration last = before == null ? null : before.interval();
        Duration wait = changed || last == null || last.isNegative() ? FRESH : min(last.multipliedBy(2), LONGEST);
        return now.plus(max(wait, FRESH)).toString();
    }

    /** After the {@code failures}-th failure in a row. */
    static String afterFailure(int failures, Instant now) {
        Duration wait = FAILING.multipliedBy(1L << Math.min(failures - 1, 20));
        return now.plus(min(wait, FAILING_LONGEST)).toString();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
