package kz.minsearch.cli;

import kz.minsearch.index.ElasticsearchConfig;
import kz.minsearch.node.LocalCluster;
import kz.minsearch.node.LocalNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where state lives ({@code MINSEARCH_HOME}, default {@code ./.minsearch}) and which cluster to use: the one named by
 * {@code MINSEARCH_ES_URL}, or the local node under the home.
 */
record Environment(Path home, ElasticsearchConfig external, Path root) {

    static Environment current() {
        Map<String, String> env = System.getenv();
        String home = env.getOrDefault("MINSEARCH_HOME", "");
        Path root = Path.of(System.getProperty("minsearch.root", ".")).toAbsolutePath().normalize();
        return new Environment(home.isBlank() ? Path.of(".minsearch").toAbsolutePath() : Path.of(home).toAbsolutePath(),
                ElasticsearchConfig.fromEnvironment(env), root);
    }

    /** Where webhooks may go: internal addresses only when MINSEARCH_WEBHOOK_ALLOW_PRIVATE=true. */
    static kz.minsearch.alert.WebhookTargets webhookTargets() {
        return new kz.minsearch.alert.WebhookTargets("true".equalsIgnoreCase(System.getenv("MINSEARCH_WEBHOOK_ALLOW_PRIVATE")));
    }

    /** The SMTP server of MINSEARCH_SMTP_URL (from MINSEARCH_MAIL_FROM), or null when none is configured. */
    static kz.minsearch.alert.Mailer mailer() {
        String url = System.getenv("MINSEARCH_SMTP_URL");
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            return kz.minsearch.alert.Mailer.fromUrl(url, System.getenv().getOrDefault("MINSEARCH_MAIL_FROM", "minsearch@localhost"));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }

    /** Where users reach the API, for the links in mail (MINSEARCH_PUBLIC_URL). */
    static String publicUrl() {
        return System.getenv().getOrDefault("MINSEARCH_PUBLIC_URL", "http://127.0.0.1:8080");
    }

    /**
     * The registry: the shipped facts and the operator's files, in the directory or file named by {@code --registry}
     * (system property {@value #REGISTRY}), else MINSEARCH_REGISTRY, else {@code $MINSEARCH_HOME/registry}.
     */
    kz.minsearch.enrich.Registry registry() {
        String given = System.getProperty(REGISTRY, System.getenv().getOrDefault("MINSEARCH_REGISTRY", ""));
        Path files = given.isBlank() ? home.resolve("registry") : Path.of(given);
        if (!given.isBlank() && !java.nio.file.Files.exists(files)) {
            throw new CliException("registry: " + files + " does not exist");
        }
        try {
            return kz.minsearch.enrich.Registry.bundled().withFiles(files);
        } catch (kz.minsearch.enrich.Registry.InvalidException e) {
            throw new CliException("registry: " + e.getMessage());
        }
    }

    static final String REGISTRY = "minsearch.registry";

    LocalNode localNode() {
        return LocalNode.in(home);
    }

    LocalCluster localCluster() {
        return LocalCluster.in(home);
    }

    /** The cluster to talk to; the local node must already run when no external cluster is configured. */
    ElasticsearchConfig elasticsearch() throws IOException {
        if (external != null) {
            return external;
        }
        LocalCluster cluster = localCluster();
        String urls = cluster.urls();
        if (urls.isEmpty()) {
            LocalNode.Status status = localNode().status();
            throw new CliException("no Elasticsearch to talk to: the local node in " + home + " is "
                    + status.state().name().toLowerCase() + " (" + status.detail() + "). Run `./minsearch es start`, "
                    + "or set MINSEARCH_ES_URL to use another cluster.");
        }
        return ElasticsearchConfig.of(urls).locatedBy(cluster::recordedUrls);
    }

    /** The crawl's memory, kept per index version: a new index is filled again from scratch. */
    Path crawlState() {
        return home.resolve("crawl").resolve(kz.minsearch.index.PublicationIndex.concreteName());
    }

    /** The sample corpus that `up` indexes. */
    Path sampleCorpus() {
        return root.resolve("corpus");
    }
}
