package kz.minsearch.index;

import kz.minsearch.enrich.Enricher;
import kz.minsearch.enrich.Linker;
import kz.minsearch.extract.Article;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Enriches what is indexed again, from the text it holds, after the registry or the enrichment changed (an operator's
 * new people or area terms, a new minister rule): no page is fetched again. Everything is re-enriched and linked
 * together, so no publication's people or areas are merged with a neighbour's stale ones, then replaced in place,
 * each keeping the moment it was first indexed.
 */
public final class Reenrichment {
    /** @param changedMinisters publications whose ministers changed; {@code changedAreas} whose areas did */
    public record Result(int publications, int changedMinisters, int changedAreas, List<String> failures) {
        @Override
        public String toString() {
            return String.format("re-enriched %d publications: ministers changed on %d, areas on %d; %d failed%s", publications,
                    changedMinisters, changedAreas, failures.size(), failures.isEmpty() ? "" : " (" + String.join("; ", failures) + ")");
        }
    }

    private Reenrichment() {
    }

    /** @param progress told how many publications have been enriched, as it goes */
    public static Result run(PublicationIndex index, Enricher enricher, IntConsumer progress) throws IOException {
        List<Publication> before = index.all();
        List<Publication> enriched = new ArrayList<>(before.size());
        List<String> failures = new ArrayList<>();
        for (Publication p : before) {
            Publication again = enricher.enrich(new Article(p.url(), p.source(), p.title(), p.body(), p.published()));
            if (again.id().equals(p.id())) {
                enriched.add(again);
            } else { // an id not made from its URL: replacing it would add a second copy
                failures.add(p.id() + ": its id is not its URL's (" + again.id() + "), left as it is");
            }
            progress.accept(enriched.size() + failures.size());
        }
        List<Publication> after = Linker.link(enriched);
        Map<String, Publication> old = new java.util.HashMap<>();
        before.forEach(p -> old.put(p.id(), p));
        int ministers = 0;
        int areas = 0;
        List<Map<String, Object>> documents = new ArrayList<>(after.size());
        for (Publication p : after) {
            Publication was = old.get(p.id());
            ministers += was == null || !new HashSet<>(was.ministers()).equals(new HashSet<>(p.ministers())) ? 1 : 0;
            areas += was == null || !new HashSet<>(was.areas()).equals(new HashSet<>(p.areas())) ? 1 : 0;
            documents.add(p.toDocument());
        }
        failures.addAll(index.replace(documents));
        index.refresh();
        return new Result(after.size(), ministers, areas, failures);
    }
}
