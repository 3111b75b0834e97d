package kz.minsearch.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.sun.net.httpserver.HttpServer;
import io.javalin.Javalin;
import jakarta.mail.internet.MimeMessage;
import kz.minsearch.alert.AlertRunner;
import kz.minsearch.alert.AlertStore;
import kz.minsearch.alert.Mailer;
import kz.minsearch.alert.Subscriptions;
import kz.minsearch.alert.WebhookTargets;
import kz.minsearch.crawl.Crawler;
import kz.minsearch.crawl.IndexedCrawlStore;
import kz.minsearch.crawl.StaticSite;
import kz.minsearch.enrich.Registry;
import kz.minsearch.index.ElasticsearchConfig;
import kz.minsearch.index.PublicationIndex;
import kz.minsearch.node.ElasticsearchNodeExtension;
import kz.minsearch.present.AlertApi;
import kz.minsearch.present.ApiServer;
import kz.minsearch.present.SubscriptionApi;
import kz.minsearch.search.CrossLingual;
import kz.minsearch.search.Facets;
import kz.minsearch.search.SearchService;
import kz.minsearch.search.Suggestions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Monitoring end to end on 127.0.0.1: a fixture site served and crawled in watch cycles, a subscription confirmed
 * through the link in its mail (GreenMail, a real SMTP server), a webhook alert registered with the admin key; a new
 * article added to the site's listing reaches, within one cycle, `since`, the feed, the subscriber (one mail) and the
 * webhook (one POST, though its first attempt fails); after unsubscribing, no more mail.
 */
@ExtendWith(ElasticsearchNodeExtension.class)
class MonitoringEndToEndTest {
    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);
    private static final ObjectMapper json = new ObjectMapper();
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final String KEY = "e2e-admin-key";
    private static final Pattern TOKEN = Pattern.compile("token=([0-9a-f]+)");

    private static HttpResponse<String> call(Javalin app, String method, String path, String body, boolean admin) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (admin) {
            b.header("Authorization", "Bearer " + KEY);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    @Test
    void aNewArticleReachesSinceTheFeedTheSubscriberAndTheWebhookOnce() throws Exception {
        Path site = Files.createTempDirectory("e2e-site");
        copy(Path.of("../corpus/sites/newsru"), site);
        List<String[]> posts = new CopyOnWriteArrayList<>();
        AtomicInteger failNext = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            boolean fail = failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
            if (!fail) {
                posts.add(new String[]{new String(body, StandardCharsets.UTF_8), ex.getRequestHeaders().getFirst(AlertRunner.SIGNATURE_HEADER)});
            }
            ex.sendResponseHeaders(fail ? 503 : 200, -1);
            ex.close();
        });
        receiver.start();
        try (StaticSite served = StaticSite.serve(site);
             ElasticsearchClient client = ElasticsearchConfig.of(ElasticsearchNodeExtension.url()).client()) {
            PublicationIndex index = new PublicationIndex(client, "e2e-publications", PublicationIndex.mapping());
            index.ensureCreated();
            SearchService search = new SearchService(client, new Facets(Registry.bundled()), "e2e-publications", new CrossLingual());
            AlertStore store = new AlertStore(client, "e2e-alerts");
            store.ensureCreated();
            Mailer mailer = Mailer.fromUrl("smtp://127.0.0.1:" + smtp.getSmtp().getPort(), "minsearch@test.example");
            Javalin app = ApiServer.create(search, new Suggestions(search, Registry.bundled()),
                    new AlertApi(KEY, store, new WebhookTargets(true)),
                    new SubscriptionApi(new Subscriptions(store, mailer, "http://minsearch.test"))).start("127.0.0.1", 0);
            WatchCycle cycle = new WatchCycle(kz.minsearch.enrich.Registry.bundled(), index, Files.createTempDirectory("e2e-state"),
                    new IndexedCrawlStore(client, "e2e-crawl-state", PublicationIndex.VERSION),
                    new AlertRunner(store, search, new WebhookTargets(true), mailer, "http://minsearch.test", Duration.ofMillis(10)),
                    Crawler.Options.defaults(), Duration.ZERO);
            List<String> start = List.of(served.url() + "/");
            try {
                cycle.run(start);
                int before = json.readTree(call(app, "GET", "/api/search?size=0", null, false).body()).get("total").asInt();
                assertTrue(before >= 3, "the site is indexed: " + before);

                String query = "{\"q\": \"фестиваль этнокультурных\"}";
                assertEquals(202, call(app, "POST", "/api/subscriptions", "{\"query\": " + query
                        + ", \"email\": \"reader@example.org\", \"frequency\": \"immediate\", \"ui\": \"ru\"}", false).statusCode());
                assertTrue(smtp.waitForIncomingEmail(5000, 1));
                Matcher token = TOKEN.matcher((String) smtp.getReceivedMessages()[0].getContent());
                assertTrue(token.find());
                assertEquals(200, call(app, "GET", "/api/subscriptions/confirm?token=" + token.group(1), null, false).statusCode());
                HttpResponse<String> hook = call(app, "POST", "/api/alerts", "{\"query\": " + query + ", \"webhook\": \"http://127.0.0.1:"
                        + receiver.getAddress().getPort() + "/hook\"}", true);
                assertEquals(201, hook.statusCode(), hook.body());
                Instant beforeNew = Instant.now();
                Thread.sleep(20);

                // a new article on the site, linked from its listing
                Files.writeString(site.resolve("news/6600001-festival-etnokulturnyh-obedineniy.html"), "<!doctype html><html lang=ru>"
                        + "<head><meta charset=utf-8><title>Фестиваль этнокультурных объединений прошёл в Астане</title>"
                        + "<meta property=article:published_time content=2026-11-30T12:00:00+05:00></head><body><h1>Фестиваль "
                        + "этнокультурных объединений прошёл в Астане</h1><p>В Астане прошёл фестиваль этнокультурных объединений "
                        + "Ассамблеи народа Казахстана, в котором участвовали ансамбли двадцати регионов страны.</p><p>Министр "
                        + "культуры и информации поздравила участников и вручила награды лучшим коллективам фестиваля.</p></body></html>");
                Path listing = site.resolve("news/page-1.html");
                Files.writeString(listing, Files.readString(listing).replace("</body>",
                        "<div class=item><a href=\"6600001-festival-etnokulturnyh-obedineniy.html\">Фестиваль этнокультурных объединений прошёл в Астане</a></div></body>"));
                failNext.set(1); // the receiver fails the first attempt

                cycle.run(start);
                JsonNode since = json.readTree(call(app, "GET", "/api/search?since=" + URLEncoder.encode(beforeNew.toString(), StandardCharsets.UTF_8), null, false).body());
                assertEquals(1, since.get("total").asInt(), since.toString());
                assertTrue(since.get("hits").get(0).get("url").asText().endsWith("6600001-festival-etnokulturnyh-obedineniy.html"));
                SyndFeed feed = new SyndFeedInput().build(new StringReader(call(app, "GET", "/feed.atom?q=" + URLEncoder.encode("фестиваль этнокультурных", StandardCharsets.UTF_8), null, false).body()));
                assertTrue(feed.getEntries().get(0).getLink().endsWith("6600001-festival-etnokulturnyh-obedineniy.html"));
                assertTrue(smtp.waitForIncomingEmail(5000, 2));
                MimeMessage alert = smtp.getReceivedMessages()[1];
                assertTrue(((String) alert.getContent()).contains("Фестиваль этнокультурных объединений"), (String) alert.getContent());
                assertEquals(1, posts.size(), "one delivery, after the failed first attempt");
                assertTrue(posts.get(0)[0].contains("6600001"));

                cycle.run(start);
                assertEquals(2, smtp.getReceivedMessages().length, "nothing twice");
                assertEquals(1, posts.size());

                Matcher unsubscribe = TOKEN.matcher(alert.getHeader("List-Unsubscribe")[0]);
                assertTrue(unsubscribe.find());
                assertEquals(200, call(app, "POST", "/api/subscriptions/unsubscribe?token=" + unsubscribe.group(1), null, false).statusCode());
                Files.writeString(site.resolve("news/6600002-festival-vtoroy-den.html"), "<!doctype html><html lang=ru><head><meta charset=utf-8>"
                        + "<title>Второй день фестиваля этнокультурных объединений</title></head><body><h1>Второй день фестиваля "
                        + "этнокультурных объединений</h1><p>Во второй день фестиваля этнокультурных объединений выступили детские "
                        + "ансамбли и мастера народных ремёсел из северных регионов.</p></body></html>");
                Files.writeString(listing, Files.readString(listing).replace("</body>",
                        "<div class=item><a href=\"6600002-festival-vtoroy-den.html\">Второй день фестиваля этнокультурных объединений</a></div></body>"));
                cycle.run(start);
                assertEquals(2, smtp.getReceivedMessages().length, "unsubscribed: no more mail");
                assertEquals(2, posts.size(), "the webhook still gets it");
            } finally {
                app.stop();
            }
        } finally {
            receiver.stop(0);
        }
    }

    /** A watcher killed (SIGKILL) after matching and while sending: the next one delivers what was owed, once. */
    @Test
    void aWatcherKilledBetweenMatchAndSendLosesNothingAndSendsNothingTwice() throws Exception {
        java.util.concurrent.CountDownLatch arrived = new java.util.concurrent.CountDownLatch(1);
        AtomicInteger requests = new AtomicInteger();
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        receiver.createContext("/hook", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            if (requests.incrementAndGet() == 1) {
                arrived.countDown();
                try {
                    Thread.sleep(30_000); // the first delivery hangs: the watcher is killed meanwhile
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            try {
                ex.sendResponseHeaders(200, -1);
                acknowledged.add(new String(body, StandardCharsets.UTF_8)); // only what was answered counts as received
            } catch (java.io.IOException e) {
                // the sender is gone: this delivery was never acknowledged
            } finally {
                ex.close();
            }
        });
        receiver.start();
        try (ElasticsearchClient client = ElasticsearchConfig.of(ElasticsearchNodeExtension.url()).client()) {
            PublicationIndex index = new PublicationIndex(client, "kill-publications", PublicationIndex.mapping());
            index.ensureCreated();
            AlertStore store = new AlertStore(client, "kill-alerts");
            store.ensureCreated();
            SearchService search = new SearchService(client, new Facets(Registry.bundled()), "kill-publications", new CrossLingual());
            Instant now = Instant.now();
            store.save(kz.minsearch.alert.Alert.webhook("kill-test", java.util.Map.of("q", List.of("библиотека")),
                    "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", "secret", now));
            Thread.sleep(20);
            index.index(List.of(new kz.minsearch.enrich.Enricher(Registry.bundled()).enrich(new kz.minsearch.extract.Article(
                    "http://127.0.0.1/library", "kill.example", "Новая библиотека открылась в Караганде",
                    "В Караганде открылась новая библиотека с залом редкой книги и детским отделом.", null))), true);

            Process watcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), AlertRunProcess.class.getName(), ElasticsearchNodeExtension.url(),
                    "kill-publications", "kill-alerts").inheritIO().start();
            assertTrue(arrived.await(60, java.util.concurrent.TimeUnit.SECONDS), "the watcher began to send");
            assertEquals(List.of(), acknowledged);
            assertEquals(1, store.get("kill-test").orElseThrow().owed().size(), "what matched was stored before it was sent");
            watcher.destroyForcibly().waitFor();

            new AlertRunner(store, search, new WebhookTargets(true), null, "http://127.0.0.1", Duration.ofMillis(10)).run();
            assertEquals(1, acknowledged.size(), "the next watcher delivers what was owed");
            assertTrue(acknowledged.get(0).contains("http://127.0.0.1/library"));
            new AlertRunner(store, search, new WebhookTargets(true), null, "http://127.0.0.1", Duration.ofMillis(10)).run();
            assertEquals(1, acknowledged.size(), "and never again");
        } finally {
            receiver.stop(0);
        }
    }
}
