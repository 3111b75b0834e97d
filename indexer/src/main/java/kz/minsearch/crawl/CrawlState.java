package kz.minsearch.crawl;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the crawler knows between runs, under {@code $MINSEARCH_HOME/crawl}: per URL what it was, when it was fetched,
 * its validators and content hash, its failures; and the publications extracted but not yet indexed (Elasticsearch
 * was down), so nothing fetched is lost. Written atomically (temp file, then move).
 */
public final class CrawlState {
    public enum Kind { ARTICLE, LISTING, OTHER, DUPLICATE, FEED, FAILED }

    /** @param signals what decided the page's kind (see {@code PageClassifier}); null for feeds and failures */
    public record Entry(Kind kind, String contentHash, String etag, String lastModified, String fetchedAt,
                        int failures, String lastError, String signals) {
    }

    private static final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dir;
    private final Map<String, Entry> entries;
    private final List<Map<String, Object>> pending;

    private CrawlState(Path dir, Map<String, Entry> entries, List<Map<String, Object>> pending) {
        this.dir = dir;
        this.entries = new ConcurrentHashMap<>(entries);
        this.pending = new ArrayList<>(pending);
    }

    public static CrawlState load(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path state = dir.resolve("state.json");
        Path queue = dir.resolve("pending.json");
        Map<String, Entry> entries = Files.exists(state)
                ? json.readValue(state.toFile(), new TypeReference<LinkedHashMap<String, Entry>>() { }) : Map.of();
        List<Map<String, Object>> pending = Files.exists(queue)
                ? json.readValue(queue.toFile(), new TypeReference<List<Map<String, Object>>>() { }) : List.of();
        return new CrawlState(dir, entries, pending);
    }

    public Entry get(String url) {
        return entries.get(url);
    }

    public void put(String url, Entry entry) {
        entries.put(url, entry);
    }

    /** The content hash of every article known, with its URL: a page that repeats one under another URL is a duplicate. */
    public Map<String, String> articleHashes() {
        Map<String, String> out = new ConcurrentHashMap<>();
        entries.forEach((url, e) -> {
            if (e.kind() == Kind.ARTICLE && e.contentHash() != null) {
                out.putIfAbsent(e.contentHash(), url);
            }
        });
        return out;
    }

    public synchronized List<Map<String, Object>> takePending() {
        List<Map<String, Object>> all = new ArrayList<>(pending);
        pending.clear();
        return all;
    }

    public synchronized void addPending(List<Map<String, Object>> documents) {
        pending.addAll(documents);
    }

    public synchronized int pendingCount() {
        return pending.size();
    }

    public synchronized void save() throws IOException {
        write(dir.resolve("state.json"), new LinkedHashMap<>(entries));
        write(dir.resolve("pending.json"), pending);
    }

    private static void write(Path target, Object value) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        json.writeValue(tmp.toFile(), value);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
