package kz.minsearch.alert;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A saved search whose new publications are posted to a webhook, or mailed to a subscriber.
 *
 * @param query     the /api/search parameters it was saved with
 * @param webhook   where a machine's alert posts, or null for a subscription
 * @param email     the subscriber's address, or null for a webhook
 * @param frequency for mail: immediate, daily or weekly
 * @param ui        the language of the mail
 * @param confirmed a subscription sends nothing before its address is confirmed (a webhook is confirmed at once)
 * @param token     the one-time secret of the confirmation and unsubscribe links
 * @param secret    the key of the HMAC signature of each webhook delivery
 * @param lastRun   until when publications have been matched (their {@code indexed} moment)
 * @param lastSent  when the last mail went out (digests wait for their day)
 * @param owed      publications matched and not yet delivered: stored before sending, so a restart owes them still
 * @param delivered publications already delivered: none is sent twice
 * @param failures  deliveries that failed in a row
 */
public record Alert(String id, Map<String, List<String>> query, String webhook, String email, String frequency, String ui,
                    boolean confirmed, String token, String secret, Instant created, Instant lastRun, Instant lastSent,
                    List<String> owed, List<String> delivered, int failures) {

    public static Alert webhook(String id, Map<String, List<String>> query, String webhook, String secret, Instant now) {
        return new Alert(id, query, webhook, null, "immediate", "en", true, null, secret, now, now, now, List.of(), List.of(), 0);
    }

    public static Alert subscription(String id, Map<String, List<String>> query, String email, String frequency, String ui,
                                     String token, Instant now) {
        return new Alert(id, query, null, email, frequency, ui, false, token, null, now, now, now, List.of(), List.of(), 0);
    }

    public boolean isWebhook() {
        return webhook != null;
    }

    public Alert withRun(Instant lastRun, List<String> owed, List<String> delivered, int failures) {
        return new Alert(id, query, webhook, email, frequency, ui, confirmed, token, secret, created, lastRun, lastSent, owed,
                delivered, failures);
    }

    public Alert confirmedAt(Instant now) {
        return new Alert(id, query, webhook, email, frequency, ui, true, token, secret, created, now, now, List.of(), delivered, 0);
    }

    public Alert sentAt(Instant now, List<String> delivered) {
        return new Alert(id, query, webhook, email, frequency, ui, confirmed, token, secret, created, lastRun, now, List.of(),
                delivered, 0);
    }

    Map<String, Object> toDocument() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", id);
        doc.put("query", query);
        doc.put("webhook", webhook);
        doc.put("email", email);
        doc.put("frequency", frequency);
        doc.put("ui", ui);
        doc.put("confirmed", confirmed);
        doc.put("token", token);
        doc.put("secret", secret);
        doc.put("created", created.toString());
        doc.put("last_run", lastRun.toString());
        doc.put("last_sent", lastSent.toString());
        doc.put("owed", owed);
        doc.put("delivered", delivered);
        doc.put("failures", failures);
        return doc;
    }

    @SuppressWarnings("unchecked")
    static Alert fromDocument(Map<String, Object> doc) {
        return new Alert((String) doc.get("id"), (Map<String, List<String>>) doc.get("query"), (String) doc.get("webhook"),
                (String) doc.get("email"), (String) doc.get("frequency"), (String) doc.get("ui"),
                Boolean.TRUE.equals(doc.get("confirmed")), (String) doc.get("token"), (String) doc.get("secret"),
                Instant.parse((String) doc.get("created")), Instant.parse((String) doc.get("last_run")),
                Instant.parse((String) doc.get("last_sent")), (List<String>) doc.getOrDefault("owed", List.of()),
                (List<String>) doc.getOrDefault("delivered", List.of()), ((Number) doc.getOrDefault("failures", 0)).intValue());
    }

    /** What an admin sees of it: everything but its secrets. */
    public Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>(toDocument());
        out.remove("secret");
        out.remove("token");
        return out;
    }
}
