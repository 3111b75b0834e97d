package kz.minsearch.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.javalin.Javalin;
import kz.minsearch.enrich.Registry;
import kz.minsearch.index.SourceNames;
import kz.minsearch.alert.AlertStore;
import kz.minsearch.present.AlertApi;
import kz.minsearch.present.ApiServer;
import kz.minsearch.present.SubscriptionApi;
import kz.minsearch.search.Facets;
import kz.minsearch.search.SearchService;
import kz.minsearch.search.Suggestions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", description = "Serve the API and the web page against the existing index.")
final class ServeCommand implements Callable<Integer> {
    /** How long the API shows the publishers' names it read before it reads them again (a crawl may add some). */
    private static final java.time.Duration SOURCE_NAMES_AGE = java.time.Duration.ofMinutes(1);
    @Mixin
    ListenOptions listen = new ListenOptions();

    @Override
    public Integer call() throws Exception {
        Environment env = Environment.current();
        try (ElasticsearchClient client = env.elasticsearch().client()) {
            Javalin app = start(client, listen.host, listen.port, env.registry());
            awaitShutdown(app::stop);
        }
        return 0;
    }

    static Javalin start(ElasticsearchClient client, String host, int port, Registry registry) {
        SearchService search = new SearchService(client, new Facets(registry, new SourceNames(client).cached(SOURCE_NAMES_AGE)));
        String adminKey = System.getenv("MINSEARCH_ADMIN_KEY");
        AlertApi alerts = adminKey == null || adminKey.isBlank() ? AlertApi.OFF
                : new AlertApi(adminKey, new AlertStore(client), Environment.webhookTargets());
        kz.minsearch.alert.Mailer mailer = Environment.mailer();
        SubscriptionApi mail = mailer == null ? SubscriptionApi.OFF
                : new SubscriptionApi(new kz.minsearch.alert.Subscriptions(new AlertStore(client), mailer, Environment.publicUrl()));
        Javalin app = ApiServer.create(search, new Suggestions(search, registry), alerts, mail,
                kz.minsearch.present.RateLimiter.fromEnvironment(System.getenv()), System.getenv("MINSEARCH_CLIENT_IP_HEADER"),
                kz.minsearch.search.Export.maxFromEnvironment(System.getenv())).start(host, port);
        System.out.println("serving http://" + host + ":" + app.port() + "/");
        return app;
    }

    /** Blocks until Ctrl-C or SIGTERM, then runs the clean-up. */
    static void awaitShutdown(Runnable cleanUp) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            cleanUp.run();
            stopped.countDown();
        }));
        stopped.await();
    }
}
