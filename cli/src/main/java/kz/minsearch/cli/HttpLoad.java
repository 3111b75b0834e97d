package kz.minsearch.cli;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Closed-loop HTTP load: {@code clients} virtual threads each send the requests in turn for a while. */
final class HttpLoad {
    /** Latency percentiles in milliseconds, successful answers a second, and how many failed. */
    record Result(double p50, double p99, double perSecond, int failed) {
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
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(percentile(sorted, 0.50), percentile(sorted, 0.99), sorted.size() / (double) duration.toSeconds(), failed.get());
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }
}
