package kz.minsearch.present;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.javalin.Javalin;
import jakarta.mail.internet.MimeMessage;
import kz.minsearch.alert.AlertRunner;
import kz.minsearch.alert.AlertStore;
import kz.minsearch.alert.Mailer;
import kz.minsearch.alert.Subscriptions;
import kz.minsearch.alert.WebhookTargets;
import kz.minsearch.enrich.Enricher;
import kz.minsearch.enrich.Registry;
import kz.minsearch.extract.Article;
import kz.minsearch.index.ElasticsearchConfig;
import kz.minsearch.index.PublicationIndex;
import kz.minsearch.node.ElasticsearchNodeExtension;
import kz.minsearch.search.CrossLingual;
import kz.minsearch.search.Facets;
import kz.minsearch.search.SearchService;
import kz.minsearch.search.Suggestions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mail subscriptions end to end with a real SMTP server in the test JVM (GreenMail) and a real node. */
@ExtendWith(ElasticsearchNodeExtension.class)
class SubscriptionsTest {
    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final Pattern TOKEN = Pattern.compile("token=([0-9a-f]+)");
    private static ElasticsearchClient client;
    private static PublicationIndex index;
    private static Enricher enricher;
    private static SearchService search;
    private static AlertStore store;
    private static Javalin app;
    private static Javalin noSmtp;

    @BeforeAll
    static void start() throws Exception {
        client = ElasticsearchConfig.of(ElasticsearchNodeExtension.url()).client();
        index = new PublicationIndex(client, "test-mail-publications", PublicationIndex.mapping());
        index.ensureCreated();
        enricher = new Enricher(Registry.bundled());
        search = new SearchService(client, new Facets(Registry.bundled()), "test-mail-publications", new CrossLingual());
        store = new AlertStore(client, "test-mail-alerts");
        Suggestions suggestions = new Suggestions(search, Registry.bundled());
        app = ApiServer.create(search, suggestions, AlertApi.OFF, new SubscriptionApi(new Subscriptions(store, mailer(),
                "http://minsearch.test"))).start("127.0.0.1", 0);
        noSmtp = ApiServer.create(search, suggestions).start("127.0.0.1", 0);
    }

    private static Mailer mailer() {
        return Mailer.fromUrl("smtp://127.0.0.1:" + smtp.getSmtp().getPort(), "minsearch@test.example");
    }

    @AfterAll
    static void stop() throws Exception {
        app.stop();
        noSmtp.stop();
        client.close();
    }

    private static HttpResponse<String> call(Javalin server, String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void publish(String path, String title) throws Exception {
        index.index(List.of(enricher.enrich(new Article("http://127.0.0.1/" + path, "mail.example", title,
                title + ". Музеи и библиотеки региона получат новое оборудование.", OffsetDateTime.parse("2025-11-01T10:00:00+05:00")))), true);
    }

    private static String token(String text) {
        Matcher m = TOKEN.matcher(text);
        assertTrue(m.find(), text);
        return m.group(1);
    }

    @Test
    void aConfirmedSubscriberGetsEachNewPublicationOnceUntilUnsubscribing() throws Exception {
        AlertRunner runner = new AlertRunner(store, search, new WebhookTargets(true), mailer(), "http://minsearch.test", Duration.ofMillis(10));
        HttpResponse<String> subscribed = call(app, "POST", "/api/subscriptions",
                "{\"query\": {\"q\": \"музеи оборудование\"}, \"email\": \"reader@example.org\", \"frequency\": \"immediate\", \"ui\": \"ru\"}");
        assertEquals(202, subscribed.statusCode(), subscribed.body());
        assertTrue(smtp.waitForIncomingEmail(5000, 1));
        MimeMessage confirmation = smtp.getReceivedMessages()[0];
        assertEquals("minsearch: подтвердите подписку", confirmation.getSubject());
        String token = token((String) confirmation.getContent());

        Thread.sleep(20);
        publish("before", "Музеи получат оборудование");
        runner.run();
        assertEquals(1, smtp.getReceivedMessages().length, "nothing is sent before the address is confirmed");

        assertEquals(200, call(app, "GET", "/api/subscriptions/confirm?token=" + token, null).statusCode());
        Thread.sleep(20);
        publish("after", "Библиотеки и музеи получат новое оборудование");
        runner.run();
        assertEquals(2, smtp.getReceivedMessages().length, "one alert mail");
        MimeMessage alert = smtp.getReceivedMessages()[1];
        assertTrue(alert.getSubject().contains("«музеи оборудование»"), alert.getSubject());
        String text = (String) alert.getContent();
        assertTrue(text.contains("http://127.0.0.1/after"), text);
        assertTrue(!text.contains("http://127.0.0.1/before"), "what came before the confirmation is not sent");
        assertTrue(alert.getHeader("List-Unsubscribe")[0].contains("/api/subscriptions/unsubscribe?token="));
        assertEquals("List-Unsubscribe=One-Click", alert.getHeader("List-Unsubscribe-Post")[0]);

        runner.run();
        assertEquals(2, smtp.getReceivedMessages().length, "and only once");

        HttpResponse<String> unsubscribed = call(app, "POST", "/api/subscriptions/unsubscribe?token=" + token, null);
        assertEquals(200, unsubscribed.statusCode(), unsubscribed.body());
        Thread.sleep(20);
        publish("later", "Музеи региона: ещё оборудование");
        runner.run();
        assertEquals(2, smtp.getReceivedMessages().length, "unsubscribing stops the mail");
    }

    @Test
    void withoutSmtpSubscriptionsAre503AndBadInputIs400() throws Exception {
        HttpResponse<String> r = call(noSmtp, "POST", "/api/subscriptions", "{\"query\": {}, \"email\": \"a@b.example\"}");
        assertEquals(503, r.statusCode());
        assertTrue(r.body().contains("SMTP"), r.body());
        assertEquals(400, call(app, "POST", "/api/subscriptions", "{\"query\": {}, \"email\": \"not-an-address\"}").statusCode());
        assertEquals(400, call(app, "POST", "/api/subscriptions", "{\"query\": {}, \"email\": \"a@b.example\", \"frequency\": \"hourly\"}").statusCode());
        assertEquals(404, call(app, "GET", "/api/subscriptions/confirm?token=" + "ab".repeat(24), null).statusCode());
    }
}
