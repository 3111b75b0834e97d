package kz.minsearch.node;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The node's life: start, a second start that finds it running, a crash that status reports, a clean stop. */
class LocalNodeTest {
    private static Path home;
    private static LocalNode node;

    @BeforeAll
    static void createHome() throws IOException {
        home = ElasticsearchNodeExtension.temporaryHome();
        node = LocalNode.in(home);
    }

    @AfterAll
    static void cleanUp() throws Exception {
        node.stop(Duration.ofSeconds(30));
        ElasticsearchNodeExtension.delete(home);
    }

    @Test
    void startsOnLoopbackReportsCrashesAndStops() throws Exception {
        assertEquals(LocalNode.Status.State.STOPPED, node.status().state());

        String url = node.start(Duration.ofMinutes(3));
        assertTrue(url.matches("http://127\\.0\\.0\\.1:\\d+"), url);
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url + "/_cluster/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(health.body().contains("\"status\":\"green\""), health.body());
        assertTrue(health.body().contains("\"cluster_name\":\"minsearch\""), health.body());

        assertEquals(url, node.start(Duration.ofMinutes(1)), "a second start finds the running node");
        LocalNode.Status running = node.status();
        assertEquals(LocalNode.Status.State.RUNNING, running.state());
        Path marker = node.distribution().pluginMarker();
        String installed = java.nio.file.Files.readString(marker);
        assertTrue(node.distribution().hasBundledPlugin(), "the node runs this build's analysis plugin");
        java.nio.file.Files.writeString(marker, "another build");
        assertTrue(!node.distribution().hasBundledPlugin(), "a node started with another build's plugin is told apart");
        java.nio.file.Files.writeString(marker, installed);

        ProcessHandle process = ProcessHandle.of(running.pid()).orElseThrow();
        process.destroyForcibly();
        process.onExit().join();
        LocalNode.Status crashed = node.status();
        assertEquals(LocalNode.Status.State.CRASHED, crashed.state());
        assertTrue(crashed.detail().contains("crashed"), crashed.detail());

        String restarted = node.start(Duration.ofMinutes(3));
        assertEquals(LocalNode.Status.State.RUNNING, node.status().state(), "a crashed node is restarted: " + restarted);
        assertEquals(url, restarted, "a crash and a restart keep the address clients already use");
        node.stop(Duration.ofSeconds(60));
        assertEquals(LocalNode.Status.State.STOPPED, node.status().state());

        int port = URI.create(url).getPort();
        try (java.net.ServerSocket taken = new java.net.ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            String moved = node.start(Duration.ofMinutes(3));
            assertTrue(!moved.equals(url), "its port taken by another process, the node starts on another: " + moved);
            assertEquals(moved, node.recordedUrl().orElseThrow(), "and records where, for clients to look again");
            node.stop(Duration.ofSeconds(60));
        }
    }
}
