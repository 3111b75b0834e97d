package kz.minsearch.index;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One indexed publication. In the index its title, lead and body sit in the fields of its language
 * ({@code title_kk}, {@code body_ru}, …) so each is analyzed by that language's analyzer; {@link #toDocument()} and
 * {@link #fromDocument(Map)} translate.
 */
public record Publication(String id, String url, String source, String lang, String title, String lead, String body,
                          OffsetDateTime published, String year, List<String> ministers, List<String> people,
                          List<String> areas, String contentHash) {

    public Map<String, Object> toDocument() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", id);
        doc.put("url", url);
        doc.put("source", source);
        doc.put("lang", lang);
        doc.put("title_" + lang, title);
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
        doc.put("content_hash", contentHash);
        doc.put("indexed", OffsetDateTime.now().toString());
        return doc;
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
                (List<String>) doc.getOrDefault("areas", List.of()), (String) doc.get("content_hash"));
    }
}
