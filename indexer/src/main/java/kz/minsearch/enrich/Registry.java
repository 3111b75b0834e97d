package kz.minsearch.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts enrichment works from: the people of the ministry's lineage (names in three languages, roles with dates)
 * and the ministry's policy areas with their labels.
 */
public final class Registry {
    public record Role(String title, YearMonth from, YearMonth to) {
        /** A role that heads the ministry (not a deputy prime minister's). */
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

    private final Map<String, Person> people;
    private final Map<String, Area> areas;
    private final Map<String, Map<String, String>> sources;

    private Registry(Map<String, Person> people, Map<String, Area> areas, Map<String, Map<String, String>> sources) {
        this.people = people;
        this.areas = areas;
        this.sources = sources;
    }

    /** The facts shipped with minsearch. */
    public static Registry bundled() {
        ObjectMapper json = new ObjectMapper();
        try (InputStream ministers = Registry.class.getResourceAsStream("ministers.json");
             InputStream policyAreas = Registry.class.getResourceAsStream("policy-areas.json");
             InputStream publishers = Registry.class.getResourceAsStream("sources.json")) {
            Map<String, Map<String, String>> sources = new LinkedHashMap<>();
            json.readTree(publishers).get("sources").properties().forEach(e -> {
                Map<String, String> labels = new LinkedHashMap<>();
                e.getValue().properties().forEach(l -> labels.put(l.getKey(), l.getValue().asText()));
                sources.put(e.getKey(), labels);
            });
            return new Registry(readPeople(json.readTree(ministers)), readAreas(json.readTree(policyAreas)), sources);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled facts are unreadable", e);
        }
    }

    private static Map<String, Person> readPeople(JsonNode root) {
        Map<String, Person> people = new LinkedHashMap<>();
        for (JsonNode p : root.get("people")) {
            Map<String, List<String>> names = new LinkedHashMap<>();
            p.get("names").properties().forEach(e -> {
                List<String> variants = new ArrayList<>();
                e.getValue().forEach(n -> variants.add(n.asText()));
                names.put(e.getKey(), variants);
            });
            List<Role> roles = new ArrayList<>();
            for (JsonNode r : p.get("roles")) {
                roles.add(new Role(r.get("role").asText(), YearMonth.parse(r.get("from").asText()),
                        r.get("to").isNull() ? null : YearMonth.parse(r.get("to").asText())));
            }
            people.put(p.get("id").asText(), new Person(p.get("id").asText(), names, roles));
        }
        return people;
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
        return new Registry(people, areas, more);
    }

    /** The publisher's name in the language asked for; an unknown host is its own label. */
    public String sourceLabel(String source, String lang) {
        Map<String, String> labels = sources.get(source);
        return labels == null ? source : labels.getOrDefault(lang, source);
    }

    public Iterable<Area> areas() {
        return areas.values();
    }
}
