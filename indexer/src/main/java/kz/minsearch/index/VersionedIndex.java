package kz.minsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * An index behind its alias, {@code <alias>-v<version>}, created from the mappings module's JSON. When the version
 * changes the alias is moved onto the new index (the old one stays until deleted by hand): a changed mapping is a new
 * index, built beside the old one.
 */
public final class VersionedIndex {
    private static final Logger log = LoggerFactory.getLogger(VersionedIndex.class);

    private final ElasticsearchClient client;
    private final String alias;
    private final String name;
    private final String definition;
    private volatile boolean known;

    public VersionedIndex(ElasticsearchClient client, String alias, String version, String definition) {
        this.client = client;
        this.alias = alias;
        this.name = alias + "-v" + version;
        this.definition = definition;
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

    public void ensureCreated() throws IOException {
        if (client.indices().existsAlias(a -> a.name(alias)).value()) {
            var current = client.indices().getAlias(a -> a.name(alias)).aliases().keySet();
            if (current.contains(name)) {
                return;
            }
            log.warn("event=index_version_changed from={} to={}", current, name);
            for (String old : current) {
                client.indices().deleteAlias(d -> d.index(old).name(alias));
            }
        }
        if (!client.indices().exists(e -> e.index(name)).value()) {
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
        client.indices().putAlias(a -> a.index(name).name(alias));
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

    public void delete() throws IOException {
        known = false;
        if (client.indices().exists(e -> e.index(name)).value()) {
            client.indices().delete(d -> d.index(name));
        }
    }
}
