package kz.minsearch.enrich;

import kz.minsearch.index.Publication;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkerTest {
    private static Publication pub(String id, String source, String lang, String url, String when, String text, List<String> people) {
        return new Publication(id, url, source, lang, "", "", text, OffsetDateTime.parse(when), "2025", people, people,
                List.of(), Map.of(), id, List.of(), List.of());
    }

    @Test
    void versionsOfOneReleaseAreTranslationsAndShareTheirPeople() {
        Publication kk = pub("kk", "gov", "kk", "http://gov/kk/news/7", "2025-03-01T10:00:00+05:00",
                "Аида Балаева 200 жобаға 30 грант берілетінін айтты.", List.of("balayeva"));
        Publication en = pub("en", "gov", "en", "http://gov/en/news/7", "2025-03-01T10:00:00+05:00",
                "The Minister said 30 grants will go to 200 projects.", List.of());
        Publication other = pub("other", "gov", "en", "http://gov/en/news/8", "2025-03-01T15:00:00+05:00",
                "A concert took place in Astana.", List.of());
        Map<String, Publication> linked = byId(Linker.link(List.of(kk, en, other)));
        assertEquals(List.of("en"), linked.get("kk").translations().stream().map(Publication.Link::id).toList());
        assertEquals(List.of("kk"), linked.get("en").translations().stream().map(Publication.Link::id).toList());
        assertEquals(List.of("balayeva"), linked.get("en").ministers(), "the English version is about her too");
        assertTrue(linked.get("other").translations().isEmpty());
    }

    @Test
    void aRetellingOnAnotherSiteIsRelatedToEveryVersion() {
        Publication ru = pub("ru", "gov", "ru", "http://gov/ru/news/9", "2024-06-05T14:30:00+05:00",
                "Аида Балаева: в Алматы, Шымкенте и Караганде откроются хабы, 200 проектов.", List.of("balayeva"));
        Publication kk = pub("kk", "gov", "kk", "http://gov/kk/news/9", "2024-06-05T14:30:00+05:00",
                "Аида Балаева: Алматы, Шымкент және Қарағанды қалаларында хабтар ашылады, 200 жоба.", List.of("balayeva"));
        Publication news = pub("news", "newsru", "ru", "http://news/1", "2024-06-05T16:00:00+05:00",
                "По словам Аиды Балаевой, хабы откроются в Алматы, Шымкенте и Караганде; 200 проектов.", List.of("balayeva"));
        Map<String, Publication> linked = byId(Linker.link(List.of(ru, kk, news)));
        assertEquals(List.of("kk", "ru"), linked.get("news").related().stream().map(Publication.Link::id).sorted().toList());
        assertTrue(linked.get("kk").related().stream().anyMatch(l -> l.id().equals("news")));
        assertTrue(linked.get("news").translations().isEmpty(), "another site is never a translation");
    }

    private static Map<String, Publication> byId(List<Publication> all) {
        Map<String, Publication> m = new java.util.HashMap<>();
        all.forEach(p -> m.put(p.id(), p));
        return m;
    }
}
