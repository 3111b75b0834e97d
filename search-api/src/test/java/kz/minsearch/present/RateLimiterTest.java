package kz.minsearch.present;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateLimiterTest {
    private final AtomicLong now = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(2, 4, now::get);

    @Test
    void aClientMaySendItsBurstThenItsRate() {
        for (int i = 0; i < 4; i++) {
            assertEquals(0, limiter.acquire("a"), "request " + i + " of the burst");
        }
        assertEquals(1, limiter.acquire("a"), "the fifth waits for its token");
        assertEquals(0, limiter.acquire("b"), "another client has its own bucket");
        now.addAndGet(500_000_000L);
        assertEquals(0, limiter.acquire("a"), "half a second at 2/s gives one token");
        assertTrue(limiter.acquire("a") > 0);
        now.addAndGet(60_000_000_000L);
        for (int i = 0; i < 4; i++) {
            assertEquals(0, limiter.acquire("a"), "idle, the bucket fills up to the burst again");
        }
    }

    @Test
    void theEnvironmentSetsOrSwitchesOffTheLimit() {
        assertTrue(RateLimiter.fromEnvironment(Map.of("MINSEARCH_RATE_LIMIT", "0")).isOff());
        RateLimiter set = RateLimiter.fromEnvironment(Map.of("MINSEARCH_RATE_LIMIT", "5", "MINSEARCH_RATE_BURST", "7"));
        assertEquals(5, set.perSecond());
        assertEquals(7, set.burst());
        assertEquals(300, RateLimiter.fromEnvironment(Map.of()).burst());
    }
}
