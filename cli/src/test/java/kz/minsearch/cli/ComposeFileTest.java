package kz.minsearch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No Docker engine runs here, so the compose stack is checked for what can be checked without one. */
class ComposeFileTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyServiceBuildsFromAFileThatExistsAndUsesKnownVerbs() throws Exception {
        JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile());
        JsonNode services = compose.get("services");
        for (String name : new String[]{"es01", "es02", "api", "indexer"}) {
            JsonNode service = services.get(name);
            assertTrue(service != null, name);
            Path dockerfile = ROOT.resolve(service.get("build").get("dockerfile").asText());
            assertTrue(Files.isRegularFile(dockerfile), dockerfile.toString());
        }
        CommandLine cli = new CommandLine(new Main());
        for (String name : new String[]{"api", "indexer"}) {
            JsonNode service = services.get(name);
            assertTrue(cli.getSubcommands().containsKey(service.get("command").get(0).asText()), name);
            assertEquals("http://es01:9200", service.get("environment").get("MINSEARCH_ES_URL").asText());
        }
    }

    @Test
    void theClusterRunsTheVersionTheEmbeddedNodeRunsWithOurPlugin() throws Exception {
        String dockerfile = Files.readString(ROOT.resolve("docker/elasticsearch/Dockerfile"));
        Matcher version = Pattern.compile("ARG ES_VERSION=(\\S+)").matcher(dockerfile);
        assertTrue(version.find());
        Properties built = new Properties();
        try (InputStream in = kz.minsearch.node.LocalNode.class.getResourceAsStream("distribution.properties")) {
            built.load(in);
        }
        assertEquals(built.getProperty("elasticsearch.version"), version.group(1));
        Matcher plugin = Pattern.compile("COPY (\\S+\\.zip) ").matcher(dockerfile);
        assertTrue(plugin.find());
        assertTrue(Files.isRegularFile(ROOT.resolve(plugin.group(1))), "the plugin zip the image installs is built: " + plugin.group(1));
    }
}
