package kz.minsearch.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import kz.minsearch.alert.AlertRunner;
import kz.minsearch.alert.AlertStore;
import kz.minsearch.alert.WebhookTargets;
import kz.minsearch.enrich.Registry;
import kz.minsearch.index.ElasticsearchConfig;
import kz.minsearch.search.CrossLingual;
import kz.minsearch.search.Facets;
import kz.minsearch.search.SearchService;

import java.time.Duration;

/** A watcher's alert step in a process of its own, for a test to kill in the middle: args are the node URL, the publications alias and the alerts alias. */
public final class AlertRunProcess {
    private AlertRunProcess() {
    }

    public static void main(String[] args) throws Exception {
        try (ElasticsearchClient client = ElasticsearchConfig.of(args[0]).client()) {
            SearchService search = new SearchService(client, new Facets(Registry.bundled()), args[1], new CrossLingual());
            new AlertRunner(new AlertStore(client, args[2]), search, new WebhookTargets(true), null, "http://127.0.0.1",
                    Duration.ofMillis(10)).run();
        }
    }
}
