package kz.minsearch.node;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * A local cluster of N nodes from the same distribution on loopback, each with its own data directory and ports,
 * finding each other by their transport ports: the way to see minsearch keep working when a node dies. One node is the
 * default; the size chosen last is kept, so {@code es start} brings back the cluster that was there.
 */
public final class LocalCluster {
    private static final Logger log = LoggerFactory.getLogger(LocalCluster.class);

    private final Path esHome;

    private LocalCluster(Path esHome) {
        this.esHome = esHome.toAbsolutePath();
    }

    public static LocalCluster in(Path minsearchHome) {
        return new LocalCluster(minsearchHome.resolve("es"));
    }

    /** The size chosen last ({@code es start --nodes N}), 1 before any. */
    public int size() throws IOException {
        Properties p = new Properties();
        if (Files.isRegularFile(sizeFile())) {
            try (InputStream in = Files.newInputStream(sizeFile())) {
                p.load(in);
            }
        }
        return Integer.parseInt(p.getProperty("nodes", "1"));
    }

    public List<LocalNode> nodes() throws IOException {
        List<LocalNode> out = new ArrayList<>();
        for (int n = 1; n <= size(); n++) {
            out.add(LocalNode.member(esHome, n));
        }
        return out;
    }

    /**
     * Starts the nodes that do not run, waits until all {@code nodes} have joined and the cluster is green, and
     * returns their addresses, comma-separated (a client goes on through another when one fails).
     */
    public String start(int nodes, Duration timeout) throws IOException, InterruptedException {
        if (nodes < 1 || nodes > 9) {
            throw new NodeException("a local cluster has 1 to 9 nodes, not " + nodes);
        }
        if (nodes < size()) {
            throw new NodeException("the local cluster has " + size() + " nodes; stop it (`es stop`) before starting fewer");
        }
        Files.createDirectories(esHome);
        LocalNode first = LocalNode.member(esHome, 1);
        if (size() == 1 && nodes > 1 && first.status().state() == LocalNode.Status.State.RUNNING) {
            log.info("event=node_restart reason=\"a single node grows into a cluster of {}\"", nodes);
            first.stop(timeout); // a node started alone accepts no other
        }
        Properties p = new Properties();
        p.setProperty("nodes", String.valueOf(nodes));
        try (OutputStream out = Files.newOutputStream(sizeFile())) {
            p.store(out, "the local cluster's size");
        }
        List<LocalNode> members = nodes();
        if (nodes == 1) {
            return members.get(0).start(timeout);
        }
        List<String> seeds = new ArrayList<>();
        for (LocalNode node : members) {
            seeds.add("127.0.0.1:" + node.ports()[1]);
        }
        boolean formed = false;
        for (LocalNode node : members) {
            formed |= node.hasData();
        }
        // a new cluster is formed by all its nodes together; an existing one (even a single node grown) is joined
        List<String> initialMasters = formed ? List.of() : members.stream().map(LocalNode::name).toList();
        for (LocalNode node : members) {
            node.start(timeout, new LocalNode.Discovery(seeds, initialMasters));
        }
        String urls = urls();
        waitFor(urls.split(",")[0], "wait_for_nodes=" + nodes + "&wait_for_status=green", timeout);
        log.info("event=cluster_started nodes={} urls={}", nodes, urls);
        return urls;
    }

    /** The addresses of the nodes that run, comma-separated; empty when none does. */
    public String urls() throws IOException {
        List<String> out = new ArrayList<>();
        for (LocalNode node : nodes()) {
            LocalNode.Status status = node.status();
            if (status.state() == LocalNode.Status.State.RUNNING) {
                out.add(status.url());
            }
        }
        return String.join(",", out);
    }

    /** Where the nodes were last started, from their files alone: where a client looks again. */
    public Optional<String> recordedUrls() throws IOException {
        List<String> out = new ArrayList<>();
        for (LocalNode node : nodes()) {
            node.recordedUrl().ifPresent(out::add);
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(String.join(",", out));
    }

    public List<LocalNode.Status> status() throws IOException {
        List<LocalNode.Status> out = new ArrayList<>();
        for (LocalNode node : nodes()) {
            out.add(node.status());
        }
        return out;
    }

    /** The cluster's health as one line (status, nodes, shards), from any node that answers. */
    public Optional<String> health() throws IOException {
        for (String url : urls().split(",")) {
            if (!url.isBlank()) {
                Optional<String> h = LocalNode.answer(url + "/_cluster/health");
                if (h.isPresent()) {
                    return h;
                }
            }
        }
        return Optional.empty();
    }

    public List<LocalNode.Status> stop(Duration timeout) throws IOException, InterruptedException {
        List<LocalNode.Status> out = new ArrayList<>();
        List<LocalNode> members = new ArrayList<>(nodes());
        java.util.Collections.reverse(members); // the first node, often the master, last
        for (LocalNode node : members) {
            out.add(0, node.stop(timeout));
        }
        return out;
    }

    private static void waitFor(String url, String condition, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Optional<String> h = LocalNode.answer(url + "/_cluster/health?" + condition + "&timeout=2s");
            if (h.isPresent() && h.get().contains("\"timed_out\":false")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new NodeException("the local cluster did not reach " + condition + " within " + timeout.toSeconds() + " s");
    }

    private Path sizeFile() {
        return esHome.resolve("cluster.properties");
    }
}
