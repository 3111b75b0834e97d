package kz.minsearch.node;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * One Elasticsearch node on 127.0.0.1, its files under {@code <home>/es}: the embedded default that the launcher,
 * the demo and the tests share. Security is off because the node only listens on loopback.
 */
public final class LocalNode {
    private static final Logger log = LoggerFactory.getLogger(LocalNode.class);
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path home;
    private final Distribution distribution;
    private final String name;

    /**
     * @param home         this node's files: data, logs, PID, ports
     * @param distribution where Elasticsearch is unpacked, shared by the nodes of a local cluster
     */
    private LocalNode(Path home, Path distribution, String name) {
        this.home = home.toAbsolutePath();
        this.distribution = Distribution.forHome(distribution.toAbsolutePath());
        this.name = name;
    }

    /** The node kept under {@code minsearchHome/es}: the single node, or the first of a local cluster. */
    public static LocalNode in(Path minsearchHome) {
        return member(minsearchHome.resolve("es"), 1);
    }

    /** Node {@code n} of the local cluster under {@code esHome}: the first in it, the others in {@code node-<n>/}. */
    static LocalNode member(Path esHome, int n) {
        return new LocalNode(n == 1 ? esHome : esHome.resolve("node-" + n), esHome, n == 1 ? "minsearch-local" : "minsearch-local-" + n);
    }

    /**
     * How the node finds the others: alone ({@code seeds} empty), or by their transport addresses; {@code
     * initialMasters} names the nodes that form a new cluster, only for its very first start.
     */
    record Discovery(List<String> seeds, List<String> initialMasters) {
        static final Discovery ALONE = new Discovery(List.of(), List.of());
    }

    public record Status(State state, String url, long pid, String detail) {
        public enum State { RUNNING, STOPPED, CRASHED, UNHEALTHY }
    }

    /** Starts the node unless it already runs, waits for green, and returns its URL. */
    /** Where its Elasticsearch is unpacked, with our plugin. */
    Distribution distribution() {
        return distribution;
    }

    public String start(Duration timeout) throws IOException, InterruptedException {
        return start(timeout, Discovery.ALONE);
    }

    /**
     * Starts the node unless it already runs and returns its URL; alone it waits for green, in a cluster only for its
     * own process to answer (the cluster is green once enough of its nodes are up, which {@link LocalCluster} waits for).
     */
    String start(Duration timeout, Discovery discovery) throws IOException, InterruptedException {
        Status current = status();
        if (current.state() == Status.State.RUNNING) {
            if (!distribution.hasBundledPlugin()) {
                log.warn("event=stale_plugin url={} detail=\"the running node analyzes with the analysis plugin it started with, "
                        + "not this build's; restart it: ./minsearch es stop && ./minsearch es start\"", current.url());
            }
            return current.url();
        }
        if (current.state() == Status.State.CRASHED) {
            log.warn("event=stale_pid pid={} detail=\"{}\"", current.pid(), current.detail());
            Files.deleteIfExists(pidFile());
        }
        if (current.state() == Status.State.UNHEALTHY) {
            throw new NodeException("a node (pid " + current.pid() + ") is running but not healthy: " + current.detail()
                    + "; stop it with `./minsearch es stop`");
        }
        Files.createDirectories(home);
        distribution.prepare(javaHome());
        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(home.resolve("logs"));
        RunAs.prepare(home);

        int[] ports = ports();
        int httpPort = ports[0];
        int transportPort = ports[1];
        String url = "http://127.0.0.1:" + httpPort;
        List<String> command = new ArrayList<>(List.of(
                distribution.directory().resolve("bin/elasticsearch").toString(), "-d", "-p", pidFile().toString(),
                "-E", "cluster.name=minsearch",
                "-E", "node.name=" + name,
                "-E", "network.host=127.0.0.1",
                "-E", "http.port=" + httpPort,
                "-E", "transport.port=" + transportPort));
        if (discovery.seeds().isEmpty()) {
            command.addAll(List.of("-E", "discovery.type=single-node"));
        } else {
            command.addAll(List.of("-E", "discovery.seed_hosts=" + String.join(",", discovery.seeds())));
            if (!discovery.initialMasters().isEmpty()) {
                command.addAll(List.of("-E", "cluster.initial_master_nodes=" + String.join(",", discovery.initialMasters())));
            }
        }
        command.addAll(List.of(
                "-E", "xpack.security.enabled=false",
                "-E", "path.data=" + home.resolve("data"),
                "-E", "path.logs=" + home.resolve("logs"),
                "-E", "action.destructive_requires_name=false"));
        ProcessBuilder pb = new ProcessBuilder(RunAs.wrap(command)).redirectErrorStream(true)
                .redirectOutput(home.resolve("logs/startup.log").toFile());
        pb.environment().put("ES_JAVA_HOME", javaHome());
        pb.environment().put("ES_JAVA_OPTS", System.getProperty("minsearch.es.heap", "-Xms512m -Xmx1g"));
        pb.environment().remove("JAVA_HOME");
        log.info("event=node_starting url={} home={}", url, home);
        Process launcher = pb.start();
        if (launcher.waitFor() != 0) {
            throw new NodeException("Elasticsearch did not start; the last lines of " + home.resolve("logs/startup.log")
                    + ":\n" + tail(home.resolve("logs/startup.log"), 15));
        }
        writeState(url);
        if (discovery.seeds().isEmpty()) {
            waitForGreen(url, timeout);
        }
        log.info("event=node_started url={} pid={}", url, readPid().orElse(-1L));
        return url;
    }

    /** Stops the node by its PID and waits for it to exit; reports a node that had already died. */
    public Status stop(Duration timeout) throws IOException, InterruptedException {
        Status current = status();
        if (current.pid() > 0) {
            Optional<ProcessHandle> process = ProcessHandle.of(current.pid());
            if (process.isPresent()) {
                process.get().destroy();
                try {
                    process.get().onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    process.get().destroyForcibly();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IOException(e);
                }
            }
        }
        Files.deleteIfExists(pidFile());
        Files.deleteIfExists(stateFile());
        return current;
    }

    public Status status() throws IOException {
        Optional<Long> pid = readPid();
        if (pid.isEmpty()) {
            return new Status(Status.State.STOPPED, null, -1, "not running");
        }
        String url = readState().getProperty("url");
        if (ProcessHandle.of(pid.get()).map(ProcessHandle::isAlive).orElse(false)) {
            Optional<String> health = health(url);
            return health.map(h -> new Status(Status.State.RUNNING, url, pid.get(), h))
                    .orElseGet(() -> new Status(Status.State.UNHEALTHY, url, pid.get(), "no answer from " + url));
        }
        return new Status(Status.State.CRASHED, url, pid.get(), "the PID file names process " + pid.get()
                + ", which is gone; the node crashed or was killed (see " + home.resolve("logs") + ")");
    }

    public Path home() {
        return home;
    }

    public String name() {
        return name;
    }

    /** Whether this node ever ran: it has data (a cluster it belongs to was formed). */
    boolean hasData() throws IOException {
        Path data = home.resolve("data");
        if (!Files.isDirectory(data)) {
            return false;
        }
        try (var files = Files.list(data)) {
            return files.findAny().isPresent();
        }
    }

    private void waitForGreen(String url, Duration timeout) throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Optional<String> health = health(url);
            if (health.isPresent() && health.get().contains("\"status\":\"green\"")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new NodeException("the node at " + url + " did not turn green within " + timeout.toSeconds() + " s; see "
                + home.resolve("logs"));
    }

    private static Optional<String> health(String url) {
        return url == null ? Optional.empty() : answer(url + "/_cluster/health");
    }

    /** The body of a 200 answer to GET {@code url}, or empty when there is none within a few seconds. */
    static Optional<String> answer(String url) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? Optional.of(r.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String javaHome() {
        String fromEnv = System.getenv("ES_JAVA_HOME");
        return fromEnv != null && !fromEnv.isBlank() ? fromEnv : System.getProperty("java.home");
    }

    /**
     * The HTTP and transport ports: those of the first start, kept in {@code ports.properties} so that the node comes
     * back where the API and the indexer already look for it; new free ones only when those are taken, and said.
     */
    int[] ports() throws IOException {
        Optional<int[]> kept = keptPorts();
        int http = kept.map(p -> p[0]).orElse(0);
        int transport = kept.map(p -> p[1]).orElse(0);
        if (kept.isPresent() && (status().state() == Status.State.RUNNING || isFree(http) && isFree(transport))) {
            return kept.get(); // a running node holds its own ports
        }
        int[] fresh = {freePort(), freePort()};
        if (http > 0) {
            log.warn("event=port_changed old={} new={} reason=\"port {} or {} is taken by another process\"", http, fresh[0], http, transport);
        }
        Files.createDirectories(home);
        Properties p = new Properties();
        p.setProperty("http", String.valueOf(fresh[0]));
        p.setProperty("transport", String.valueOf(fresh[1]));
        try (OutputStream out = Files.newOutputStream(portsFile())) {
            p.store(out, "the local node's ports, kept across restarts");
        }
        return fresh;
    }

    private Optional<int[]> keptPorts() throws IOException {
        if (!Files.isRegularFile(portsFile())) {
            return Optional.empty();
        }
        Properties kept = new Properties();
        try (InputStream in = Files.newInputStream(portsFile())) {
            kept.load(in);
        }
        int http = Integer.parseInt(kept.getProperty("http", "0"));
        int transport = Integer.parseInt(kept.getProperty("transport", "0"));
        return http > 0 && transport > 0 ? Optional.of(new int[]{http, transport}) : Optional.empty();
    }

    /** Free for a new listener; a port whose old connections linger after a crash (TIME_WAIT) is free. */
    private static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private Path portsFile() {
        return home.resolve("ports.properties");
    }

    /** The address the node was last started at, from its state file alone (no request): where to look again. */
    public Optional<String> recordedUrl() throws IOException {
        return Optional.ofNullable(readState().getProperty("url"));
    }

    private Path pidFile() {
        return home.resolve("elasticsearch.pid");
    }

    private Path stateFile() {
        return home.resolve("node.properties");
    }

    private Optional<Long> readPid() throws IOException {
        if (!Files.isRegularFile(pidFile())) {
            return Optional.empty();
        }
        String text = Files.readString(pidFile()).trim();
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            throw new NodeException("unreadable PID file " + pidFile() + ": '" + text + "'");
        }
    }

    private Properties readState() throws IOException {
        Properties p = new Properties();
        if (Files.isRegularFile(stateFile())) {
            try (InputStream in = Files.newInputStream(stateFile())) {
                p.load(in);
            }
        }
        return p;
    }

    private void writeState(String url) throws IOException {
        Properties p = new Properties();
        p.setProperty("url", url);
        try (OutputStream out = Files.newOutputStream(stateFile())) {
            p.store(out, "the local Elasticsearch node of minsearch");
        }
    }

    private static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
