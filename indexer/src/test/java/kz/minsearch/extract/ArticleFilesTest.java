package kz.minsearch.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleFilesTest {
    @Test
    void seedWithDateLine() {
        Article a = ArticleFiles.fromText(" date 2026-02-17 Аида Балаева бағыттарды белгіледі\nЖиынға министрлер қатысты.\n"
                + "Екінші абзац.", "file:///seed.txt");
        assertEquals("Аида Балаева бағыттарды белгіледі", a.title());
        assertEquals("Жиынға министрлер қатысты.\n\nЕкінші абзац.", a.body());
        assertEquals(OffsetDateTime.parse("2026-02-17T00:00:00+05:00"), a.published());
    }

    @Test
    void pageDumpTakesTheFirstHeadlineAndTheDateInTheText() {
        Article a = ArticleFiles.fromText("Жаңалықтар\n\nАқпарат саласының алдағы бағыттары айқындалды\n\n"
                + "Фото: gov.kz 13.01.2023 18:19 1188\n\nМәтін.", "file:///p.txt");
        assertEquals("Ақпарат саласының алдағы бағыттары айқындалды", a.title());
        assertEquals(OffsetDateTime.parse("2023-01-13T18:19:00+06:00"), a.published());
    }

    @Test
    void htmlFileGivesTitleDateAndParagraphs() {
        String first = "Министр культуры и информации Аида Балаева провела расширенное заседание коллегии министерства.";
        String second = "В заседании приняли участие вице-министры, руководители комитетов и подведомственных организаций.";
        Article a = ArticleFiles.fromHtml(org.jsoup.Jsoup.parse("<html><head><title>X | Site</title>"
                + "<meta property='og:title' content='Заголовок'></head><body><nav><p>Меню сайта и разделы</p></nav><article>"
                + "<time datetime='2024-06-05T14:30'>5 июня</time><p>" + first + "</p><p>" + second + "</p></article></body></html>"), "http://x/1");
        assertEquals("Заголовок", a.title());
        assertEquals(first + "\n\n" + second, a.body());
        assertEquals(OffsetDateTime.parse("2024-06-05T14:30:00+05:00"), a.published());
    }

    @Test
    void aFileInAnotherEncodingIsRefusedClearly() throws IOException {
        Path file = Files.createTempFile("cp1251", ".txt");
        Files.write(file, "Министерство культуры и информации".getBytes(Charset.forName("windows-1251")));
        IOException e = assertThrows(IOException.class, () -> ArticleFiles.read(file));
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
        Files.delete(file);
    }

    @Test
    void theSeedsReadWithTitlesAndBodies() throws IOException {
        try (var seeds = Files.list(Path.of("../corpus/seeds"))) {
            seeds.forEach(p -> {
                try {
                    Article a = ArticleFiles.read(p);
                    assertFalse(a.title().isBlank(), p.toString());
                    assertTrue(a.body().length() > 500, p.toString());
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            });
        }
    }

    @Test
    void aFileIsCreditedToThePublisherItNames() {
        assertEquals("zakon.kz", ArticleFiles.fromText("Заседание прошло в Астане, сообщает Zakon.kz.\nТекст.", "file:///a").source());
        assertEquals("el.kz", ArticleFiles.fromText("Жиын өтті, деп хабарлайды El.kz ақпараттық агенттігі.\nМәтін.", "file:///b").source());
        assertEquals("import", ArticleFiles.fromText("Без указания источника.\nТекст.", "file:///c").source());
    }
}
