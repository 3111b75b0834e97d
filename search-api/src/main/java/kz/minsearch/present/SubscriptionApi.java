package kz.minsearch.present;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import kz.minsearch.alert.Subscriptions;
import kz.minsearch.search.BadParameterException;
import kz.minsearch.search.SearchRequest;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Mail subscriptions over HTTP: {@code POST /api/subscriptions} (202, a confirmation mail goes out), the confirmation
 * and one-click unsubscribe links. Without SMTP configured they answer 503 saying so.
 *
 * @param subscriptions null: no SMTP configured
 */
public record SubscriptionApi(Subscriptions subscriptions) {
    public static final SubscriptionApi OFF = new SubscriptionApi(null);

    void subscribe(Context ctx) throws Exception {
        if (off(ctx)) {
            return;
        }
        JsonNode body = SavedSearchBody.read(ctx, "email", "{\"query\": {…search parameters…}, \"email\": \"…\", "
                + "\"frequency\": \"immediate|daily|weekly\", \"ui\": \"kk|ru|en\"}");
        Map<String, List<String>> query = SavedSearchBody.query(body);
        String email = body.get("email").asText().strip();
        if (!Subscriptions.isEmail(email)) {
            throw new BadParameterException("email", "not an email address: '" + email + "'");
        }
        String frequency = body.path("frequency").asText("immediate");
        if (!Subscriptions.FREQUENCIES.contains(frequency)) {
            throw new BadParameterException("frequency", "frequency must be immediate, daily or weekly, not '" + frequency + "'");
        }
        String ui = body.path("ui").asText("en");
        if (!SearchRequest.LANGS.contains(ui)) {
            throw new BadParameterException("ui", "ui must be kk, ru or en, not '" + ui + "'");
        }
        subscriptions.subscribe(query, email, frequency, ui);
        ctx.status(202).json(Map.of("status", "a confirmation mail was sent to " + email + "; nothing is sent before it is confirmed"));
    }

    void confirm(Context ctx) throws IOException {
        if (off(ctx)) {
            return;
        }
        var alert = subscriptions.confirm(token(ctx));
        if (alert.isEmpty()) {
            ctx.status(404).json(Map.of("error", "this link is not (or no longer) valid"));
            return;
        }
        ctx.json(Map.of("status", "confirmed: new publications of this search will be mailed " + alert.get().frequency()));
    }

    void unsubscribe(Context ctx) throws IOException {
        if (off(ctx)) {
            return;
        }
        boolean ended = subscriptions.unsubscribe(token(ctx));
        ctx.json(Map.of("status", ended ? "unsubscribed" : "already unsubscribed"));
    }

    private static String token(Context ctx) {
        String token = ctx.queryParam("token");
        if (token == null || !token.matches("[0-9a-f]{16,128}")) {
            throw new BadParameterException("token", "the link's token is missing or malformed");
        }
        return token;
    }

    private boolean off(Context ctx) {
        if (subscriptions == null) {
            ctx.status(503).json(Map.of("error", "mail subscriptions are not available: no SMTP server is configured "
                    + "(MINSEARCH_SMTP_URL); Atom feeds (/feed.atom) work without one"));
            return true;
        }
        return false;
    }
}
