package kz.minsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Where the cluster is and how to authenticate: {@code MINSEARCH_ES_URL} with {@code MINSEARCH_ES_API_KEY} or
 * {@code MINSEARCH_ES_USER}/{@code MINSEARCH_ES_PASSWORD}. Clients have bounded timeouts, so a cluster that is down
 * or stuck is reported in seconds, not after the operating system gives up.
 */
public record ElasticsearchConfig(String url, String apiKey, String user, String password) {
    private static final Timeout CONNECT = Timeout.ofSeconds(3);
    private static final Timeout RESPONSE = Timeout.ofSeconds(30);

    public static ElasticsearchConfig of(String url) {
        return new ElasticsearchConfig(url, null, null, null);
    }

    /** The external cluster named in the environment, or null when none is. */
    public static ElasticsearchConfig fromEnvironment(Map<String, String> env) {
        String url = env.get("MINSEARCH_ES_URL");
        if (url == null || url.isBlank()) {
            return null;
        }
        return new ElasticsearchConfig(url.strip(), env.get("MINSEARCH_ES_API_KEY"), env.get("MINSEARCH_ES_USER"),
                env.get("MINSEARCH_ES_PASSWORD"));
    }

    public ElasticsearchClient client() {
        Header[] auth = new Header[0];
        if (apiKey != null && !apiKey.isBlank()) {
            auth = new Header[]{new BasicHeader("Authorization", "ApiKey " + apiKey)};
        } else if (user != null && !user.isBlank()) {
            String basic = Base64.getEncoder().encodeToString((user + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
            auth = new Header[]{new BasicHeader("Authorization", "Basic " + basic)};
        }
        Rest5Client rest = Rest5Client.builder(URI.create(url)).setDefaultHeaders(auth)
                .setRequestConfigCallback(r -> r.setConnectionRequestTimeout(CONNECT).setResponseTimeout(RESPONSE))
                .setConnectionConfigCallback(c -> c.setConnectTimeout(CONNECT).setSocketTimeout(RESPONSE))
                .build();
        return new ElasticsearchClient(new Rest5ClientTransport(rest, new JacksonJsonpMapper()));
    }
}
