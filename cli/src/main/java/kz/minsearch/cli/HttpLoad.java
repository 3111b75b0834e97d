package kz.minsearch.cli;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Closed-loop HTTP load: {@code clients} virtual threads each send the requests in turn for a while. */
final class HttpLoad {
    /** The latencies of the successful answers (nanoseconds, sorted), over how long, and how many failed. */
    record Result(long[] latencies, Duration duration, int failed) {
        /** Nothing measured yet: what measurements are added to. */
        static final Result NONE = new Result(new long[0], Duration.ZERO, 0);

        double p50() {
            return percentile(0.50);
        }

        double p99() {
            return percentile(0.99);
        }

        double perSecond() {
            return latencies.length / (duration.toNanos() / 1e9);
        }

        /** Two measurements of the same load as one (alternated halves cancel the drift of a machine that warms up). */
        Result plus(Result other) {
            long[] all = Arrays.copyOf(latencies, latencies.length + other.latencies.length);
            System.arraycopy(other.latencies, 0, all, latencies.length, other.latencies.length);
            Arrays.sort(all);
            return new Result(all, duration.plus(other.duration), failed + other.failed);
        }

        /** Milliseconds, or NaN when nothing succeeded. */
        private double percentile(double p) {
            return latencies.length == 0 ? Double.NaN
                    : latencies[Math.min(latencies.length - 1, (int) Math.ceil(p * latencies.length) - 1)] / 1e6;
        }
    }

    private HttpLoad() {
    }

    static Result run(HttpClient http, List<HttpRequest> requests, int clients, Duration duration) throws InterruptedException {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        AtomicLong next = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        HttpRequest request = requests.get((int) (next.getAndIncrement() % requests.size()));
                        long t = System.nanoTime();
                        try {
                            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() == 200) {
                                latencies.add(System.nanoTime() - t);
                            } else {
                                failed.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failed.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(sorted, duration, failed.get());
    }
}
