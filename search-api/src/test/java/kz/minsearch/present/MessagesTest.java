package kz.minsearch.present;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class MessagesTest {
    @Test
    void everyLanguageHasEveryWord() {
        for (String lang : Messages.LANGUAGES) {
            assertEquals(Messages.of("en").keys(), Messages.of(lang).keys(), lang);
        }
        for (String key : Messages.of("en").keys()) {
            if (!key.equals("site.name") && !key.equals("footer.api")) {
                assertNotEquals(Messages.of("en").get(key), Messages.of("kk").get(key), "kk still in English: " + key);
                assertNotEquals(Messages.of("en").get(key), Messages.of("ru").get(key), "ru still in English: " + key);
            }
        }
    }

    @Test
    void countsTakeTheirLanguagesPluralForms() {
        Map<Long, String> ru = Map.of(1L, "1 публикация", 3L, "3 публикации", 5L, "5 публикаций", 21L, "21 публикация");
        ru.forEach((n, text) -> assertEquals(text, Messages.of("ru").get("results.count", n)));
        assertEquals("1 publication", Messages.of("en").get("results.count", 1L));
        assertEquals("24 publications", Messages.of("en").get("results.count", 24L));
        assertEquals("24 жарияланым", Messages.of("kk").get("results.count", 24L));
    }

    @Test
    void theInterfaceLanguageIsTheAddressesThenTheBrowsersThenEnglish() {
        assertEquals("ru", Messages.chosen("ru", "kk").lang());
        assertEquals("kk", Messages.chosen(null, "kk-KZ,ru;q=0.8,en;q=0.5").lang());
        assertEquals("ru", Messages.chosen("xx", "de-DE,ru;q=0.7").lang());
        assertEquals("en", Messages.chosen(null, "de-DE").lang());
        assertEquals("en", Messages.chosen(null, ";;;=q,").lang());
    }
}
