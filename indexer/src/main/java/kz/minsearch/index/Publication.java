package kz.minsearch.index;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One indexed publication. In the index its title, lead and body sit in the fields of its language
 * ({@code title_kk}, {@code body_ru}, …) so each is analyzed by that language's analyzer; {@link #toDocument()} and
 * {@link #fromDocument(Map)} translate.
 *
 * @param areaTerms    for each area, the terms that put it there (why the publication has that area)
 * @param translations the same release in the other languages on the same site
 * @param related      retellings of the same event on other sites
 */
public record Publication(String id, String url, String source, String lang, String title, String lead, String body,
                          OffsetDateTime published, String year, List<String> ministers, List<String> people,
                          List<String> areas, Map<String, List<String>> areaTerms, String contentHash,
                          List<Link> translations, List<Link> related) {

    public record Link(String lang, String id, String url) {
        Map<String, Object> toMap() {
            return Map.of("lang", lang, "id", id, "url", url);
        }

        static Link fromMap(Map<String, Object> m) {
            return new Link((String) m.get("lang"), (String) m.get("id"), (String) m.get("url"));
        }
    }

    public Publication withLinks(List<Link> translations, List<Link> related) {
        return new Publication(id, url, source, lang, title, lead, body, published, year, ministers, people, areas,
                areaTerms, contentHash, translations, related);
    }

    /** @param areaTerms for each area, the terms that put it there */
    public Publication withAreas(List<String> areas, Map<String, List<String>> areaTerms) {
        return new Publication(id, url, source, lang, title, lead, body, published, year, ministers, people, areas,
                areaTerms, contentHash, translations, related);
    }

    public Publication withPeople(List<String> people, List<String> ministers) {
        return new Publication(id, url, source, lang, title, lead, body, published, year, ministers, people, areas,
                areaTerms, contentHash, translations, related);
    }

    /** The release this publication is a version of: the same key for a release and all its translations. */
    public String release() {
        String key = id;
        for (Link t : translations) {
            if (t.id().compareTo(key) < 0) {
                key = t.id();
            }
        }
        return key;
    }

    public Link asLink() {
        return new Link(lang, id, url);
    }

    public Map<String, Object> toDocument() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", id);
        doc.put("url", url);
        doc.put("source", source);
        doc.put("lang", lang);
        doc.put("title_" + lang, title);
        if (!title.isBlank()) {
            doc.put("title_suggest", Map.of("input", titleSuffixes()));
        }
        doc.put("lead_" + lang, lead);
        doc.put("body_" + lang, body);
        if (published != null) {
            doc.put("published", published.toString());
        }
        if (year != null) {
            doc.put("year", year);
        }
        doc.put("ministers", ministers);
        doc.put("people", people);
        doc.put("areas", areas);
        doc.put("area_terms", areaTerms);
        doc.put("content_hash", contentHash);
        doc.put("translations", links(translations));
        doc.put("release", release());
        doc.put("related", links(related));
        doc.put("indexed", OffsetDateTime.now().toString());
        return doc;
    }

    /** The title from each of its first words on: autocomplete finds a title by any of its words, not only the first. */
    private List<String> titleSuffixes() {
        String[] words = title.strip().split("\\s+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(words.length, 12); i++) {
            out.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)));
        }
        return out;
    }

    static List<Map<String, Object>> links(List<Link> links) {
        return links.stream().map(Link::toMap).toList();
    }

    @SuppressWarnings("unchecked")
    public static Publication fromDocument(Map<String, Object> doc) {
        String lang = (String) doc.get("lang");
        Object published = doc.get("published");
        return new Publication((String) doc.get("id"), (String) doc.get("url"), (String) doc.get("source"), lang,
                (String) doc.getOrDefault("title_" + lang, ""), (String) doc.getOrDefault("lead_" + lang, ""),
                (String) doc.getOrDefault("body_" + lang, ""),
                published == null ? null : OffsetDateTime.parse(published.toString()), (String) doc.get("year"),
                (List<String>) doc.getOrDefault("ministers", List.of()), (List<String>) doc.getOrDefault("people", List.of()),
                (List<String>) doc.getOrDefault("areas", List.of()),
                (Map<String, List<String>>) doc.getOrDefault("area_terms", Map.of()), (String) doc.get("content_hash"),
                linksOf(doc.get("translations")), linksOf(doc.get("related")));
    }

    @SuppressWarnings("unchecked")
    private static List<Link> linksOf(Object value) {
        List<Link> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(m -> out.add(Link.fromMap((Map<String, Object>) m)));
        }
        return out;
    }
}
