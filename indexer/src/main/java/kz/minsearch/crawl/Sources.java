package kz.minsearch.crawl;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import kz.minsearch.extract.PageExtractor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The sources file ({@code sources.yml}): which sites to crawl, how, and how often. */
public record Sources(List<Source> sources) {

    @JsonIgnoreProperties(ignoreUnknown = false)
    /**
     * @param name     the publisher's name, shown for its publications (the facet, the hits), in every language
     * @param names    its name by language (kk, ru, en), over {@code name}
     * @param ministry the source is the ministry itself (its portal): an unnamed "the Minister" in it is its minister
     */
    public record Source(String id, String name, java.util.Map<String, String> names, String type, List<String> start,
                         String base, String project, List<String> languages, String interval, Selectors selectors,
                         Boolean ministry) {
        /** The hosts its publications name as their source. */
        public List<String> hosts() {
            return (isGovKz() ? java.util.stream.Stream.of(base) : start.stream()).map(kz.minsearch.fetch.Site::of).distinct().toList();
        }

        public boolean isGovKz() {
            return "govkz".equals(type);
        }

        /** How often the source is crawled in watch mode (e.g. 30m, 1h); 1h when not given. */
        public Duration every() {
            return interval == null || interval.isBlank() ? Duration.ofHours(1) : duration(interval);
        }

        public PageExtractor.Hints hints() {
            return selectors == null ? PageExtractor.Hints.NONE : new PageExtractor.Hints(selectors.title(), selectors.date(), selectors.body());
        }
    }

    public record Selectors(String title, String date, String body) {
    }

    /**
     * A duration as people write one here and on the command line: 30s, 30m, 1h, 1h30m.
     *
     * @throws java.time.format.DateTimeParseException when it is none
     */
    public static Duration duration(String text) {
        return Duration.parse("PT" + text.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** The publishers (as publications name their source) of the sources marked as the ministry. */
    public static List<String> ministryHosts(List<Source> sources) {
        return sources.stream().filter(s -> Boolean.TRUE.equals(s.ministry())).flatMap(s -> s.hosts().stream()).distinct().toList();
    }

    public static Sources read(Path file) throws IOException {
        Sources sources = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(file.toFile(), Sources.class);
        for (Source s : sources.sources()) {
            if (s.id() == null || s.type() == null) {
                throw new IOException(file + ": every source needs an id and a type");
            }
            if (s.isGovKz() && (s.base() == null || s.project() == null)) {
                throw new IOException(file + ": source " + s.id() + " (govkz) needs base and project");
            }
            if (!s.isGovKz() && !"web".equals(s.type())) {
                throw new IOException(file + ": source " + s.id() + " has type '" + s.type() + "'; known types are web and govkz");
            }
            if ("web".equals(s.type()) && (s.start() == null || s.start().isEmpty())) {
                throw new IOException(file + ": source " + s.id() + " (web) needs start URLs");
            }
            if (s.names() != null && !kz.minsearch.enrich.Language.CODES.containsAll(s.names().keySet())) {
                throw new IOException(file + ": source " + s.id() + " names languages " + s.names().keySet() + "; names are given for kk, ru and en");
            }
            s.every();
        }
        return sources;
    }
}
