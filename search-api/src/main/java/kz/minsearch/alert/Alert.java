package kz.minsearch.alert;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A saved search whose new publications are posted to a webhook.
 *
 * @param query     the /api/search parameters it was saved with
 * @param secret    the key of the HMAC signature of each delivery
 * @param lastRun   until when publications have been matched (their {@code indexed} moment)
 * @param owed      publications matched and not yet delivered: stored before sending, so a restart owes them still
 * @param delivered publications already delivered: none is sent twice
 * @param failures  deliveries that failed in a row
 */
public record Alert(String id, Map<String, List<String>> query, String webhook, String secret, Instant created,
                    Instant lastRun, List<String> owed, List<String> delivered, int failures) {

    public Alert withRun(Instant lastRun, List<String> owed, List<String> delivered, int failures) {
        return new Alert(id, query, webhook, secret, created, lastRun, owed, delivered, failures);
    }

    Map<String, Object> toDocument() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", id);
        doc.put("query", query);
        doc.put("webhook", webhook);
        doc.put("secret", secret);
        doc.put("created", created.toString());
        doc.put("last_run", lastRun.toString());
        doc.put("owed", owed);
        doc.put("delivered", delivered);
        doc.put("failures", failures);
        return doc;
    }

    @SuppressWarnings("unchecked")
    static Alert fromDocument(Map<String, Object> doc) {
        return new Alert((String) doc.get("id"), (Map<String, List<String>>) doc.get("query"), (String) doc.get("webhook"),
                (String) doc.get("secret"), Instant.parse((String) doc.get("created")), Instant.parse((String) doc.get("last_run")),
                (List<String>) doc.getOrDefault("owed", List.of()), (List<String>) doc.getOrDefault("delivered", List.of()),
                ((Number) doc.getOrDefault("failures", 0)).intValue());
    }

    /** What an admin sees of it: everything but the secret. */
    public Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>(toDocument());
        out.remove("secret");
        return out;
    }
}
