package kz.minsearch.index;

import kz.minsearch.enrich.Enricher;
import kz.minsearch.extract.ArticleFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Imports article files: read, enrich, link, index. A file that cannot be read is reported and the rest go on.
 * Everything read is linked before it is written (each publication is written once, with its links), in order of
 * publication a chunk at a time, so a chunk's neighbours in time are the chunk before it and what was indexed already.
 * Until its chunk's turn, what was read waits in a {@link Spool} on disk: memory holds two chunks (the one being linked,
 * the one before it being written) and, for the rest, where each lies and its date.
 */
public final class Importer {
    private static final Logger log = LoggerFactory.getLogger(Importer.class);

    /** @param relinked publications indexed earlier whose links the import changed */
    public record Result(int indexed, List<String> failures, int relinked) {
    }

    /** Files read and enriched together, on every core. */
    private static final int CHUNK = 500;
    /** Publications linked together and written together, in order of publication. */
    private static final int LINK_CHUNK = 5_000;
    /** From this many publications on, the index's refreshes are off during the import. */
    private static final int LARGE = 5_000;

    private final Enricher enricher;
    private final PublicationIndex index;
    private final Path spoolDirectory;
    private final int linkChunk;

    /** An importer that sets what it read aside in the system's temporary directory. */
    public Importer(Enricher enricher, PublicationIndex index) {
        this(enricher, index, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** @param spoolDirectory where what was read waits for its turn (about as much disk as the files read) */
    public Importer(Enricher enricher, PublicationIndex index, Path spoolDirectory) {
        this(enricher, index, spoolDirectory, LINK_CHUNK);
    }

    /** @param linkChunk how many publications are linked and written together (tests make parts of a small import) */
    Importer(Enricher enricher, PublicationIndex index, Path spoolDirectory, int linkChunk) {
        this.enricher = enricher;
        this.index = index;
        this.spoolDirectory = spoolDirectory;
        this.linkChunk = linkChunk;
    }

    /**
     * Reads and enriches the files on every core into the spool, then links and writes them in order of publication
     * through the index's {@link PublicationIndex.Writer}; a large import runs with the index's refreshes off
     * ({@link PublicationIndex#bulkLoading()}).
     */
    public Result importFiles(List<Path> files, Consumer<Path> progress) throws IOException {
        index.ensureCreated();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        try (Spool spool = new Spool(spoolDirectory)) {
            Map<String, Spool.Entry> byId = new LinkedHashMap<>(); // one file per URL: the last read wins
            for (int from = 0; from < files.size(); from += CHUNK) {
                List<Publication> read = files.subList(from, Math.min(files.size(), from + CHUNK)).parallelStream()
                        .map(file -> read(file, failures, progress)).filter(Objects::nonNull).toList();
                for (Publication p : read) {
                    byId.put(p.id(), spool.add(p));
                }
            }
            List<Spool.Entry> entries = new ArrayList<>(byId.values());
            entries.sort(Comparator.comparingLong(Spool.Entry::published));
            Result result = linkAndWrite(entries.size(), (from, to) -> spool.read(entries.subList(from, to)));
            List<String> all = new ArrayList<>(failures);
            all.addAll(result.failures());
            return new Result(result.indexed(), List.copyOf(all), result.relinked());
        }
    }

    /** Links and writes publications already in memory, in order of publication, as {@link #importFiles} does with its spool's. */
    public Result importPublications(List<Publication> publications) throws IOException {
        index.ensureCreated();
        List<Publication> all = new ArrayList<>(publications);
        all.sort(Comparator.comparing(Publication::published, Comparator.nullsLast(Comparator.naturalOrder())));
        return linkAndWrite(all.size(), all::subList);
    }

    /** The publications from one place to another in order of publication. */
    private interface Chunks {
        List<Publication> get(int from, int to) throws IOException;
    }

    /**
     * A part is linked while the part before it is written: Elasticsearch indexes while this process links (one after
     * the other, Elasticsearch stood idle for two fifths of a 100,000-publication import). The part being written
     * is taken as indexed by the linking of the next ({@link LinkPass#beforeWriting}), and a part is written only once
     * the one before is, so what a search reads is never older than what the linking was given.
     */
    private Result linkAndWrite(int count, Chunks chunks) throws IOException {
        List<String> failures = new ArrayList<>();
        int relinked = 0;
        try (PublicationIndex.Load load = count >= LARGE ? index.bulkLoading() : PublicationIndex.Load.NONE;
             ExecutorService writing = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("import-writer").factory())) {
            Future<List<String>> written = CompletableFuture.completedFuture(List.of());
            List<Publication> inFlight = List.of();
            for (int from = 0; from < count; from += linkChunk) {
                List<Publication> chunk = chunks.get(from, Math.min(count, from + linkChunk));
                List<Publication> linked = LinkPass.beforeWriting(index, chunk, inFlight);
                failures.addAll(refused(written));
                written = writing.submit(() -> write(linked));
                inFlight = linked;
                relinked += linked.size() - chunk.size();
            }
            failures.addAll(refused(written));
        }
        index.refresh();
        return new Result(count - failures.size(), failures, relinked);
    }

    private List<String> write(List<Publication> linked) throws IOException {
        PublicationIndex.Writer writer = index.writer();
        linked.forEach(p -> writer.add(p.toDocument()));
        List<String> refused = writer.finish();
        refused.forEach(f -> log.warn("event=import_refused reason=\"{}\"", f));
        return refused;
    }

    /** Waits for a part's writing to end: the publications refused, or the reason none could be written. */
    private static List<String> refused(Future<List<String>> written) throws IOException {
        try {
            return written.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("the import was interrupted while a part was written");
        }
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
