package kz.minsearch.crawl;

import kz.minsearch.index.LinkPass;
import kz.minsearch.index.Publication;
import kz.minsearch.index.PublicationIndex;
import kz.minsearch.index.SourceNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Indexes in batches. When Elasticsearch does not answer, the batch goes to the crawl state's journal, which the next
 * flush (or the next crawl) retries first: a crawl never loses what it fetched.
 */
public final class IndexSink implements Sink {
    private static final Logger log = LoggerFactory.getLogger(IndexSink.class);
    private static final int BATCH = 50;

    private final PublicationIndex index;
    private final CrawlState state;
    private final SourceNames names;
    private final List<Publication> buffer = new ArrayList<>();
    private final List<LinkPass.Arrival> arrived = new ArrayList<>();
    private int indexed;

    public IndexSink(PublicationIndex index, CrawlState state) {
        this.index = index;
        this.state = state;
        this.names = new SourceNames(index.client());
    }

    /** A name for the source facet where none is known yet; a failure to keep it loses no publication. */
    @Override
    public void sourceNamed(String source, String name) {
        try {
            names.fromPage(source, name);
        } catch (IOException | RuntimeException e) {
            log.warn("event=source_name_not_kept source={} detail=\"{}\"", source, e.getMessage());
        }
    }

    @Override
    public synchronized void accept(Publication publication) throws IOException {
        buffer.add(publication);
        if (buffer.size() >= BATCH) {
            flush();
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        List<Map<String, Object>> batch = new ArrayList<>(state.takePending());
        buffer.forEach(p -> batch.add(p.toDocument()));
        buffer.clear();
        if (batch.isEmpty()) {
            return;
        }
        try {
            index.ensureCreated();
            List<String> failures = index.indexDocuments(batch, false);
            indexed += batch.size() - failures.size();
            batch.forEach(d -> arrived.add(LinkPass.Arrival.of(Publication.fromDocument(d))));
            failures.forEach(f -> log.warn("event=index_rejected reason=\"{}\"", f));
        } catch (IOException | RuntimeException e) {
            state.addPending(batch);
            throw new IOException(batch.size() + " publications queued for indexing (Elasticsearch: " + e.getMessage() + ")", e);
        }
    }

    public int indexed() {
        return indexed;
    }

    /** What was indexed (an id and a date each, not the text): what the link pass starts from. */
    public synchronized List<LinkPass.Arrival> arrived() {
        return List.copyOf(arrived);
    }
}
