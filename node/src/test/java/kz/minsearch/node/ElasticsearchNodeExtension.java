package kz.minsearch.node;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real Elasticsearch node for tests: {@code MINSEARCH_ES_URL} when set, otherwise one {@link LocalNode} started once
 * per test JVM (in a world-readable temporary home, since as root it runs as an unprivileged user) and stopped at exit.
 */
public final class ElasticsearchNodeExtension implements BeforeAllCallback {
    private static String url;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        url();
    }

    public static synchronized String url() throws IOException, InterruptedException {
        if (url == null) {
            String external = System.getenv("MINSEARCH_ES_URL");
            url = external != null && !external.isBlank() ? external : startLocal();
        }
        return url;
    }

    /** A fresh home that the unprivileged node user can enter, removed when the JVM exits. */
    public static Path temporaryHome() throws IOException {
        Path home = Files.createTempDirectory("minsearch-test-");
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    private static String startLocal() throws IOException, InterruptedException {
        Path home = temporaryHome();
        LocalNode node = LocalNode.in(home);
        String started = node.start(Duration.ofMinutes(3));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.stop(Duration.ofSeconds(30));
                delete(home);
            } catch (Exception e) {
                System.err.println("could not stop the test node in " + home + ": " + e);
            }
        }));
        return started;
    }

    public static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
