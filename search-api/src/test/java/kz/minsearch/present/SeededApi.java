package kz.minsearch.present;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.javalin.Javalin;
import kz.minsearch.enrich.Enricher;
import kz.minsearch.enrich.Registry;
import kz.minsearch.index.ElasticsearchConfig;
import kz.minsearch.index.Importer;
import kz.minsearch.index.PublicationIndex;
import kz.minsearch.search.CrossLingual;
import kz.minsearch.search.Facets;
import kz.minsearch.search.SearchService;
import kz.minsearch.search.Suggestions;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What the HTTP tests stand on: the seeds imported under an alias, the API over them, the API over no cluster. */
final class SeededApi {
    private SeededApi() {
    }

    /** A search over the five seed articles, imported under {@code alias}. */
    static SearchService seeded(ElasticsearchClient client, String alias) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../corpus/seeds"))) {
            new Importer(new Enricher(Registry.bundled()), new PublicationIndex(client, alias, PublicationIndex.mapping()))
                    .importFiles(files.toList(), f -> { });
        }
        return new SearchService(client, new Facets(Registry.bundled()), alias, new CrossLingual());
    }

    static Javalin serve(SearchService search) {
        return ApiServer.create(search, new Suggestions(search, Registry.bundled())).start("127.0.0.1", 0);
    }

    /** The API over an address where no Elasticsearch listens: every search fails to connect. */
    static Javalin serveWithoutElasticsearch(String alias) throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        return serve(new SearchService(ElasticsearchConfig.of("http://127.0.0.1:" + closed).client(),
                new Facets(Registry.bundled()), alias, new CrossLingual()));
    }
}
