package kz.minsearch.present;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import kz.minsearch.alert.Alert;
import kz.minsearch.alert.AlertStore;
import kz.minsearch.alert.WebhookTargets;
import kz.minsearch.search.BadParameterException;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The admin endpoints of webhook alerts: {@code POST /api/alerts}, {@code GET} and {@code DELETE /api/alerts/{id}},
 * behind {@code Authorization: Bearer $MINSEARCH_ADMIN_KEY}. With no key configured they are off (404).
 *
 * @param adminKey null: the endpoints are off
 */
public record AlertApi(String adminKey, AlertStore store, WebhookTargets targets) {
    public static final AlertApi OFF = new AlertApi(null, null, null);
    private static final SecureRandom RANDOM = new SecureRandom();

    void create(Context ctx) throws IOException {
        if (!admitted(ctx)) {
            return;
        }
        JsonNode body = SavedSearchBody.read(ctx, "webhook", "{\"query\": {…search parameters…}, \"webhook\": \"https://…\"}");
        Map<String, List<String>> query = SavedSearchBody.query(body);
        String webhook = body.get("webhook").asText().strip();
        String refusal = targets.refusal(webhook);
        if (refusal != null) {
            throw new BadParameterException("webhook", "webhook refused: " + refusal);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        Instant now = Instant.now();
        Alert alert = Alert.webhook(UUID.randomUUID().toString(), query, webhook, HexFormat.of().formatHex(secret), now);
        store.ensureCreated();
        store.save(alert);
        Map<String, Object> answer = alert.describe();
        answer.put("secret", alert.secret()); // shown once, so the receiver can check each delivery's signature
        ctx.status(201).json(answer);
    }

    void get(Context ctx) throws IOException {
        if (!admitted(ctx)) {
            return;
        }
        store.ensureCreated();
        var alert = store.get(ctx.pathParam("id"));
        if (alert.isEmpty()) {
            ctx.status(404).json(Map.of("error", "no alert with id '" + ctx.pathParam("id") + "'"));
            return;
        }
        ctx.json(alert.get().describe());
    }

    void delete(Context ctx) throws IOException {
        if (!admitted(ctx)) {
            return;
        }
        store.ensureCreated();
        if (!store.delete(ctx.pathParam("id"))) {
            ctx.status(404).json(Map.of("error", "no alert with id '" + ctx.pathParam("id") + "'"));
            return;
        }
        ctx.status(204);
    }

    /** Off without a key (404); 401 without the right bearer token, compared in constant time. */
    private boolean admitted(Context ctx) {
        if (adminKey == null || adminKey.isBlank()) {
            ctx.status(404).json(Map.of("error", "the admin endpoints are off: set MINSEARCH_ADMIN_KEY to use them"));
            return false;
        }
        String header = ctx.header("Authorization");
        String given = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : "";
        if (!MessageDigest.isEqual(given.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                adminKey.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            ctx.status(401).header("WWW-Authenticate", "Bearer").json(Map.of("error", "an admin key is needed: Authorization: Bearer …"));
            return false;
        }
        return true;
    }
}
