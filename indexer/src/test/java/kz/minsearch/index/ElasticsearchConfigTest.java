package kz.minsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import kz.minsearch.node.ElasticsearchNodeExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A client whose node moved finds it again through its locator, without being built anew. */
@ExtendWith(ElasticsearchNodeExtension.class)
class ElasticsearchConfigTest {
    @Test
    void aFailedConnectionLooksTheNodeUpAgain() throws Exception {
        int gone;
        try (ServerSocket s = new ServerSocket(0)) {
            gone = s.getLocalPort();
        }
        String now = ElasticsearchNodeExtension.url();
        ElasticsearchClient client = ElasticsearchConfig.of("http://127.0.0.1:" + gone).locatedBy(() -> Optional.of(now)).client();
        try (client) {
            assertThrows(IOException.class, () -> client.cluster().health(), "the old address does not answer");
            assertTrue(client.cluster().health().clusterName() != null, "the next request goes where the locator says the node is now");
        }
    }

    @Test
    void theKeyComesFromAFileAndAnUnreadableCaIsAClearError() throws Exception {
        java.nio.file.Path key = java.nio.file.Files.createTempFile("api", ".key");
        java.nio.file.Files.writeString(key, "c2VjcmV0OmtleQ==\n");
        ElasticsearchConfig config = ElasticsearchConfig.fromEnvironment(java.util.Map.of("MINSEARCH_ES_URL", "https://es01:9200",
                "MINSEARCH_ES_API_KEY_FILE", key.toString(), "MINSEARCH_ES_CA_CERT", key.toString()));
        org.junit.jupiter.api.Assertions.assertEquals("c2VjcmV0OmtleQ==", config.apiKey());
        IllegalStateException e = assertThrows(IllegalStateException.class, config::client);
        assertTrue(e.getMessage().contains("MINSEARCH_ES_CA_CERT"), e.getMessage());
    }

    @Test
    void severalNodesAreNamedCommaSeparated() throws Exception {
        int gone;
        try (ServerSocket s = new ServerSocket(0)) {
            gone = s.getLocalPort();
        }
        try (ElasticsearchClient client = ElasticsearchConfig.of("http://127.0.0.1:" + gone + "," + ElasticsearchNodeExtension.url()).client()) {
            for (int i = 0; i < 4; i++) {
                assertTrue(client.cluster().health().clusterName() != null, "a request goes on through the node that answers");
            }
        }
    }
}
