package kz.minsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * An index behind its alias, {@code <alias>-v<version>}, created from the mappings module's JSON. When the version
 * changes, a new index is built beside the old one, what the old one holds is carried into it (unless told it is
 * rebuilt from elsewhere), and the alias moves in one step; the old index stays until deleted by hand.
 */
public final class VersionedIndex {
    private static final Logger log = LoggerFactory.getLogger(VersionedIndex.class);
    /** Documents a scroll page and a bulk request of the carry-over hold. */
    private static final int BATCH = 500;
    private static final String SCROLL_KEPT = "2m";

    /** What becomes of the version before's documents when a new version is made. */
    public enum Previous {
        /**
         * Copied into the new version, analyzed by its mapping from the source each one keeps: an upgrade that changes
         * how text is analyzed loses no publication (not even an imported one no crawl would find again), no
         * saved search, and no first-indexed moment (a re-crawl would make every publication new to the alerts).
         */
        CARRIED_OVER,
        /** Left behind: the new version is filled again from elsewhere. */
        LEFT_BEHIND
    }

    private final ElasticsearchClient client;
    private final String alias;
    private final String name;
    private final String definition;
    private final Previous previous;
    private volatile boolean known;

    public VersionedIndex(ElasticsearchClient client, String alias, String version, String definition) {
        this(client, alias, version, definition, Previous.CARRIED_OVER);
    }

    public VersionedIndex(ElasticsearchClient client, String alias, String version, String definition, Previous previous) {
        this.client = client;
        this.alias = alias;
        this.name = alias + "-v" + version;
        this.definition = definition;
        this.previous = previous;
    }

    /** The settings and mappings the mappings module ships in {@code file}. */
    public static String definition(String file) {
        try (InputStream in = VersionedIndex.class.getResourceAsStream("/kz/minsearch/mappings/" + file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the class path (minsearch-mappings)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String alias() {
        return alias;
    }

    public String name() {
        return name;
    }

    public String definition() {
        return definition;
    }

    /**
     * Makes sure the alias names this version's index: creates it, carries the older version's documents into it
     * ({@link Previous}), then moves the alias from the old index to the new in one request, so searches never find
     * the alias missing or the new index half filled. Processes doing this at once copy the same documents alike.
     */
    public void ensureCreated() throws IOException {
        Set<String> current = behindAlias();
        if (current.contains(name)) {
            return;
        }
        create();
        if (!current.isEmpty()) {
            log.warn("event=index_version_changed from={} to={} previous={}", current, name, previous.name().toLowerCase(java.util.Locale.ROOT));
            if (previous == Previous.CARRIED_OVER) {
                for (String old : current) {
                    carryOver(old);
                }
            }
        }
        client.indices().updateAliases(u -> {
            current.forEach(old -> u.actions(a -> a.remove(r -> r.index(old).alias(alias).mustExist(false))));
            return u.actions(a -> a.add(add -> add.index(name).alias(alias)));
        });
    }

    /** The indices the alias names now (none before the first version is made). */
    private Set<String> behindAlias() throws IOException {
        return client.indices().existsAlias(a -> a.name(alias)).value()
                ? client.indices().getAlias(a -> a.name(alias)).aliases().keySet() : Set.of();
    }

    private void create() throws IOException {
        if (client.indices().exists(e -> e.index(name)).value()) {
            return;
        }
        try {
            client.indices().create(c -> c.index(name).withJson(new StringReader(definition)));
            log.info("event=index_created index={}", name);
        } catch (ElasticsearchException e) {
            // another worker or process created it between the look and the create: what was wanted exists
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    /**
     * Every document of {@code old} written into this version under its id, page by page. A document the new mapping
     * refuses (a field it no longer has) is counted and logged, and stays readable in the old index.
     */
    private void carryOver(String old) throws IOException {
        long total = client.count(c -> c.index(old)).count();
        log.info("event=carry_over_started from={} to={} documents={}", old, name, total);
        long started = System.nanoTime();
        long copied = 0;
        long refused = 0;
        var page = client.search(s -> s.index(old).size(BATCH).scroll(t -> t.time(SCROLL_KEPT)).sort(o -> o.doc(d -> d)), JsonData.class);
        String scroll = page.scrollId();
        List<Hit<JsonData>> hits = page.hits().hits();
        try {
            while (!hits.isEmpty()) {
                List<Hit<JsonData>> batch = hits;
                BulkResponse written = client.bulk(b -> {
                    batch.forEach(h -> b.operations(op -> op.index(i -> i.index(name).id(h.id()).document(h.source()))));
                    return b;
                });
                for (BulkResponseItem item : written.items()) {
                    if (item.error() == null) {
                        copied++;
                    } else if (refused++ == 0) {
                        log.warn("event=carry_over_refused from={} to={} id={} reason=\"{}\"", old, name, item.id(), item.error().reason());
                    }
                }
                log.info("event=carry_over_progress from={} to={} copied={} refused={} of={}", old, name, copied, refused, total);
                String id = scroll;
                var next = client.scroll(s -> s.scrollId(id).scroll(t -> t.time(SCROLL_KEPT)), JsonData.class);
                scroll = next.scrollId();
                hits = next.hits().hits();
            }
        } finally {
            String id = scroll;
            client.clearScroll(c -> c.scrollId(id));
        }
        client.indices().refresh(r -> r.index(name));
        log.info("event=carry_over_done from={} to={} copied={} refused={} took_ms={}", old, name, copied, refused,
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * {@link #ensureCreated} once in this object's life: for an index that only this process's code creates and never
     * deletes behind its back (a store asked on every read), not for one an operator may rebuild.
     */
    public synchronized void ensureCreatedOnce() throws IOException {
        if (!known) {
            ensureCreated();
            known = true;
        }
    }

    /** Removes this version's index and any other the alias names: what comes next starts from nothing. */
    public void delete() throws IOException {
        known = false;
        for (String behind : behindAlias()) {
            client.indices().delete(d -> d.index(behind));
        }
        if (client.indices().exists(e -> e.index(name)).value()) {
            client.indices().delete(d -> d.index(name));
        }
    }
}
