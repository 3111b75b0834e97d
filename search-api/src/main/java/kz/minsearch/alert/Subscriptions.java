package kz.minsearch.alert;

import jakarta.mail.MessagingException;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Mail subscriptions to a search, with double opt-in: a subscription is stored unconfirmed and a mail with a
 * one-time link is sent; only that link makes it send anything. Every alert mail carries a one-click unsubscribe link
 * (and the {@code List-Unsubscribe} headers).
 */
public final class Subscriptions {
    public static final Set<String> FREQUENCIES = Set.of("immediate", "daily", "weekly");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{2,63}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AlertStore store;
    private final Mailer mailer;
    private final String publicUrl;

    /** @param publicUrl where users reach the API ({@code MINSEARCH_PUBLIC_URL}), for the links in mail */
    public Subscriptions(AlertStore store, Mailer mailer, String publicUrl) {
        this.store = store;
        this.mailer = mailer;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    public static boolean isEmail(String address) {
        return address != null && address.length() <= 320 && EMAIL.matcher(address).matches();
    }

    /** Stores the subscription unconfirmed and mails the confirmation link. */
    public Alert subscribe(Map<String, List<String>> query, String email, String frequency, String ui)
            throws IOException, MessagingException {
        byte[] token = new byte[24];
        RANDOM.nextBytes(token);
        Alert alert = Alert.subscription(UUID.randomUUID().toString(), query, email, frequency, ui,
                HexFormat.of().formatHex(token), Instant.now());
        store.ensureCreated();
        store.save(alert);
        String text = query.getOrDefault("q", List.of("")).get(0);
        mailer.send(email, Mails.confirmationSubject(ui), Mails.confirmationText(ui, text, link("confirm", alert.token())), Map.of());
        return alert;
    }

    /** Confirms the subscription of a token; empty when the token is unknown. */
    public Optional<Alert> confirm(String token) throws IOException {
        store.ensureCreated();
        Optional<Alert> alert = store.byToken(token);
        if (alert.isPresent() && !alert.get().confirmed()) {
            Alert confirmed = alert.get().confirmedAt(Instant.now());
            store.save(confirmed);
            return Optional.of(confirmed);
        }
        return alert;
    }

    /** Ends the subscription of a token; false when the token is unknown (already unsubscribed). */
    public boolean unsubscribe(String token) throws IOException {
        store.ensureCreated();
        Optional<Alert> alert = store.byToken(token);
        return alert.isPresent() && store.delete(alert.get().id());
    }

    String link(String action, String token) {
        return publicUrl + "/api/subscriptions/" + action + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
