package kz.minsearch.present;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Per-client token buckets: each client may send {@code burst} requests at once and {@code perSecond} a second after
 * that; past it, a request waits for its next token. Clients idle long enough to have a full bucket are forgotten
 * when there are many, so memory stays bounded whatever the number of addresses.
 */
public final class RateLimiter {
    /** No limit (tests of other things, a private deployment). */
    public static final RateLimiter OFF = new RateLimiter(0, 0, System::nanoTime);
    private static final int MAX_CLIENTS = 100_000;
    private static final double NANOS = 1e9;

    private final double perSecond;
    private final double burst;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** @param clock nanoseconds, as {@link System#nanoTime()} (a test passes its own) */
    public RateLimiter(double perSecond, double burst, LongSupplier clock) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.clock = clock;
    }

    /**
     * {@code MINSEARCH_RATE_LIMIT} requests a second per client (default 30; 0 switches the limit off) and
     * {@code MINSEARCH_RATE_BURST} at once (default ten seconds' worth).
     */
    public static RateLimiter fromEnvironment(Map<String, String> env) {
        double perSecond = Double.parseDouble(env.getOrDefault("MINSEARCH_RATE_LIMIT", "30"));
        if (perSecond <= 0) {
            return OFF;
        }
        double burst = Double.parseDouble(env.getOrDefault("MINSEARCH_RATE_BURST", String.valueOf(perSecond * 10)));
        return new RateLimiter(perSecond, Math.max(1, burst), System::nanoTime);
    }

    public boolean isOff() {
        return perSecond <= 0;
    }

    public double perSecond() {
        return perSecond;
    }

    public double burst() {
        return burst;
    }

    /** Takes a token for this client: 0 when the request may go on, else the whole seconds until it may. */
    public long acquire(String client) {
        if (isOff()) {
            return 0;
        }
        long now = clock.getAsLong();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(b -> b.fullAt(now));
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(now)).take(now);
    }

    private final class Bucket {
        private double tokens = burst;
        private long at;

        Bucket(long now) {
            at = now;
        }

        synchronized long take(long now) {
            tokens = Math.min(burst, tokens + (now - at) / NANOS * perSecond);
            at = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perSecond);
        }

        synchronized boolean fullAt(long now) {
            return tokens + (now - at) / NANOS * perSecond >= burst;
        }
    }
}
