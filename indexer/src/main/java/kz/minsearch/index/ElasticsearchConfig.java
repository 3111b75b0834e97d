package kz.minsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Node;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where the cluster is and how to authenticate: {@code MINSEARCH_ES_URL} (one node, or several comma-separated) with
 * {@code MINSEARCH_ES_API_KEY} (or the file {@code MINSEARCH_ES_API_KEY_FILE} holding it) or
 * {@code MINSEARCH_ES_USER}/{@code MINSEARCH_ES_PASSWORD}, and {@code MINSEARCH_ES_CA_CERT}, the cluster's CA for TLS.
 * Clients have bounded timeouts, so a cluster that is down or stuck is reported in seconds, not after the operating
 * system gives up.
 */
public record ElasticsearchConfig(String url, String apiKey, String user, String password, Path caCert, Locator locator) {
    private static final Logger log = LoggerFactory.getLogger(ElasticsearchConfig.class);
    private static final Timeout CONNECT = Timeout.ofSeconds(3);
    private static final Timeout RESPONSE = Timeout.ofSeconds(30);
    private static final int MAX_CONNECTIONS = 64;

    /** Where the cluster is now: asked again when a node stops answering (a local node restarted elsewhere). */
    @FunctionalInterface
    public interface Locator {
        Optional<String> url() throws IOException;
    }

    public ElasticsearchConfig(String url, String apiKey, String user, String password) {
        this(url, apiKey, user, password, null, null);
    }

    public static ElasticsearchConfig of(String url) {
        return new ElasticsearchConfig(url, null, null, null);
    }

    /** The same cluster, its address looked up again through {@code locator} whenever a request fails to connect. */
    public ElasticsearchConfig locatedBy(Locator locator) {
        return new ElasticsearchConfig(url, apiKey, user, password, caCert, locator);
    }

    /** The nodes named by the URL: several, comma-separated, so the client can go on through another one. */
    private static List<Node> nodes(String url) {
        return Arrays.stream(url.split(",")).map(String::strip).filter(u -> !u.isEmpty()).map(URI::create)
                .map(u -> new Node(new HttpHost(u.getScheme(), u.getHost(), u.getPort()))).toList();
    }

    /** The external cluster named in the environment, or null when none is. */
    public static ElasticsearchConfig fromEnvironment(Map<String, String> env) {
        String url = env.get("MINSEARCH_ES_URL");
        if (url == null || url.isBlank()) {
            return null;
        }
        String apiKey = env.get("MINSEARCH_ES_API_KEY");
        String keyFile = env.get("MINSEARCH_ES_API_KEY_FILE");
        if ((apiKey == null || apiKey.isBlank()) && keyFile != null && !keyFile.isBlank()) {
            try {
                apiKey = Files.readString(Path.of(keyFile)).strip(); // a secret in a file, not in the environment
            } catch (IOException e) {
                throw new IllegalStateException("MINSEARCH_ES_API_KEY_FILE: cannot read " + keyFile + ": " + e.getMessage(), e);
            }
        }
        String ca = env.get("MINSEARCH_ES_CA_CERT");
        return new ElasticsearchConfig(url.strip(), apiKey, env.get("MINSEARCH_ES_USER"), env.get("MINSEARCH_ES_PASSWORD"),
                ca == null || ca.isBlank() ? null : Path.of(ca), null);
    }

    public ElasticsearchClient client() {
        String prefix = URI.create(url.split(",")[0].strip()).getPath();
        if (prefix != null && !prefix.isBlank() && !prefix.equals("/")) {
            throw new IllegalArgumentException("MINSEARCH_ES_URL with a path (" + url + ") is not supported: give the cluster's root");
        }
        Header[] auth = new Header[0];
        if (apiKey != null && !apiKey.isBlank()) {
            auth = new Header[]{new BasicHeader("Authorization", "ApiKey " + apiKey)};
        } else if (user != null && !user.isBlank()) {
            String basic = Base64.getEncoder().encodeToString((user + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
            auth = new Header[]{new BasicHeader("Authorization", "Basic " + basic)};
        }
        AtomicReference<Rest5Client> client = new AtomicReference<>();
        var builder = Rest5Client.builder(nodes(url).toArray(Node[]::new));
        if (caCert != null) {
            builder.setSSLContext(trusting(caCert));
        }
        Rest5Client rest = builder.setDefaultHeaders(auth)
                .setRequestConfigCallback(r -> r.setConnectionRequestTimeout(CONNECT).setResponseTimeout(RESPONSE))
                .setConnectionConfigCallback(c -> c.setConnectTimeout(CONNECT).setSocketTimeout(RESPONSE))
                // the client's default pool (10 connections a node) queues a busy API's searches behind each other
                .setConnectionManagerCallback(m -> m.setMaxConnPerRoute(MAX_CONNECTIONS).setMaxConnTotal(MAX_CONNECTIONS * 4))
                .setFailureListener(new Rest5Client.FailureListener() {
                    @Override
                    public void onFailure(Node node) {
                        relocate(client.get());
                    }
                })
                .build();
        client.set(rest);
        return new ElasticsearchClient(new Rest5ClientTransport(rest, new JacksonJsonpMapper()));
    }

    /** TLS that trusts the cluster's own certificate authority (a PEM file, as elasticsearch-certutil writes it). */
    private static javax.net.ssl.SSLContext trusting(Path caCert) {
        try (var in = Files.newInputStream(caCert)) {
            var ca = java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in);
            var store = java.security.KeyStore.getInstance(java.security.KeyStore.getDefaultType());
            store.load(null, null);
            store.setCertificateEntry("minsearch-es-ca", ca);
            var trust = javax.net.ssl.TrustManagerFactory.getInstance(javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            var tls = javax.net.ssl.SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);
            return tls;
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("MINSEARCH_ES_CA_CERT: " + caCert + " is not a readable PEM certificate: " + e.getMessage(), e);
        }
    }

    private static List<String> hosts(List<Node> nodes) {
        return nodes.stream().map(n -> n.getHost().toURI()).toList();
    }

    private void relocate(Rest5Client rest) {
        if (locator == null || rest == null) {
            return;
        }
        try {
            Optional<String> now = locator.url();
            if (now.isPresent() && !hosts(nodes(now.get())).equals(hosts(rest.getNodes()))) {
                log.warn("event=elasticsearch_moved url={}", now.get());
                rest.setNodes(nodes(now.get()));
            }
        } catch (IOException | RuntimeException e) {
            log.warn("event=elasticsearch_locate_failed reason=\"{}\"", e.getMessage());
        }
    }
}
