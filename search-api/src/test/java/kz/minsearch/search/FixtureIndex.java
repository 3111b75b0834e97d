package kz.minsearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import kz.minsearch.enrich.Registry;
import kz.minsearch.eval.FixtureWeb;
import kz.minsearch.index.Publication;
import kz.minsearch.index.PublicationIndex;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the tests over the fixture web stand on: its publications, crawled and linked, under an alias, and a search. */
public final class FixtureIndex {
    private FixtureIndex() {
    }

    /** The fixture web (and {@code extra}) indexed under {@code alias}; the search over them. */
    public static SearchService fixtureWeb(ElasticsearchClient client, String alias, Publication... extra) throws IOException {
        PublicationIndex index = new PublicationIndex(client, alias, PublicationIndex.mapping());
        index.ensureCreated();
        List<Publication> publications = new ArrayList<>(FixtureWeb.crawl(Path.of("../corpus")).linked());
        publications.addAll(List.of(extra));
        index.index(publications, true);
        return new SearchService(client, new Facets(Registry.bundled()), alias, new CrossLingual());
    }
}
