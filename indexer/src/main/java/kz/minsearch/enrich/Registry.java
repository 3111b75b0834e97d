package kz.minsearch.enrich;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The facts enrichment works from: the people of the ministry's lineage (names in three languages, roles with dates),
 * the ministry's policy areas with their labels, terms an operator added to them, and the publishers minsearch knows
 * (which of them is the ministry itself). Shipped with minsearch ({@link #bundled()}); an operator adds people and area
 * terms in files read at start ({@link #withFiles(Path)}), without a rebuild.
 */
public final class Registry {
    public record Role(String title, YearMonth from, YearMonth to) {
        /** A role that heads a ministry of the lineage (not a deputy prime minister's). */
        public boolean isMinister() {
            return title.startsWith("Minister of");
        }

        public boolean heldIn(YearMonth month) {
            return !month.isBefore(from) && (to == null || !month.isAfter(to));
        }
    }

    public record Person(String id, Map<String, List<String>> names, List<Role> roles) {
        public String label(String lang) {
            List<String> inLang = names.getOrDefault(lang, names.get("en"));
            return inLang.get(0);
        }
    }

    public record Area(String id, Map<String, String> labels) {
    }

    /** A registry file an operator wrote that cannot be used: which file, and what is wrong in it. */
    public static final class InvalidException extends RuntimeException {
        InvalidException(String message) {
            super(message);
        }
    }

    private static final List<String> LANGUAGES = Language.CODES;

    private final Map<String, Person> people;
    private final Map<String, Area> areas;
    private final Map<String, Map<String, String>> sources;
    private final Set<String> ministrySources;
    /** Terms an operator added, by area and language: evidence beside the shipped {@code area-terms.json}. */
    private final Map<String, Map<String, List<String>>> addedTerms;

    private Registry(Map<String, Person> people, Map<String, Area> areas, Map<String, Map<String, String>> sources,
                     Set<String> ministrySources, Map<String, Map<String, List<String>>> addedTerms) {
        this.people = people;
        this.areas = areas;
        this.sources = sources;
        this.ministrySources = ministrySources;
        this.addedTerms = addedTerms;
    }

    /** The facts shipped with minsearch. */
    public static Registry bundled() {
        ObjectMapper json = new ObjectMapper();
        try (InputStream ministers = Registry.class.getResourceAsStream("ministers.json");
             InputStream policyAreas = Registry.class.getResourceAsStream("policy-areas.json");
             InputStream publishers = Registry.class.getResourceAsStream("sources.json")) {
            Map<String, Map<String, String>> sources = new LinkedHashMap<>();
            Set<String> ministry = new LinkedHashSet<>();
            json.readTree(publishers).get("sources").properties().forEach(e -> {
                Map<String, String> labels = new LinkedHashMap<>();
                e.getValue().properties().forEach(l -> {
                    if (l.getKey().equals("ministry")) {
                        if (l.getValue().asBoolean()) {
                            ministry.add(e.getKey());
                        }
                    } else {
                        labels.put(l.getKey(), l.getValue().asText());
                    }
                });
                sources.put(e.getKey(), labels);
            });
            Map<String, Person> people = new LinkedHashMap<>();
            readPeople(json.readTree(ministers), "ministers.json", people);
            return new Registry(people, readAreas(json.readTree(policyAreas)), sources, ministry, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled facts are unreadable", e);
        }
    }

    /**
     * These facts and an operator's: every {@code *.json} in a directory (or one file), each with {@code people} in the
     * form of the shipped {@code ministers.json} and/or {@code areas}: terms by area and language
     * ({@code {"culture": {"kk": [...], "ru": [...], "en": [...]}}}). A directory that does not exist adds nothing.
     *
     * @throws InvalidException naming the file and what is wrong: a person without names or roles, a role without
     *                          dates, a duplicate id, an unknown area or language
     */
    public Registry withFiles(Path path) {
        if (!Files.exists(path)) {
            return this;
        }
        List<Path> files;
        if (Files.isDirectory(path)) {
            try (Stream<Path> list = Files.list(path)) {
                files = list.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
            } catch (IOException e) {
                throw new InvalidException(path + ": cannot be listed (" + e.getMessage() + ")");
            }
        } else {
            files = List.of(path);
        }
        Map<String, Person> morePeople = new LinkedHashMap<>(people);
        Map<String, Map<String, List<String>>> moreTerms = new LinkedHashMap<>();
        // copied to the lists: this registry's stay as they are when the files add to them
        addedTerms.forEach((a, byLang) -> byLang.forEach((lang, terms) ->
                moreTerms.computeIfAbsent(a, k -> new LinkedHashMap<>()).put(lang, new ArrayList<>(terms))));
        ObjectMapper json = new ObjectMapper();
        for (Path file : files) {
            JsonNode root;
            try {
                root = json.readTree(file.toFile());
            } catch (JsonProcessingException e) {
                throw new InvalidException(file + ": not JSON (" + e.getOriginalMessage() + ", line " + e.getLocation().getLineNr() + ")");
            } catch (IOException e) {
                throw new InvalidException(file + ": cannot be read (" + e.getMessage() + ")");
            }
            if (root == null || !root.isObject() || (!root.has("people") && !root.has("areas"))) {
                throw new InvalidException(file + ": holds neither \"people\" nor \"areas\"");
            }
            String name = file.toString();
            if (root.has("people")) {
                readPeople(root, name, morePeople);
            }
            if (root.has("areas")) {
                readTerms(root.get("areas"), name, moreTerms);
            }
        }
        return new Registry(morePeople, areas, sources, ministrySources, moreTerms);
    }

    private static void readPeople(JsonNode root, String file, Map<String, Person> into) {
        JsonNode list = root.get("people");
        if (!list.isArray()) {
            throw new InvalidException(file + ": \"people\" must be a list");
        }
        for (JsonNode p : list) {
            String id = p.path("id").asText("");
            if (id.isBlank()) {
                throw new InvalidException(file + ": a person without an id");
            }
            String where = file + ": person " + id;
            if (into.containsKey(id)) {
                throw new InvalidException(where + ": the id is taken already");
            }
            Map<String, List<String>> names = new LinkedHashMap<>();
            p.path("names").properties().forEach(e -> {
                if (!LANGUAGES.contains(e.getKey())) {
                    throw new InvalidException(where + ": names in '" + e.getKey() + "'; the languages are " + LANGUAGES);
                }
                List<String> variants = new ArrayList<>();
                e.getValue().forEach(n -> variants.add(n.asText()));
                variants.removeIf(String::isBlank);
                if (!variants.isEmpty()) {
                    names.put(e.getKey(), variants);
                }
            });
            if (!names.containsKey("en")) {
                throw new InvalidException(where + ": no names in en (names are given by language: kk, ru, en)");
            }
            List<Role> roles = new ArrayList<>();
            for (JsonNode r : p.path("roles")) {
                String title = r.path("role").asText("");
                if (title.isBlank()) {
                    throw new InvalidException(where + ": a role without its title (\"role\")");
                }
                YearMonth from = month(r.get("from"), where + ", role " + title + ": \"from\"");
                if (from == null) {
                    throw new InvalidException(where + ", role " + title + ": no \"from\" month (YYYY-MM)");
                }
                YearMonth to = month(r.get("to"), where + ", role " + title + ": \"to\"");
                if (to != null && to.isBefore(from)) {
                    throw new InvalidException(where + ", role " + title + ": ends (" + to + ") before it begins (" + from + ")");
                }
                roles.add(new Role(title, from, to));
            }
            if (roles.isEmpty()) {
                throw new InvalidException(where + ": no roles (each person needs at least one, with its months)");
            }
            into.put(id, new Person(id, names, roles));
        }
    }

    private static YearMonth month(JsonNode value, String what) {
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return YearMonth.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw new InvalidException(what + " is '" + value.asText() + "', not a month (YYYY-MM)");
        }
    }

    private void readTerms(JsonNode byArea, String file, Map<String, Map<String, List<String>>> into) {
        if (!byArea.isObject()) {
            throw new InvalidException(file + ": \"areas\" must map area ids to terms by language");
        }
        byArea.properties().forEach(a -> {
            if (!areas.containsKey(a.getKey())) {
                throw new InvalidException(file + ": unknown area '" + a.getKey() + "'; the areas are " + areas.keySet());
            }
            a.getValue().properties().forEach(l -> {
                if (!LANGUAGES.contains(l.getKey())) {
                    throw new InvalidException(file + ": area " + a.getKey() + ": terms in '" + l.getKey() + "'; the languages are " + LANGUAGES);
                }
                List<String> terms = into.computeIfAbsent(a.getKey(), k -> new LinkedHashMap<>()).computeIfAbsent(l.getKey(), k -> new ArrayList<>());
                l.getValue().forEach(t -> terms.add(t.asText()));
            });
        });
    }

    private static Map<String, Area> readAreas(JsonNode root) {
        Map<String, Area> areas = new LinkedHashMap<>();
        for (JsonNode a : root.get("areas")) {
            Map<String, String> labels = new LinkedHashMap<>();
            a.get("labels").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
            areas.put(a.get("id").asText(), new Area(a.get("id").asText(), labels));
        }
        return areas;
    }

    public Iterable<Person> people() {
        return people.values();
    }

    public Person person(String id) {
        return people.get(id);
    }

    public Area area(String id) {
        return areas.get(id);
    }

    /** The same facts with more publishers named (e.g. the fixture sites `up` serves on loopback ports). */
    public Registry withSourceNames(Map<String, String> names) {
        Map<String, Map<String, String>> more = new LinkedHashMap<>(sources);
        names.forEach((host, name) -> more.put(host, Map.of("kk", name, "ru", name, "en", name)));
        return new Registry(people, areas, more, ministrySources, addedTerms);
    }

    /** The same facts with more publishers that are the ministry itself (sources marked {@code ministry: true}). */
    public Registry withMinistrySources(Collection<String> more) {
        Set<String> all = new LinkedHashSet<>(ministrySources);
        all.addAll(more);
        return new Registry(people, areas, sources, all, addedTerms);
    }

    /** Whether a publication of this source is the ministry's own text (its portal), not a retelling. */
    public boolean isMinistrySource(String source) {
        return ministrySources.contains(source);
    }

    /** The publisher's name in the language asked for; an unknown host is its own label. */
    public String sourceLabel(String source, String lang) {
        Map<String, String> labels = sources.get(source);
        return labels == null ? source : labels.getOrDefault(lang, source);
    }

    public Iterable<Area> areas() {
        return areas.values();
    }

    /** Area terms an operator added, by area and language code; empty when none. */
    public Map<String, Map<String, List<String>>> addedTerms() {
        return addedTerms;
    }
}
