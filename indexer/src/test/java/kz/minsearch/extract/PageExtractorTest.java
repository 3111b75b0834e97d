package kz.minsearch.extract;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The generic extractor on layouts written for the test (the fixture web is covered by the extraction evaluation). */
class PageExtractorTest {
    private static final String P1 = "Министрлік жаңа бағдарламаны таныстырды, оған жастар ұйымдарының өкілдері қатысты.";
    private static final String P2 = "Бағдарлама аясында өңірлерде креативті хабтар ашылады және гранттар беріледі.";

    @Test
    void dropsCaptionsReadAlsoAndShareBlocksInsideTheText() {
        PageExtractor.Page page = PageExtractor.extract(Jsoup.parse("<html><head><title>Тақырып | Сайт</title></head><body>"
                + "<div class=menu><a href=/>Басты</a></div><section><h1>Тақырып</h1><span class=pub-date>2025 жылғы 8 қазан</span>"
                + "<p>" + P1 + "</p><p>Сурет: баспасөз қызметі</p><p>Оқи отырыңыз: <a href=/x>басқа жаңалық</a></p>"
                + "<div class=share-box>Бөлісу: Telegram</div><p>" + P2 + "</p></section></body></html>", "http://s/a"), "http://s/a", "s");
        assertEquals(PageExtractor.Kind.ARTICLE, page.kind());
        assertEquals(P1 + "\n\n" + P2, page.article().body());
        assertEquals("Тақырып", page.article().title());
        assertEquals(OffsetDateTime.parse("2025-10-08T00:00:00+05:00"), page.article().published());
    }

    @Test
    void aListOfLinksIsNotAnArticle() {
        StringBuilder html = new StringBuilder("<html><body><h1>Жаңалықтар</h1><ul>");
        for (int i = 0; i < 10; i++) {
            html.append("<li><a href=/n").append(i).append(">Жаңалық тақырыбы нөмірі ").append(i).append(" туралы ұзын сілтеме мәтіні</a> 17.02.2026</li>");
        }
        PageExtractor.Page page = PageExtractor.extract(Jsoup.parse(html + "</ul></body></html>", "http://s/"), "http://s/", "s");
        assertEquals(PageExtractor.Kind.LISTING, page.kind());
        assertNull(page.article());
        assertFalse(page.links().isEmpty());
    }

    @Test
    void siteSelectorsRefineTheGenericPath() {
        String html = "<html><body><div class=t>Нақты тақырып</div><h1>Сайт атауы</h1><div class=d>01.02.2025 10:00</div>"
                + "<div class=body><p>" + P1 + "</p></div><div class=other><p>" + P2 + " " + P2 + "</p></div></body></html>";
        PageExtractor.Page page = PageExtractor.extract(Jsoup.parse(html, "http://s/a"), "http://s/a", "s",
                new PageExtractor.Hints(".t", ".d", ".body"));
        assertEquals("Нақты тақырып", page.article().title());
        assertEquals(P1, page.article().body());
        assertEquals(OffsetDateTime.parse("2025-02-01T10:00:00+05:00"), page.article().published());
    }
}
