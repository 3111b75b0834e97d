package kz.minsearch.index;

import kz.minsearch.enrich.Enricher;
import kz.minsearch.extract.ArticleFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** Imports article files: read, enrich, index. A file that cannot be read is reported and the rest go on. */
public final class Importer {
    private static final Logger log = LoggerFactory.getLogger(Importer.class);

    /** @param arrived what was indexed, for the link pass */
    public record Result(int indexed, List<String> failures, List<LinkPass.Arrival> arrived) {
    }

    /** Files enriched together, on every core. */
    private static final int CHUNK = 500;
    /** From this many files on, the index's refreshes are off during the import. */
    private static final int LARGE = 5_000;

    private final Enricher enricher;
    private final PublicationIndex index;

    public Importer(Enricher enricher, PublicationIndex index) {
        this.enricher = enricher;
        this.index = index;
    }

    /**
     * Reads and enriches the files on every core, a chunk at a time, while the index's {@link PublicationIndex.Writer}
     * sends the chunk before; a large import runs with the index's refreshes off ({@link PublicationIndex#bulkLoading()}).
     */
    public Result importFiles(List<Path> files, Consumer<Path> progress) throws IOException {
        index.ensureCreated();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        List<LinkPass.Arrival> arrived = new ArrayList<>();
        List<String> rejected;
        try (PublicationIndex.Load load = files.size() >= LARGE ? index.bulkLoading() : PublicationIndex.Load.NONE) {
            PublicationIndex.Writer writer = index.writer();
            for (int from = 0; from < files.size(); from += CHUNK) {
                List<Publication> chunk = files.subList(from, Math.min(files.size(), from + CHUNK)).parallelStream()
                        .map(file -> read(file, failures, progress)).filter(Objects::nonNull).toList();
                chunk.forEach(p -> {
                    writer.add(p.toDocument());
                    arrived.add(LinkPass.Arrival.of(p));
                });
            }
            rejected = writer.finish();
        }
        failures.addAll(rejected);
        index.refresh();
        return new Result(arrived.size() - rejected.size(), List.copyOf(failures), arrived);
    }

    private Publication read(Path file, List<String> failures, Consumer<Path> progress) {
        try {
            return enricher.enrich(ArticleFiles.read(file));
        } catch (IOException | RuntimeException e) {
            failures.add(file + ": " + e.getMessage());
            log.warn("event=import_failed file={} reason=\"{}\"", file, e.getMessage());
            return null;
        } finally {
            synchronized (progress) {
                progress.accept(file);
            }
        }
    }
}
