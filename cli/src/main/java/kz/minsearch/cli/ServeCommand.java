package kz.minsearch.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.javalin.Javalin;
import kz.minsearch.enrich.Registry;
import kz.minsearch.index.SourceNames;
import kz.minsearch.alert.AlertStore;
import kz.minsearch.present.AlertApi;
import kz.minsearch.present.ApiServer;
import kz.minsearch.present.SubscriptionApi;
import kz.minsearch.present.WarmUp;
import kz.minsearch.search.Facets;
import kz.minsearch.search.SearchService;
import kz.minsearch.search.Suggestions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", description = "Serve the API and the web page against the existing index.")
final class ServeCommand implements Callable<Integer> {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ServeCommand.class);
    /** How long the API shows the publishers' names it read before it reads them again (a crawl may add some). */
    private static final java.time.Duration SOURCE_NAMES_AGE = java.time.Duration.ofMinutes(1);
    @Mixin
    ListenOptions listen = new ListenOptions();

    @Override
    public Integer call() throws Exception {
        Environment env = Environment.current();
        try (ElasticsearchClient client = env.elasticsearch().client()) {
            Javalin app = start(client, listen, env.registry());
            awaitShutdown(app::stop);
        }
        return 0;
    }

    static Javalin start(ElasticsearchClient client, ListenOptions listen, Registry registry) {
        SearchService search = new SearchService(client, new Facets(registry, new SourceNames(client).cached(SOURCE_NAMES_AGE)));
        Suggestions suggestions = new Suggestions(search, registry);
        warmUp(search, suggestions, listen.warmUp());
        String adminKey = System.getenv("MINSEARCH_ADMIN_KEY");
        AlertApi alerts = adminKey == null || adminKey.isBlank() ? AlertApi.OFF
                : new AlertApi(adminKey, new AlertStore(client), Environment.webhookTargets());
        kz.minsearch.alert.Mailer mailer = Environment.mailer();
        SubscriptionApi mail = mailer == null ? SubscriptionApi.OFF
                : new SubscriptionApi(new kz.minsearch.alert.Subscriptions(new AlertStore(client), mailer, Environment.publicUrl()));
        Javalin app = ApiServer.create(search, suggestions, alerts, mail,
                kz.minsearch.present.RateLimiter.fromEnvironment(System.getenv()), System.getenv("MINSEARCH_CLIENT_IP_HEADER"),
                kz.minsearch.search.Export.maxFromEnvironment(System.getenv())).start(listen.host, listen.port);
        System.out.println("serving http://" + listen.host + ":" + app.port() + "/");
        return app;
    }

    /**
     * The same API on a loopback port of its own, searched by {@link WarmUp} and stopped before the real one listens:
     * nobody's request waits for the JIT, no rate limit or alert is touched, and the health check answers only when
     * the API is warm.
     */
    private static void warmUp(SearchService search, Suggestions suggestions, java.time.Duration budget) {
        if (budget.isZero() || budget.isNegative()) {
            return;
        }
        Javalin own = ApiServer.create(search, suggestions).start("127.0.0.1", 0);
        try (WarmUp warmUp = new WarmUp("http://127.0.0.1:" + own.port())) {
            WarmUp.Result r = warmUp.run(budget);
            log.info("event=warm_up requests={} failed={} ms={}", r.requests(), r.failed(), r.took().toMillis());
        } finally {
            own.stop();
        }
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
