package kz.minsearch.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.minsearch.enrich.Enricher;
import kz.minsearch.enrich.Registry;
import kz.minsearch.eval.SyntheticCorpus;
import kz.minsearch.extract.PageExtractor;
import kz.minsearch.index.ElasticsearchConfig;
import kz.minsearch.index.Importer;
import kz.minsearch.index.LinkPass;
import kz.minsearch.index.Publication;
import kz.minsearch.index.PublicationIndex;
import kz.minsearch.node.LocalNode;
import kz.minsearch.search.Facets;
import kz.minsearch.search.SearchRequest;
import kz.minsearch.search.SearchService;
import org.jsoup.Jsoup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import java.util.stream.Stream;

@Command(name = "bench", description = "Reproducible benchmark on a node of its own under $MINSEARCH_HOME/bench: seeded "
        + "synthetic kk/ru/en pages; extraction + enrichment per core; indexing beside a raw _bulk of the same documents; "
        + "the API beside the same request bodies sent straight to Elasticsearch, per concurrency; the RSS of both.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--docs", description = "synthetic publications (default 10000)")
    int docs = 10_000;

    @Option(names = "--clients", split = ",", description = "concurrent clients, comma-separated (default 1,8,32)")
    List<Integer> clients = List.of(1, 8, 32);

    @Option(names = "--seconds", description = "seconds of load per measurement at least, in turns of half of it (default 20)")
    int seconds = 20;

    @Option(names = "--answers", description = "answers per measurement at least, within three minutes (default 3000: a p99 "
            + "then rests on its 30 slowest; on 1,000 it moved ±9 %% between rounds of the same build)")
    int answers = 3000;

    @Option(names = "--seed", description = "the corpus and query seed (default 1)")
    long seed = 1;

    /** What "cold" measures: a fresh API's first seconds. */
    private static final Duration COLD = Duration.ofSeconds(5);
    /** How long the training run that records the AOT cache serves the bench's searches. */
    private static final Duration TRAINING = Duration.ofSeconds(40);
    private static final int BATCH = 1000;
    private static final int WARM_UP_CLIENTS = 8;
    private static final Duration WARM_UP_WINDOW = Duration.ofSeconds(10);
    private static final Duration WARM_UP_LEAST = Duration.ofMinutes(1);
    private static final Duration WARM_UP_LIMIT = Duration.ofMinutes(8);
    private static final Duration MEASUREMENT_LIMIT = Duration.ofMinutes(3);
    /** How many publications arrive after the corpus, to time linking that grows with the new work. */
    private static final int INCREMENT = 1000;
    /** HTTP/1.1, as browsers and curl speak to an http:// address (no h2c upgrade on each new connection). */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public Integer call() throws Exception {
        Environment env = Environment.current();
        LocalNode node = LocalNode.in(env.home().resolve("bench"));
        String es = node.start(Duration.ofMinutes(3));
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("minsearch bench %s: %d docs, seed %d, %d cores, Java %s, node %s%n", LocalDate.now(), docs, seed, cores,
                Runtime.version(), es);
        SyntheticCorpus corpus = new SyntheticCorpus(Registry.bundled());
        Enricher enricher = new Enricher(Registry.bundled());
        List<Publication> publications = extractAndEnrich(corpus, enricher, cores);

        try (ElasticsearchClient client = ElasticsearchConfig.of(es).client()) {
            PublicationIndex index = new PublicationIndex(client);
            index.delete();
            index.ensureCreated();
            // each load starts on a node done with the merges of the one before, neither paying for the other's
            boolean settled = awaitMerges(es);
            long t0 = System.nanoTime();
            Importer.Result imported = new Importer(enricher, index).importPublications(publications);
            double oursSeconds = seconds(t0);

            String raw = "bench-raw";
            send("DELETE", es + "/" + raw, null);
            String mapping = PublicationIndex.mapping();
            check(send("PUT", es + "/" + raw, mapping), "create " + raw);
            settled &= awaitMerges(es);
            t0 = System.nanoTime();
            for (int from = 0; from < publications.size(); from += BATCH) {
                StringBuilder ndjson = new StringBuilder();
                for (Publication p : publications.subList(from, Math.min(publications.size(), from + BATCH))) {
                    ndjson.append("{\"index\":{\"_id\":").append(JSON.writeValueAsString(p.id())).append("}}\n")
                            .append(JSON.writeValueAsString(p.toDocument())).append('\n');
                }
                check(send("POST", es + "/" + raw + "/_bulk", ndjson.toString()), "bulk");
            }
            check(send("POST", es + "/" + raw + "/_refresh", ""), "refresh");
            double rawSeconds = seconds(t0);
            System.out.printf("(b) indexing: minsearch %.0f docs/s (linked, then written once: %.1f s, %d refused), raw _bulk %.0f docs/s; ratio %.2f%s%n",
                    publications.size() / oursSeconds, oursSeconds, publications.size() - imported.indexed(),
                    publications.size() / rawSeconds, rawSeconds / oursSeconds, settled ? "" : " (a load began while the node still merged)");

            // the news that arrives next: published over the month after the corpus, linked on their own
            List<Publication> later = publications(IntStream.range(docs, docs + INCREMENT).mapToObj(i -> corpus.page(seed, i,
                    SyntheticCorpus.START.plus(SyntheticCorpus.SPAN), Duration.ofDays(30))).parallel(), enricher);
            t0 = System.nanoTime();
            index.index(later, false);
            double laterBulk = seconds(t0);
            long t1 = System.nanoTime();
            int relinked = LinkPass.run(index, later.stream().map(LinkPass.Arrival::of).toList());
            System.out.printf("(b') %,d new publications into %,d: indexed in %.1f s, link pass %.1f s (%d publications updated)%n",
                    later.size(), publications.size(), laterBulk, seconds(t1), relinked);

            SearchService search = new SearchService(client, new Facets(Registry.bundled()));
            List<Query> queries = queries(corpus, new JacksonJsonpMapper(), search, es);
            long settling = System.nanoTime();
            String merges = (awaitMerges(es) ? "after %.0f s waiting for the node's merges to end"
                    : "the node's merges still running after %.0f s").formatted(seconds(settling));
            Path aotCache = aotCache();
            Cold cold = cold(es, queries, aotCache);
            int port = freePort();
            Process api = startApi(es, port, aotCache != null && Files.exists(aotCache) ? List.of("-XX:AOTCache=" + aotCache) : List.of(), null);
            try {
                String base = "http://127.0.0.1:" + port;
                waitForHealth(base);
                List<HttpRequest> viaApi = queries.stream().map(q -> q.api(base)).toList();
                List<HttpRequest> direct = queries.stream().map(Query::raw).toList();
                String warmUp = warmUp(api.pid(), viaApi);
                System.out.printf("(c) %d queries (text, text + language, facets, newest), API and raw alternating every %.1f s, "
                        + "each for %d s and %d answers at least (%s; %s)%n",
                        queries.size(), seconds / 2.0, seconds, answers, merges, warmUp);
                System.out.printf("%8s | %22s | %22s | %9s | %10s%n", "clients", "API p50 / p99 ms", "raw ES p50 / p99 ms", "p99 ratio", "throughput");
                HttpLoad.Result oneClient = null;
                for (int c : clients) {
                    HttpLoad.Result warm = HttpLoad.run(HTTP, viaApi, c, Duration.ofSeconds(Math.max(2, seconds / 2)));
                    // API, raw, raw, API: neither is measured only while the machine is busier
                    Duration half = Duration.ofMillis(seconds * 500L);
                    HttpLoad.Result ours = HttpLoad.Result.NONE;
                    HttpLoad.Result straight = HttpLoad.Result.NONE;
                    do {
                        ours = ours.plus(HttpLoad.run(HTTP, viaApi, c, half));
                        straight = straight.plus(HttpLoad.run(HTTP, direct, c, half));
                        straight = straight.plus(HttpLoad.run(HTTP, direct, c, half));
                        ours = ours.plus(HttpLoad.run(HTTP, viaApi, c, half));
                    } while (Math.min(ours.latencies().length, straight.latencies().length) < answers
                            && ours.duration().compareTo(MEASUREMENT_LIMIT) < 0);
                    if (c == 1) {
                        oneClient = ours;
                    }
                    int failed = ours.failed() + straight.failed() + warm.failed();
                    System.out.printf("%8d | %9.1f / %9.1f | %9.1f / %9.1f | %9.2f | %10.2f   (%d s, %,d + %,d answers)%s%n", c,
                            ours.p50(), ours.p99(), straight.p50(), straight.p99(), ours.p99() / straight.p99(),
                            ours.perSecond() / straight.perSecond(), ours.duration().toSeconds(), ours.latencies().length,
                            straight.latencies().length, failed > 0 ? "  (failures: " + failed + ")" : "");
                }
                cold.print(oneClient);
                System.out.printf("(d) RSS: API %d MB, node %d MB%n", rssMb(api.pid()), rssMb(node.status().pid()));
                export(base, api.pid());
            } finally {
                api.destroy();
            }
        }
        System.out.println("the bench node keeps running under " + node.home() + "; stop it with: MINSEARCH_HOME="
                + env.home().resolve("bench") + " ./minsearch es stop");
        return 0;
    }

    /**
     * (a): the corpus's pages extracted and enriched on every core, timed and printed. The pages are gone when it
     * returns: the HTML of 100,000 pages (some 600 MB) kept alive would make the collector work through the loads
     * that follow.
     */
    private List<Publication> extractAndEnrich(SyntheticCorpus corpus, Enricher enricher, int cores) {
        List<SyntheticCorpus.Page> pages = IntStream.range(0, docs).mapToObj(i -> corpus.page(seed, i)).toList();
        long t0 = System.nanoTime();
        List<Publication> publications = publications(pages.parallelStream(), enricher);
        double extractSeconds = seconds(t0);
        System.out.printf("(a) extraction + enrichment: %d of %d pages taken as articles, %.0f pages/s on %d cores, %.0f pages/s per core%n",
                publications.size(), docs, publications.size() / extractSeconds, cores, publications.size() / extractSeconds / cores);
        return publications;
    }

    /** The pages taken as articles, as the crawler takes them: extracted, then enriched. */
    private static List<Publication> publications(Stream<SyntheticCorpus.Page> pages, Enricher enricher) {
        return pages.map(p -> PageExtractor.extract(Jsoup.parse(p.html(), p.url()), p.url(), p.source()))
                .filter(p -> p.article() != null).map(p -> enricher.enrich(p.article())).toList();
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One query, as the API's address and as the very body the API sends Elasticsearch for it. */
    private record Query(String apiPathAndQuery, HttpRequest raw) {
        HttpRequest api(String base) {
            return HttpRequest.newBuilder(URI.create(base + apiPathAndQuery)).timeout(Duration.ofSeconds(30)).build();
        }
    }

    private List<Query> queries(SyntheticCorpus corpus, JacksonJsonpMapper mapper, SearchService search, String es) {
        Random r = new Random(seed);
        List<Query> out = new ArrayList<>();
        String[] areas = {"culture", "information", "youth", "digital", "civil-society", "religion"};
        for (int i = 0; i < 54; i++) {
            String lang = corpus.languages().get(i % 3);
            String words = Arrays.stream(corpus.page(seed + 7, i).html().replaceAll("(?s).*<h1>|</h1>.*", "").split(" "))
                    .limit(1 + r.nextInt(3)).reduce((a, b) -> a + " " + b).orElse("");
            Map<String, List<String>> params = new LinkedHashMap<>();
            switch (i % 4) {
                case 0 -> params.put("q", List.of(words));
                case 1 -> {
                    params.put("q", List.of(words));
                    params.put("lang", List.of(lang));
                }
                case 2 -> {
                    params.put("q", List.of(words));
                    params.put("area", List.of(areas[r.nextInt(areas.length)]));
                    params.put("year", List.of(String.valueOf(2019 + r.nextInt(8))));
                }
                default -> params.put("sort", List.of("newest"));
            }
            StringBuilder query = new StringBuilder("/api/search");
            params.forEach((k, vs) -> vs.forEach(v -> query.append(query.indexOf("?") < 0 ? '?' : '&').append(k).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8))));
            String body = JsonpUtils.toJsonString(search.elasticsearchRequest(SearchRequest.from(params)), mapper);
            out.add(new Query(query.toString(), HttpRequest.newBuilder(URI.create(es + "/" + PublicationIndex.ALIAS + "/_search"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build()));
        }
        return out;
    }

    /**
     * Until the merges a large load leaves behind are over (at most five minutes): searches measured while the node
     * still merges measure the merging.
     */
    private static boolean awaitMerges(String es) throws Exception {
        long end = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < end) {
            HttpResponse<String> stats = send("GET", es + "/_nodes/stats/indices/merge", null);
            check(stats, "node stats");
            long running = 0;
            for (var node : JSON.readTree(stats.body()).path("nodes")) {
                running += node.path("indices").path("merges").path("current").asLong();
            }
            if (running == 0) {
                return true;
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private static void waitForHealth(String base) throws Exception {
        for (int i = 0; i < 120; i++) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new CliException("the API did not come up for the benchmark");
    }

    private static HttpResponse<String> send(String method, String url, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", method.equals("POST") && url.endsWith("_bulk") ? "application/x-ndjson" : "application/json");
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void check(HttpResponse<String> r, String what) {
        if (r.statusCode() >= 300 || r.body().startsWith("{\"errors\":true")) {
            throw new CliException(what + " failed: " + r.statusCode() + " " + r.body().substring(0, Math.min(300, r.body().length())));
        }
    }

    /**
     * Loads the API until its JIT has compiled the search path: its compiler threads spent under a twentieth of the
     * API's CPU in a window, and its CPU per search moved less than a tenth from the window before (after a minute at
     * least, eight at most). The node has run for minutes, the API's JVM has just started: its C2 compiler alone takes
     * some 20 s of CPU before the API reaches the quarter of the CPU per search it spends at first, and on two cores
     * busy with searches that takes minutes. A server runs for days; what it costs warm is what is compared.
     */
    private static String warmUp(long pid, List<HttpRequest> requests) throws Exception {
        long start = System.nanoTime();
        long compilingAtStart = compilerCpuMillis(pid);
        double first = Double.NaN;
        double previous = Double.NaN;
        double current = Double.NaN;
        while (System.nanoTime() - start < WARM_UP_LIMIT.toNanos()) {
            long cpu = cpuMillis(pid);
            long compiling = compilerCpuMillis(pid);
            HttpLoad.Result window = HttpLoad.run(HTTP, requests, WARM_UP_CLIENTS, WARM_UP_WINDOW);
            long spent = cpuMillis(pid) - cpu;
            boolean compiled = compilerCpuMillis(pid) - compiling <= spent / 20;
            previous = current;
            current = spent / (double) Math.max(1, window.latencies().length);
            first = Double.isNaN(first) ? current : first;
            if (System.nanoTime() - start >= WARM_UP_LEAST.toNanos() && compiled && Math.abs(current - previous) <= 0.1 * previous) {
                break;
            }
        }
        return String.format("the API warmed up for %.0f s, its JIT compiling for %.0f s of CPU; its CPU per search %.1f ms at first, "
                + "%.1f ms at the end", seconds(start), (compilerCpuMillis(pid) - compilingAtStart) / 1000.0, first, current);
    }

    /** The CPU time a process has used (user and system, from /proc; clock ticks of 10 ms). */
    private static long cpuMillis(long pid) throws IOException {
        return cpuMillis(Path.of("/proc/" + pid + "/stat"));
    }

    /** User and system time from a process's or thread's stat file. */
    private static long cpuMillis(Path stat) throws IOException {
        String[] fields = Files.readString(stat).replaceAll(".*\\) ", "").split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    /** The CPU time the JVM's JIT compiler threads have used (the threads HotSpot names "C1/C2 CompilerThread"). */
    private static long compilerCpuMillis(long pid) throws IOException {
        long sum = 0;
        try (var threads = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path thread : threads.toList()) {
                try {
                    if (Files.readString(thread.resolve("comm")).matches("(?s)C[12] CompilerThre.*")) {
                        sum += cpuMillis(thread.resolve("stat"));
                    }
                } catch (NoSuchFileException ended) {
                    // a compiler thread the JVM stopped while we read
                }
            }
        }
        return sum;
    }

    /** The launcher's AOT cache for the API ({@code MINSEARCH_AOT_CACHE}), or null without one or before JDK 25. */
    private static Path aotCache() {
        String file = System.getenv("MINSEARCH_AOT_CACHE");
        return file == null || file.isBlank() || Runtime.version().feature() < 25 ? null : Path.of(file);
    }

    /**
     * A fresh API's first seconds at one client: started bare (neither its warm-up nor the AOT cache), with its warm-up
     * only, and as `serve` starts it (after a training run of the same API under this load has recorded the cache).
     */
    private record Cold(HttpLoad.Result bare, HttpLoad.Result warmedUp, HttpLoad.Result withCache, String recorded) {
        void print(HttpLoad.Result warm) {
            if (warm == null) {
                return;
            }
            System.out.printf("(c') cold, the first %d s of a fresh API at one client (p50 / p99 ms), beside warm %.1f / %.1f:%n",
                    COLD.toSeconds(), warm.p50(), warm.p99());
            line("bare (--warm-up 0s, no AOT cache)", bare, warm);
            line("its warm-up, no AOT cache", warmedUp, warm);
            if (withCache != null) {
                line("its warm-up and AOT cache (serve)", withCache, warm);
            }
            System.out.println("      the AOT cache: " + recorded);
        }

        private static void line(String what, HttpLoad.Result cold, HttpLoad.Result warm) {
            System.out.printf("      %-34s %6.1f / %6.1f (%.2f× / %.2f× warm)%n", what, cold.p50(), cold.p99(),
                    cold.p50() / warm.p50(), cold.p99() / warm.p99());
        }
    }

    private Cold cold(String es, List<Query> queries, Path cache) throws Exception {
        HttpLoad.Result bare = firstSeconds(es, queries, List.of(), "0s");
        HttpLoad.Result warmedUp = firstSeconds(es, queries, List.of(), null);
        if (cache == null) {
            return new Cold(bare, warmedUp, null, "none (JDK 25 and the launcher's MINSEARCH_AOT_CACHE are needed)");
        }
        Files.createDirectories(cache.getParent());
        Files.deleteIfExists(cache);
        long t0 = System.nanoTime();
        int port = freePort();
        Process training = startApi(es, port, List.of("-XX:AOTCacheOutput=" + cache), null);
        try {
            String base = "http://127.0.0.1:" + port;
            waitForHealth(base);
            HttpLoad.run(HTTP, queries.stream().map(q -> q.api(base)).toList(), 2, TRAINING);
        } finally {
            training.destroy(); // a normal exit, at which the JVM writes the cache
            training.waitFor(3, java.util.concurrent.TimeUnit.MINUTES);
        }
        if (!Files.exists(cache)) {
            return new Cold(bare, warmedUp, null, "the training run wrote none");
        }
        Files.writeString(Path.of(cache + ".key"), System.getenv().getOrDefault("MINSEARCH_AOT_KEY", ""));
        String recorded = String.format("recorded by a %d s training run in %.0f s, %.0f MB", TRAINING.toSeconds(), seconds(t0),
                Files.size(cache) / 1e6);
        return new Cold(bare, warmedUp, firstSeconds(es, queries, List.of("-XX:AOTCache=" + cache), null), recorded);
    }

    /** A fresh API, its first seconds of searches after it answers its health check, at one client. */
    private HttpLoad.Result firstSeconds(String es, List<Query> queries, List<String> options, String warmUp) throws Exception {
        int port = freePort();
        Process api = startApi(es, port, options, warmUp);
        try {
            String base = "http://127.0.0.1:" + port;
            waitForHealth(base);
            return HttpLoad.run(HTTP, queries.stream().map(q -> q.api(base)).toList(), 1, COLD);
        } finally {
            api.destroy();
            api.waitFor(1, java.util.concurrent.TimeUnit.MINUTES);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /**
     * The API as `serve` runs it, with the options the launcher gives it (MINSEARCH_SERVE_JAVA_OPTS) and these, and
     * its warm-up as given (null: its default).
     */
    private static Process startApi(String es, int port, List<String> options, String warmUp) throws IOException {
        // exactly as the launcher starts it: an AOT cache is refused by a JVM started with other module options
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED"));
        command.addAll(Arrays.stream(System.getenv().getOrDefault("MINSEARCH_SERVE_JAVA_OPTS", "").split("\\s+"))
                .filter(o -> !o.isBlank()).toList());
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port", String.valueOf(port)));
        if (warmUp != null) {
            command.addAll(List.of("--warm-up", warmUp));
        }
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("MINSEARCH_ES_URL", es);
        pb.environment().put("MINSEARCH_RATE_LIMIT", "0");
        return pb.start();
    }

    /**
     * (e): every publication through {@code /export.jsonl}, read as it streams, the API's RSS sampled all along: an
     * export holds a page at a time, so its memory stays where it was whatever the total.
     */
    private static void export(String base, long apiPid) throws IOException, InterruptedException {
        long before = rssMb(apiPid);
        java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong(before);
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        Thread sampler = Thread.ofVirtual().start(() -> {
            while (!done.get()) {
                peak.accumulateAndGet(rssMb(apiPid), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long t0 = System.nanoTime();
        long lines = 0;
        long bytes = 0;
        HttpResponse<java.io.InputStream> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/export.jsonl")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (java.io.InputStream in = r.body()) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
            }
        }
        double took = seconds(t0);
        done.set(true);
        sampler.join();
        System.out.printf("(e) export: /export.jsonl wrote %,d publications (%s said X-Minsearch-Total) in %.1f s, %.1f MB; "
                        + "API RSS %d MB before, %d MB at most while streaming, %d MB after%n",
                lines + (bytes > 0 ? 1 : 0), r.headers().firstValue("X-Minsearch-Total").orElse("?"), took, bytes / 1e6,
                before, peak.get(), rssMb(apiPid));
    }

    private static long rssMb(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0) / 1024;
        } catch (IOException e) {
            return -1;
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
