package kz.minsearch.alert;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Metrics;
import kz.minsearch.index.Publication;
import kz.minsearch.search.SearchRequest;
import kz.minsearch.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One monitoring cycle, without a percolator: each saved search runs as an ordinary search of what was indexed since
 * its last run, all of them in one {@code _msearch}, so the cost grows with the number of saved searches, not with the
 * index. What matches is stored as
 * owed before anything is sent (a restart still owes it), then delivered — a webhook gets one POST per alert and
 * cycle, signed with HMAC-SHA256; a confirmed subscriber one mail, at once or as a daily or weekly digest — with
 * retries and backoff; a publication delivered once is never delivered again.
 */
public final class AlertRunner {
    private static final Logger log = LoggerFactory.getLogger(AlertRunner.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MATCHES_PER_RUN = 100;
    private static final int ATTEMPTS = 3;
    public static final String SIGNATURE_HEADER = "X-Minsearch-Signature";

    /** What a cycle did. */
    public record Cycle(int alerts, int matched, int delivered, int failed) {
    }

    private final AlertStore store;
    private final SearchService search;
    private final WebhookTargets targets;
    private final Subscriptions subscriptions;
    private final Mailer mailer;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Duration backoff;

    /** @param mailer null: no SMTP, so no mail (subscriptions cannot exist then) */
    public AlertRunner(AlertStore store, SearchService search, WebhookTargets targets, Mailer mailer, String publicUrl,
                       Duration backoff) {
        this.store = store;
        this.search = search;
        this.targets = targets;
        this.mailer = mailer;
        this.subscriptions = mailer == null ? null : new Subscriptions(store, mailer, publicUrl);
        this.backoff = backoff;
    }

    public Cycle run() throws IOException {
        int alerts = 0;
        int matched = 0;
        int delivered = 0;
        int failed = 0;
        // double opt-in: nothing before the link in the confirmation mail is opened
        List<Alert> active = store.all().stream().filter(Alert::confirmed).toList();
        List<List<SearchService.Match>> found = search.matches(active.stream().map(AlertRunner::since).toList());
        for (int i = 0; i < active.size(); i++) {
            Alert alert = active.get(i);
            alerts++;
            Alert owing = owing(alert, found.get(i));
            matched += owing.owed().size() - alert.owed().size();
            store.save(owing); // owed before sent
            if (owing.owed().isEmpty()) {
                continue;
            }
            if (!owing.isWebhook() && !due(owing, Instant.now())) {
                continue; // a digest collects until its day
            }
            Alert after = owing.isWebhook() ? deliver(owing) : mail(owing);
            store.save(after);
            boolean ok = after.owed().isEmpty();
            Metrics.counter("minsearch_alert_deliveries", "channel", owing.isWebhook() ? "webhook" : "mail",
                    "outcome", ok ? "delivered" : "failed").increment();
            if (ok) {
                delivered += owing.owed().size();
            } else {
                failed++;
            }
        }
        log.info("event=alerts_cycle alerts={} matched={} delivered={} failed={}", alerts, matched, delivered, failed);
        return new Cycle(alerts, matched, delivered, failed);
    }

    /** The alert's search, restricted to what was indexed since its last run. */
    private static SearchRequest since(Alert alert) {
        Map<String, List<String>> params = new LinkedHashMap<>(alert.query());
        List.of("page", "cursor", "group", "sort", "size", "since").forEach(params::remove);
        params.put("since", List.of(alert.lastRun().toString()));
        params.put("size", List.of(String.valueOf(MATCHES_PER_RUN)));
        return SearchRequest.from(params);
    }

    private static Alert owing(Alert alert, List<SearchService.Match> matches) {
        Set<String> owed = new LinkedHashSet<>(alert.owed());
        Instant lastRun = alert.lastRun();
        for (SearchService.Match match : matches) {
            if (!alert.delivered().contains(match.id())) {
                owed.add(match.id());
            }
            if (match.indexed() != null) {
                Instant indexed = OffsetDateTime.parse(match.indexed()).toInstant();
                lastRun = indexed.isAfter(lastRun) ? indexed : lastRun;
            }
        }
        return alert.withRun(lastRun, List.copyOf(owed), alert.delivered(), alert.failures());
    }

    private Alert deliver(Alert alert) throws IOException {
        String refusal = targets.refusal(alert.webhook());
        if (refusal != null) {
            log.warn("event=webhook_refused alert={} reason=\"{}\"", alert.id(), refusal);
            return alert.withRun(alert.lastRun(), alert.owed(), alert.delivered(), alert.failures() + 1);
        }
        List<Map<String, Object>> publications = new ArrayList<>();
        for (String id : alert.owed()) {
            search.publication(id).ifPresent(p -> publications.add(summary(p)));
        }
        byte[] body = JSON.writeValueAsBytes(Map.of("alert", alert.id(), "publications", publications));
        String signature = "sha256=" + hmac(alert.secret(), body);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(alert.webhook())).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json").header(SIGNATURE_HEADER, signature)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() / 100 == 2) {
                    List<String> delivered = new ArrayList<>(alert.delivered());
                    delivered.addAll(alert.owed());
                    log.info("event=webhook_delivered alert={} publications={}", alert.id(), alert.owed().size());
                    return alert.withRun(alert.lastRun(), List.of(), delivered, 0);
                }
                log.info("event=webhook_failed alert={} attempt={} status={}", alert.id(), attempt, r.statusCode());
            } catch (IOException e) {
                log.info("event=webhook_failed alert={} attempt={} reason=\"{}\"", alert.id(), attempt, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(backoff.multipliedBy(1L << (attempt - 1)));
        }
        return alert.withRun(alert.lastRun(), alert.owed(), alert.delivered(), alert.failures() + 1);
    }

    private static boolean due(Alert alert, Instant now) {
        return switch (alert.frequency()) {
            case "daily" -> !alert.lastSent().plus(Duration.ofDays(1)).isAfter(now);
            case "weekly" -> !alert.lastSent().plus(Duration.ofDays(7)).isAfter(now);
            default -> true;
        };
    }

    /** One mail of what is owed, in the subscriber's language, with a one-click unsubscribe link. */
    private Alert mail(Alert alert) throws IOException {
        if (mailer == null) {
            log.warn("event=mail_skipped alert={} reason=\"no SMTP configured\"", alert.id());
            return alert.withRun(alert.lastRun(), alert.owed(), alert.delivered(), alert.failures() + 1);
        }
        List<Publication> publications = new ArrayList<>();
        for (String id : alert.owed()) {
            search.publication(id).ifPresent(publications::add);
        }
        String unsubscribe = subscriptions.link("unsubscribe", alert.token());
        String text = alert.query().getOrDefault("q", List.of("")).get(0);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                mailer.send(alert.email(), Mails.alertSubject(alert.ui(), text, publications.size()),
                        Mails.alertText(alert.ui(), publications, unsubscribe),
                        Map.of("List-Unsubscribe", "<" + unsubscribe + ">", "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
                List<String> delivered = new ArrayList<>(alert.delivered());
                delivered.addAll(alert.owed());
                log.info("event=mail_sent alert={} publications={}", alert.id(), publications.size());
                return alert.sentAt(Instant.now(), delivered);
            } catch (jakarta.mail.MessagingException e) {
                log.info("event=mail_failed alert={} attempt={} reason=\"{}\"", alert.id(), attempt, e.getMessage());
                sleep(backoff.multipliedBy(1L << (attempt - 1)));
            }
        }
        return alert.withRun(alert.lastRun(), alert.owed(), alert.delivered(), alert.failures() + 1);
    }

    private static Map<String, Object> summary(Publication p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", p.id());
        out.put("url", p.url());
        out.put("title", p.title());
        out.put("lang", p.lang());
        out.put("published", p.published() == null ? null : p.published().toString());
        out.put("ministers", p.ministers());
        out.put("areas", p.areas());
        return out;
    }

    /** The signature a receiver recomputes with the alert's secret to check a delivery. */
    public static String hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
