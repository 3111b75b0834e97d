package kz.minsearch.node;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The Elasticsearch distribution from Maven Central, unpacked once under the node's home, with our analysis plugin
 * installed (and reinstalled whenever the plugin bundled in this jar changes).
 */
final class Distribution {
    private static final String PLUGIN_NAME = "minsearch-analysis";
    private final Path home;
    private final String version;
    private final Path zip;

    private Distribution(Path home, String version, Path zip) {
        this.home = home;
        this.version = version;
        this.zip = zip;
    }

    /** The distribution this build was made against; {@code minsearch.es.dist} overrides where its zip lies. */
    static Distribution forHome(Path nodeHome) {
        Properties built = new Properties();
        try (InputStream in = Distribution.class.getResourceAsStream("distribution.properties")) {
            built.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("distribution.properties is missing from minsearch-node", e);
        }
        String zip = System.getProperty("minsearch.es.dist", built.getProperty("elasticsearch.zip"));
        return new Distribution(nodeHome, built.getProperty("elasticsearch.version"), Path.of(zip));
    }

    Path directory() {
        return home.resolve("elasticsearch-" + version);
    }

    String version() {
        return version;
    }

    /** Unpacks the distribution if needed and makes sure the bundled plugin is the one installed. */
    void prepare(String javaHome) throws IOException, InterruptedException {
        if (!Files.isRegularFile(directory().resolve("bin/elasticsearch"))) {
            if (!Files.isRegularFile(zip)) {
                throw new NodeException("Elasticsearch " + version + " is not in the local Maven repository (" + zip
                        + "); build the project first (./minsearch does) or run: mvn dependency:get "
                        + "-Dartifact=org.elasticsearch.distribution.integ-test-zip:elasticsearch:" + version + ":zip");
            }
            unzip(zip, home);
        }
        installPlugin(javaHome);
    }

    /** Whether the plugin installed is the one bundled in this build (a running node keeps what it started with). */
    boolean hasBundledPlugin() throws IOException {
        Path marker = pluginMarker();
        return Files.exists(marker) && Files.readString(marker).equals(sha256(bundledPlugin()));
    }

    private static byte[] bundledPlugin() throws IOException {
        try (InputStream in = Distribution.class.getResourceAsStream("minsearch-analysis.zip")) {
            if (in == null) {
                throw new NodeException("the analysis plugin is not bundled in minsearch-node; build with `mvn verify`");
            }
            return in.readAllBytes();
        }
    }

    /** The digest of the plugin installed, written at install. */
    Path pluginMarker() {
        return directory().resolve("plugins/" + PLUGIN_NAME + "/.minsearch-sha256");
    }

    private void installPlugin(String javaHome) throws IOException, InterruptedException {
        if (hasBundledPlugin()) {
            return;
        }
        byte[] plugin = bundledPlugin();
        Path tool = directory().resolve("bin/elasticsearch-plugin");
        if (Files.isDirectory(directory().resolve("plugins/" + PLUGIN_NAME))) {
            run(javaHome, tool.toString(), "remove", PLUGIN_NAME);
        }
        Path file = Files.createTempFile("minsearch-analysis", ".zip");
        try {
            Files.write(file, plugin);
            run(javaHome, tool.toString(), "install", "--batch", file.toUri().toString());
        } finally {
            Files.deleteIfExists(file);
        }
        Files.writeString(pluginMarker(), sha256(plugin));
    }

    private static void run(String javaHome, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("ES_JAVA_HOME", javaHome);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new NodeException(String.join(" ", command) + " failed:\n" + out);
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        Path partial = Files.createTempDirectory(into, ".unpacking");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path target = partial.resolve(e.getName()).normalize();
                if (!target.startsWith(partial)) {
                    throw new IOException("zip entry outside the target: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    // java.util.zip drops Unix modes; only the launch scripts need the executable bit
                    if (target.getParent().getFileName().toString().equals("bin")) {
                        target.toFile().setExecutable(true, false);
                    }
                }
            }
        }
        try (var top = Files.list(partial)) {
            Path unpacked = top.findFirst().orElseThrow(() -> new IOException("empty distribution " + zip));
            Files.move(unpacked, into.resolve(unpacked.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        }
        Files.delete(partial);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
