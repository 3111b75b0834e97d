package kz.minsearch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No Docker engine runs here, so the compose stack is checked for what can be checked without one. */
class ComposeFileTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> NODES = List.of("es01", "es02", "es03");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The compose file as Docker reads it: anchors and merge keys resolved (SnakeYAML does, as Compose does). */
    private static JsonNode services() throws Exception {
        Object yaml = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        return JSON.valueToTree(yaml).get("services");
    }

    @Test
    void everyServiceBuildsFromAFileThatExistsAndUsesKnownVerbs() throws Exception {
        JsonNode services = services();
        for (String name : List.of("certs", "es01", "es02", "es03", "keys", "api", "indexer-1", "indexer-2")) {
            JsonNode service = services.get(name);
            assertTrue(service != null, name);
            Path dockerfile = ROOT.resolve(service.get("build").get("dockerfile").asText());
            assertTrue(Files.isRegularFile(dockerfile), dockerfile.toString());
        }
        CommandLine cli = new CommandLine(new Main());
        for (String name : List.of("api", "indexer-1", "indexer-2")) {
            JsonNode service = services.get(name);
            assertTrue(cli.getSubcommands().containsKey(service.get("command").get(0).asText()), name);
            assertEquals("https://es01:9200,https://es02:9200,https://es03:9200", service.get("environment").get("MINSEARCH_ES_URL").asText(),
                    "the clients know every node, so losing one loses nothing");
        }
    }

    @Test
    void threeNodesWithSecurityAndTlsOnHttpAndTransportAndThePasswordFromTheEnvFile() throws Exception {
        JsonNode services = services();
        for (String node : NODES) {
            JsonNode env = services.get(node).get("environment");
            assertEquals("true", env.get("xpack.security.enabled").asText(), node);
            assertEquals("true", env.get("xpack.security.http.ssl.enabled").asText(), node);
            assertEquals("true", env.get("xpack.security.transport.ssl.enabled").asText(), node);
            assertEquals("certs/" + node + "/" + node + ".crt", env.get("xpack.security.http.ssl.certificate").asText());
            assertTrue(env.get("ELASTIC_PASSWORD").asText().startsWith("${ELASTIC_PASSWORD:?"), "no default password: " + node);
            assertTrue(env.get("discovery.seed_hosts").asText().contains("es03"));
            assertTrue(services.get(node).get("healthcheck").get("test").toString().contains("https://"), node);
            assertEquals("unless-stopped", services.get(node).get("restart").asText(), node);
            assertEquals("service_completed_successfully", services.get(node).get("depends_on").get("certs").get("condition").asText());
        }
        String certs = Files.readString(ROOT.resolve("docker/setup/certs.sh"));
        assertTrue(certs.contains("bin/elasticsearch-certutil ca") && certs.contains("bin/elasticsearch-certutil cert"),
                "certificates from Elasticsearch's own certutil");
        for (String node : NODES) {
            assertTrue(certs.contains("name: " + node), "a certificate for " + node);
        }
        assertTrue(Files.readString(ROOT.resolve(".env.example")).contains("ELASTIC_PASSWORD="));
        assertFalse(Files.readString(ROOT.resolve("docker-compose.yml")).contains("xpack.security.enabled: \"false\""));
    }

    @Test
    void theApiReadsThePublicationsOnlyAndTheIndexerWritesThemEachWithItsOwnKey() throws Exception {
        JsonNode services = services();
        String apiKey = services.get("api").get("environment").get("MINSEARCH_ES_API_KEY_FILE").asText();
        String indexerKey = services.get("indexer-1").get("environment").get("MINSEARCH_ES_API_KEY_FILE").asText();
        assertNotEquals(apiKey, indexerKey);
        assertTrue(Files.readString(ROOT.resolve("docker/setup/keys.sh")).contains("/_security/api_key"));
        JsonNode api = JSON.readTree(ROOT.resolve("docker/setup/api-role.json").toFile());
        JsonNode indexer = JSON.readTree(ROOT.resolve("docker/setup/indexer-role.json").toFile());
        assertEquals(Set.of("read", "view_index_metadata"), privilegesOn(api, "publications"), "the API only reads publications");
        assertTrue(privilegesOn(indexer, "publications").contains("write"), "the indexer writes them");
        for (String name : List.of("api", "indexer-1", "indexer-2")) {
            JsonNode service = services.get(name);
            assertTrue(service.get("volumes").toString().contains("keys:/run/keys:ro"), name + " mounts the keys read-only");
            assertEquals("service_completed_successfully", service.get("depends_on").get("keys").get("condition").asText());
            assertEquals("unless-stopped", service.get("restart").asText(), name);
            assertTrue(service.has("healthcheck"), name);
            assertEquals("/run/certs/ca/ca.crt", service.get("environment").get("MINSEARCH_ES_CA_CERT").asText());
        }
        String app = Files.readString(ROOT.resolve("docker/app/Dockerfile"));
        Matcher user = Pattern.compile("(?m)^USER (\\S+)").matcher(app);
        assertTrue(user.find() && !user.group(1).equals("root") && !user.group(1).equals("0"), "the app image runs as a non-root user");
    }

    /** Two indexers split the sites between them, each with its own journal; the API runs as replicas. */
    @Test
    void theIndexersShareTheCrawlAndTheApiRunsAsReplicas() throws Exception {
        JsonNode services = services();
        Set<String> shares = new HashSet<>();
        Set<String> states = new HashSet<>();
        for (String name : List.of("indexer-1", "indexer-2")) {
            JsonNode service = services.get(name);
            shares.add(kz.minsearch.crawl.Share.parse(service.get("environment").get("MINSEARCH_CRAWL_SHARE").asText()).toString());
            service.get("volumes").forEach(v -> {
                if (v.asText().endsWith(":/var/lib/minsearch")) {
                    states.add(v.asText());
                }
            });
            assertEquals("watch", service.get("command").get(0).asText());
        }
        assertEquals(Set.of("1/2", "2/2"), shares, "between them, every site");
        assertEquals(2, states.size(), "each its own journal");
        assertTrue(services.get("api").get("deploy").get("replicas").asInt() >= 2);
        // the launcher starts the API as on a workstation: sized, warmed up, with the AOT cache of JDK 25, which the
        // JVM writes as it stops (so it is given the time)
        String image = Files.readString(ROOT.resolve("docker/app/Dockerfile"));
        assertTrue(image.contains("FROM eclipse-temurin:25") && image.contains("ENTRYPOINT [\"/opt/minsearch/minsearch\"]"), image);
        assertTrue(Files.readString(ROOT.resolve("minsearch")).contains("-XX:AOTCache="));
        assertTrue(services.get("api").has("stop_grace_period"));
    }

    private static Set<String> privilegesOn(JsonNode role, String index) {
        Set<String> out = new HashSet<>();
        role.get("indices").forEach(i -> i.get("names").forEach(n -> {
            if (n.asText().equals(index)) {
                i.get("privileges").forEach(p -> out.add(p.asText()));
            }
        }));
        return out;
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
