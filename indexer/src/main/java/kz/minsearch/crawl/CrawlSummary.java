package kz.minsearch.crawl;

import kz.minsearch.fetch.FetchResult;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What a crawl did, counted as it goes (workers update it concurrently). */
public final class CrawlSummary {
    public final AtomicInteger fetched = new AtomicInteger();
    public final AtomicInteger articlesNew = new AtomicInteger();
    public final AtomicInteger articlesChanged = new AtomicInteger();
    public final AtomicInteger articlesUnchanged = new AtomicInteger();
    /** Known pages left alone because they are not due again yet. */
    public final AtomicInteger notDue = new AtomicInteger();
    public final AtomicInteger listings = new AtomicInteger();
    public final AtomicInteger feeds = new AtomicInteger();
    public final AtomicInteger other = new AtomicInteger();
    public final AtomicInteger duplicates = new AtomicInteger();
    public final AtomicInteger refused = new AtomicInteger();
    private final Map<String, Map<String, Integer>> signals = new TreeMap<>();
    private final Map<FetchResult.Failure, AtomicInteger> errors = new EnumMap<>(FetchResult.Failure.class);
    private final Map<String, String> errorExamples = new TreeMap<>();
    private volatile String indexingProblem;

    public synchronized void error(FetchResult.Failed failed) {
        errors.computeIfAbsent(failed.kind(), k -> new AtomicInteger()).incrementAndGet();
        errorExamples.putIfAbsent(failed.kind().name(), failed.url() + " (" + failed.detail() + ")");
    }

    public synchronized Map<FetchResult.Failure, Integer> errors() {
        Map<FetchResult.Failure, Integer> out = new EnumMap<>(FetchResult.Failure.class);
        errors.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    /** Counts the signals that decided a page's kind, by kind ({@code name=value} counted by name). */
    public synchronized void decided(String kind, java.util.List<String> pageSignals) {
        Map<String, Integer> counts = signals.computeIfAbsent(kind, k -> new TreeMap<>());
        for (String signal : pageSignals) {
            counts.merge(signal.split("=", 2)[0], 1, Integer::sum);
        }
    }

    public synchronized Map<String, Map<String, Integer>> signals() {
        Map<String, Map<String, Integer>> out = new TreeMap<>();
        signals.forEach((k, v) -> out.put(k, new TreeMap<>(v)));
        return out;
    }

    public void indexingProblem(String problem) {
        indexingProblem = problem;
    }

    public String indexingProblem() {
        return indexingProblem;
    }

    public int errorCount() {
        return errors().values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public synchronized String toString() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("pages fetched %d; articles new %d, changed %d, unchanged %d, not due yet %d; listings %d; other pages %d; "
                        + "duplicates %d; feeds/sitemaps %d; errors %d; links refused (traps, budget, depth, off-site) %d%n",
                fetched.get(), articlesNew.get(), articlesChanged.get(), articlesUnchanged.get(), notDue.get(), listings.get(), other.get(),
                duplicates.get(), feeds.get(), errorCount(), refused.get()));
        signals.forEach((kind, counts) -> out.append(String.format("  %s decided by: %s%n", kind,
                counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", ")))));
        errors.forEach((kind, n) -> out.append(String.format("  %-22s %3d  e.g. %s%n", kind, n.get(), errorExamples.get(kind.name()))));
        if (indexingProblem != null) {
            out.append("  indexing: ").append(indexingProblem).append('\n');
        }
        return out.toString();
    }
}
