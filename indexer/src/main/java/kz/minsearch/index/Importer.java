package kz.minsearch.index;

import kz.minsearch.enrich.Enricher;
import kz.minsearch.extract.ArticleFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Imports article files: read, enrich, index. A file that cannot be read is reported and the rest go on. */
public final class Importer {
    private static final Logger log = LoggerFactory.getLogger(Importer.class);

    /** @param arrived what was indexed, for the link pass */
    public record Result(int indexed, List<String> failures, List<LinkPass.Arrival> arrived) {
    }

    private final Enricher enricher;
    private final PublicationIndex index;

    public Importer(Enricher enricher, PublicationIndex index) {
        this.enricher = enricher;
        this.index = index;
    }

    public Result importFiles(List<Path> files, Consumer<Path> progress) throws IOException {
        index.ensureCreated();
        List<Publication> batch = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            try {
                batch.add(enricher.enrich(ArticleFiles.read(file)));
            } catch (IOException | RuntimeException e) {
                failures.add(file + ": " + e.getMessage());
                log.warn("event=import_failed file={} reason=\"{}\"", file, e.getMessage());
            }
            progress.accept(file);
        }
        List<String> rejected = index.index(batch, true);
        failures.addAll(rejected);
        return new Result(batch.size() - rejected.size(), failures, batch.stream().map(LinkPass.Arrival::of).toList());
    }
}
