package kz.minsearch.cli;

import kz.minsearch.enrich.Enricher;
import kz.minsearch.index.PublicationIndex;
import kz.minsearch.index.Reenrichment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "enrich", description = "Enrich what is indexed again from the text it holds (people, ministers, areas, "
        + "links), after the registry's files or minsearch changed: no page is fetched again.")
final class EnrichCommand implements Callable<Integer> {
    @Option(names = "--all", required = true, description = "every publication in the index")
    boolean all;

    @Override
    public Integer call() throws Exception {
        Environment env = Environment.current();
        Enricher enricher = new Enricher(env.registry());
        try (var client = env.elasticsearch().client()) {
            PublicationIndex index = new PublicationIndex(client);
            Reenrichment.Result result;
            try (Progress bar = Progress.of("enrich", index.count())) {
                result = Reenrichment.run(index, enricher, bar::stepTo);
            }
            System.out.println(result);
            return result.failures().isEmpty() ? 0 : 1;
        }
    }
}
