package kz.minsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import java.util.Map;

/**
 * Where the cluster is and how to authenticate: {@code MINSEARCH_ES_URL} with {@code MINSEARCH_ES_API_KEY} or
 * {@code MINSEARCH_ES_USER}/{@code MINSEARCH_ES_PASSWORD}.
 */
public record ElasticsearchConfig(String url, String apiKey, String user, String password) {

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
        return ElasticsearchClient.of(b -> {
            b.host(url);
            if (apiKey != null && !apiKey.isBlank()) {
                b.apiKey(apiKey);
            } else if (user != null && !user.isBlank()) {
                b.usernameAndPassword(user, password == null ? "" : password);
            }
            return b;
        });
    }
}
