package kz.minsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.search.Hit;
import kz.minsearch.enrich.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The publishers' names by host, in kk/ru/en: as the operator's sources file gives them or, failing that, as a site
 * calls itself on its pages ({@code og:site_name}). One small document a host, in the cluster, where every API process
 * reads them. A name from the sources file replaces any; a page's name never replaces one already known.
 */
public final class SourceNames {
    private static final Logger log = LoggerFactory.getLogger(SourceNames.class);
    public static final String ALIAS = "source-names";
    private static final int MAX = 10_000;
    private static final int MAX_NAME = 120;

    public enum Origin { SOURCES_FILE, PAGE }

    private final ElasticsearchClient client;
    private final VersionedIndex index;
    /** What this process already wrote, so that a crawl names each host once. */
    private final Map<String, Origin> written = new ConcurrentHashMap<>();

    public SourceNames(ElasticsearchClient client) {
        this.client = client;
        this.index = new VersionedIndex(client, ALIAS, "1", VersionedIndex.definition("source-names.json"));
    }

    /** The operator's names for a host (one name for every language, or a name per language). */
    public void fromSourcesFile(String host, Map<String, String> names) throws IOException {
        if (names.isEmpty() || written.get(host) == Origin.SOURCES_FILE) {
            return;
        }
        index.ensureCreated();
        write(host, names, Origin.SOURCES_FILE, false);
        written.put(host, Origin.SOURCES_FILE);
    }

    /** A site's name as its pages give it: kept only where the host has no name yet. */
    public void fromPage(String host, String name) throws IOException {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty() || clean.length() > MAX_NAME || written.containsKey(host)) {
            return;
        }
        index.ensureCreated();
        try {
            write(host, of(clean, null), Origin.PAGE, true);
        } catch (ElasticsearchException e) {
            if (e.status() != 409) {
                throw e;
            } // named already (by the sources file, or an earlier page): that name stands
        }
        written.put(host, Origin.PAGE);
    }

    private void write(String host, Map<String, String> names, Origin origin, boolean onlyIfNew) throws IOException {
        Map<String, Object> doc = Map.of("host", host, "names", names, "origin", origin.name().toLowerCase(java.util.Locale.ROOT));
        client.index(i -> {
            i.index(index.alias()).id(host).document(doc);
            if (onlyIfNew) {
                i.opType(co.elastic.clients.elasticsearch._types.OpType.Create);
            }
            return i;
        });
    }

    /** Every host's names, by language; empty when none was written yet. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Map<String, Map<String, String>> all() throws IOException {
        if (!client.indices().existsAlias(a -> a.name(index.alias())).value()) {
            return Map.of();
        }
        var response = client.search(s -> s.index(index.alias()).size(MAX), Map.class);
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Hit<Map> hit : response.hits().hits()) {
            Map<String, Object> source = hit.source();
            out.put((String) source.get("host"), (Map<String, String>) source.get("names"));
        }
        return out;
    }

    /**
     * The names as an API process reads them: read again when older than {@code maxAge}; while the cluster does not
     * answer, the names it last read.
     */
    public Supplier<Map<String, Map<String, String>>> cached(Duration maxAge) {
        return new Supplier<>() {
            private volatile Map<String, Map<String, String>> names = Map.of();
            private volatile long readAt = Long.MIN_VALUE;

            @Override
            public Map<String, Map<String, String>> get() {
                long now = System.nanoTime();
                if (readAt == Long.MIN_VALUE || now - readAt > maxAge.toNanos()) {
                    readAt = now;
                    try {
                        names = all();
                    } catch (IOException | RuntimeException e) {
                        log.warn("event=source_names_unreadable detail=\"{}\"", e.getMessage());
                    }
                }
                return names;
            }
        };
    }

    /** A sources file's {@code name} for every language, or its {@code names} per language over it. */
    public static Map<String, String> of(String name, Map<String, String> names) {
        Map<String, String> out = new LinkedHashMap<>();
        if (name != null && !name.isBlank()) {
            Language.CODES.forEach(l -> out.put(l, name.strip()));
        }
        if (names != null) {
            names.forEach((l, n) -> {
                if (n != null && !n.isBlank()) {
                    out.put(l, n.strip());
                }
            });
        }
        return out;
    }
}
