package kz.minsearch.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Flushable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the crawler knows of each URL — what it was and what decided it, its validators and content hash, its
 * failures, when it is due again — kept in a {@link CrawlStore} (Elasticsearch, shared by every indexer process).
 * This run's changes are written at each {@link #save checkpoint}, after the publications they describe have been
 * delivered, so a crawl killed at any moment fetches again what it had not recorded and never skips what it had not
 * indexed. What cannot reach Elasticsearch — publications and state alike — is appended to a local, fsynced
 * {@link Journal} and replayed by the next run.
 */
public final class CrawlState {
    private static final Logger log = LoggerFactory.getLogger(CrawlState.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    public enum Kind { ARTICLE, LISTING, OTHER, DUPLICATE, FEED, FAILED }

    /**
     * @param signals   what decided the page's kind (see {@code PageClassifier}); null for feeds and failures
     * @param nextFetch when the page is due again (ISO instant); null: at every crawl
     */
    public record Entry(Kind kind, String contentHash, String etag, String lastModified, String fetchedAt,
                        int failures, String lastError, String signals, String nextFetch) {

        public boolean dueAt(Instant now) {
            return nextFetch == null || !Instant.parse(nextFetch).isAfter(now);
        }

        /** How long the page was left alone last time; null when it is due at every crawl. */
        Duration interval() {
            return nextFetch == null || fetchedAt == null ? null
                    : Duration.between(Instant.parse(fetchedAt), Instant.parse(nextFetch));
        }
    }

    private final CrawlStore store;
    private final Journal journal;
    /** This run's entries, not yet in the store. */
    private final Map<String, Entry> unsaved = new ConcurrentHashMap<>();
    /** Entries in the journal, waiting for the store. */
    private final Map<String, Entry> journaled = new ConcurrentHashMap<>();
    /** Publications waiting for the index; every one of them is in the journal. */
    private final List<Map<String, Object>> pending = new ArrayList<>();
    private final Set<String> journaledPublications = new HashSet<>();
    private volatile boolean storeOutLogged;

    private CrawlState(CrawlStore store, Journal journal) {
        this.store = store;
        this.journal = journal;
    }

    /** The state in {@code store}, with what the journal under {@code dir} still holds from an earlier run. */
    @SuppressWarnings("unchecked")
    public static CrawlState open(Path dir, CrawlStore store) throws IOException {
        CrawlState state = new CrawlState(store, Journal.open(dir.resolve("journal.jsonl")));
        for (JsonNode record : state.journal.read()) {
            if (record.has("publication")) {
                Map<String, Object> doc = JSON.convertValue(record.get("publication"), Map.class);
                if (state.journaledPublications.add((String) doc.get("id"))) {
                    state.pending.add(doc);
                }
            } else if (record.has("url")) {
                state.journaled.put(record.get("url").asText(), JSON.treeToValue(record.get("entry"), Entry.class));
            }
        }
        if (!state.journal.isEmpty()) {
            log.info("event=journal_replayed file={} publications={} entries={}", state.journal.file(),
                    state.pending.size(), state.journaled.size());
        }
        return state;
    }

    /** A state that lives only as long as the crawl (evaluations), its journal under {@code dir}. */
    public static CrawlState inMemory(Path dir) throws IOException {
        return open(dir, CrawlStore.inMemory());
    }

    public Entry get(String url) {
        Entry mine = unsaved.get(url);
        if (mine == null) {
            mine = journaled.get(url);
        }
        if (mine != null) {
            return mine;
        }
        try {
            return store.get(url);
        } catch (IOException | RuntimeException e) {
            storeOut(e);
            return null; // fetched again as new: at worst indexed twice under its one id, never lost
        }
    }

    public void put(String url, Entry entry) {
        unsaved.put(url, entry);
    }

    /** Another URL of this site already holding an article with this content. */
    public Optional<String> articleWithHash(String site, String contentHash, String besides) {
        try {
            return store.articleWithHash(site, contentHash, besides);
        } catch (IOException | RuntimeException e) {
            storeOut(e);
            return Optional.empty();
        }
    }

    /**
     * A checkpoint: {@code deliverFirst} (the sink) is flushed, then the entries put before it are written to the
     * store — or, when it is out of reach, appended to the journal. Rethrows the sink's failure, once all is kept.
     */
    public void save(Flushable deliverFirst) throws IOException {
        Map<String, Entry> batch = new HashMap<>(unsaved); // put before the flush: their publications are in it
        IOException undelivered = null;
        try {
            deliverFirst.flush();
        } catch (IOException e) {
            undelivered = e;
        }
        synchronized (this) {
            Map<String, Entry> all = new LinkedHashMap<>(journaled);
            all.putAll(batch);
            try {
                store.putAll(all);
                journaled.clear();
                if (pending.isEmpty() && journaled.isEmpty()) {
                    journal.clear();
                    journaledPublications.clear();
                }
            } catch (IOException | RuntimeException e) {
                storeOut(e);
                List<Map<String, Object>> records = new ArrayList<>();
                batch.forEach((url, entry) -> records.add(Map.of("url", url, "entry", entry)));
                journal.append(records);
                journaled.putAll(batch);
            }
            batch.forEach(unsaved::remove);
        }
        if (undelivered != null) {
            throw undelivered;
        }
    }

    public synchronized List<Map<String, Object>> takePending() {
        List<Map<String, Object>> all = new ArrayList<>(pending);
        pending.clear();
        return all;
    }

    /** Publications the index refused to take now: kept in the journal (once each) until a later flush delivers them. */
    public synchronized void addPending(List<Map<String, Object>> documents) throws IOException {
        List<Map<String, Object>> records = new ArrayList<>();
        for (Map<String, Object> doc : documents) {
            if (journaledPublications.add((String) doc.get("id"))) {
                records.add(Map.of("publication", doc));
            }
        }
        journal.append(records);
        pending.addAll(documents);
    }

    public synchronized int pendingCount() {
        return pending.size();
    }

    public Path journalFile() {
        return journal.file();
    }

    private void storeOut(Exception e) {
        if (!storeOutLogged) {
            storeOutLogged = true;
            log.warn("event=crawl_state_unreachable reason=\"{}\"", e.getMessage());
        }
    }
}
