package kz.minsearch.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.javalin.Javalin;
import kz.minsearch.index.ElasticsearchConfig;
import kz.minsearch.node.LocalNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "up", description = "The embedded default: local node, sample corpus indexed, API and page served. Ctrl-C stops what it started.")
final class UpCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "${env:MINSEARCH_PORT:-8080}", description = "HTTP port (default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "${env:MINSEARCH_HOST:-127.0.0.1}", description = "address to listen on (default ${DEFAULT-VALUE})")
    String host;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        Environment env = Environment.current();
        LocalNode startedNode = null;
        ElasticsearchConfig es = env.external();
        if (es == null) {
            LocalNode node = env.localNode();
            boolean wasRunning = node.status().state() == LocalNode.Status.State.RUNNING;
            es = ElasticsearchConfig.of(node.start(Duration.ofMinutes(3)));
            System.out.println("elasticsearch " + es.url());
            startedNode = wasRunning ? null : node;
        }
        Path seeds = env.sampleCorpus().resolve("seeds");
        ImportCommand.importFiles(env, List.of(seeds));
        ElasticsearchClient client = es.client();
        Javalin app = ServeCommand.start(client, host, port);
        System.out.printf("ready in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        LocalNode toStop = startedNode;
        ServeCommand.awaitShutdown(() -> {
            app.stop();
            try {
                client.close();
                if (toStop != null) {
                    toStop.stop(Duration.ofSeconds(60));
                }
            } catch (Exception e) {
                System.err.println("minsearch: could not stop the local node: " + e.getMessage());
            }
        });
        return 0;
    }
}
