package kz.minsearch.extract;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generic extractor on layouts written for the test (the fixture webs are covered by the extraction evaluation). */
class PageExtractorTest {
    private static final String P1 = "Министрлік жаңа бағдарламаны таныстырды, оған жастар ұйымдарының өкілдері қатысты.";
    private static final String P2 = "Бағдарлама аясында өңірлерде креативті хабтар ашылады және гранттар беріледі.";

    @Test
    void dropsCaptionsReadAlsoAndShareBlocksInsideTheText() {
        PageExtractor.Page page = PageExtractor.extract(Jsoup.parse("<html><head><title>Тақырып | Сайт</title></head><body>"
                + "<div class=menu><a href=/>Басты</a></div><section><h1>Тақырып</h1><span class=pub-date>2025 жылғы 8 қазан</span>"
                + "<p>" + P1 + "</p><p>Сурет: баспасөз қызметі</p><p>Оқи отырыңыз: <a href=/x>басқа жаңалық</a></p>"
                + "<div class=share-box>Бөлісу: Telegram</div><p>" + P2 + "</p></section></body></html>", "http://s/a"), "http://s/a", "s");
        assertEquals(P1 + "\n\n" + P2, page.article().body());
        assertEquals("Тақырып", page.article().title());
        assertEquals(OffsetDateTime.parse("2025-10-08T00:00:00+05:00"), page.article().published());
    }

    @Test
    void aListOfLinksIsAListingAndStillYieldsItsLinks() {
        StringBuilder html = new StringBuilder("<html><body><h1>Жаңалықтар</h1><ul>");
        for (int i = 0; i < 10; i++) {
            html.append("<li><a href=/n").append(i).append(">Жаңалық тақырыбы нөмірі ").append(i).append(" туралы ұзын сілтеме мәтіні</a> 17.02.2026</li>");
        }
        PageExtractor.Page page = PageExtractor.extract(Jsoup.parse(html + "</ul></body></html>", "http://s/"), "http://s/", "s");
        assertEquals(PageClassifier.Kind.LISTING, page.kind());
        assertTrue(page.signals().contains("cards=10"), page.signals().toString());
        assertEquals(10, page.cardLinks().size());
        assertEquals(10, page.links().size());
    }

    /** News cards, each with a time, a linked title and a lead of a sentence or two: the layout that was taken for an article. */
    @Test
    void newsCardsWithLeadsAreAListingNotAnArticle() {
        StringBuilder html = new StringBuilder("<html><head><title>Жаңалықтар</title></head><body><main><h1>Жаңалықтар</h1>");
        for (int i = 0; i < 6; i++) {
            html.append("<div class=card><time datetime=2025-09-0").append(i + 1).append(">0").append(i + 1).append(".09.2025</time>")
                    .append("<h3><a href=/2025/09/slug-number-").append(i).append("/>Мәдениет саласындағы жаңалық ").append(i).append("</a></h3>")
                    .append("<p>").append(P1).append(" ").append(P2).append("</p></div>");
        }
        PageExtractor.Page page = PageExtractor.extract(Jsoup.parse(html + "</main></body></html>", "http://s/news/"), "http://s/news/", "s");
        assertEquals(PageClassifier.Kind.LISTING, page.kind(), page.signals().toString());
        assertEquals(6, page.cardLinks().size());
    }

    /** Tiles that are links themselves, in a grid whose rows hold three each; and entries without wrappers. */
    @Test
    void gridsOfLinkTilesAndUnwrappedEntriesAreListings() {
        StringBuilder grid = new StringBuilder("<html><body><main><h1>Жаңалықтар</h1>");
        for (int row = 0; row < 3; row++) {
            grid.append("<div class=row>");
            for (int col = 0; col < 3; col++) {
                grid.append("<div class=col><a class=tile href=/2025/09/slug-").append(row).append(col).append("/index.html>")
                        .append("<img src=a.jpg><h3>Тақырып ").append(row).append(col).append("</h3><p>").append(P1).append("</p></a></div>");
            }
            grid.append("</div>");
        }
        PageExtractor.Page tiles = PageExtractor.extract(Jsoup.parse(grid + "</main></body></html>", "http://s/"), "http://s/", "s");
        assertEquals(PageClassifier.Kind.LISTING, tiles.kind(), tiles.signals().toString());
        assertEquals(9, tiles.cardLinks().size(), tiles.cardLinks().toString());

        StringBuilder flat = new StringBuilder("<html><body><div class=content><h1>Blog</h1>");
        for (int i = 0; i < 5; i++) {
            flat.append("<h2><a href=/post-number-").append(i).append(">Post title number ").append(i).append("</a></h2><p>")
                    .append("The ministry presented the programme to regional youth organisations, and the delegates discussed "
                            + "grants, creative hubs, libraries and the schedule for the coming year in detail.</p>");
        }
        PageExtractor.Page entries = PageExtractor.extract(Jsoup.parse(flat + "</div></body></html>", "http://s/blog/"), "http://s/blog/", "s");
        assertEquals(PageClassifier.Kind.LISTING, entries.kind(), entries.signals().toString());
    }

    /** An article with a "more news" block is still an article, and the block's links are still followed. */
    @Test
    void anArticleWithMoreNewsIsAnArticleAndYieldsTheirLinks() {
        StringBuilder html = new StringBuilder("<html><head><meta property=og:type content=article><title>Т</title></head><body>"
                + "<article><h1>Тақырып</h1>");
        for (int i = 0; i < 6; i++) {
            html.append("<p>").append(P1).append(" ").append(P2).append("</p>");
        }
        html.append("</article><section class=more><h2>Басқа жаңалықтар</h2>");
        for (int i = 0; i < 4; i++) {
            html.append("<div class=teaser><a href=/news/other-news-item-").append(i).append(">Басқа жаңалық ").append(i).append("</a></div>");
        }
        PageExtractor.Page page = PageExtractor.extract(Jsoup.parse(html + "</section></body></html>", "http://s/news/a-b-c"), "http://s/news/a-b-c", "s");
        assertEquals(PageClassifier.Kind.ARTICLE, page.kind(), page.signals().toString());
        assertTrue(page.signals().contains("declared=article"), page.signals().toString());
        assertFalse(page.article().body().contains("Басқа жаңалық"), page.article().body());
        assertTrue(page.links().stream().filter(l -> l.contains("other-news-item")).count() == 4, page.links().toString());
    }

    @Test
    void discoveryLinksComeFromFeedsAlternatesAndLoadMoreButtons() {
        PageExtractor.Page page = PageExtractor.extract(Jsoup.parse("<html><head><link rel=alternate type=application/rss+xml href=/rss.xml>"
                + "<link rel=alternate hreflang=ru href=/ru/a><link rel=next href=/news?page=2></head><body>"
                + "<button data-url=/api/more?offset=10>Тағы</button></body></html>", "http://s/kk/a"), "http://s/kk/a", "s");
        assertTrue(page.links().containsAll(java.util.List.of("http://s/rss.xml", "http://s/ru/a", "http://s/news?page=2",
                "http://s/api/more?offset=10")), page.links().toString());
        assertEquals("http://s/ru/a", page.alternates().get("ru"));
    }

    /** A page whose text is rendered by script still has the body it declares in JSON-LD. */
    @Test
    void theBodyDeclaredInJsonLdStandsInWhenTheMarkupHasNoText() {
        String body = P1 + "\n" + P2 + "\n" + P1 + " " + P2;
        PageExtractor.Page page = PageExtractor.extract(Jsoup.parse("<html><head><script type=application/ld+json>"
                + "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Тақырып\","
                + "\"datePublished\":\"2025-10-08T10:00:00+05:00\",\"articleBody\":\"" + body.replace("\n", "\\n") + "\"}</script>"
                + "</head><body><h1>Тақырып</h1><div id=app></div></body></html>", "http://s/a-b-c"), "http://s/a-b-c", "s");
        assertEquals(PageClassifier.Kind.ARTICLE, page.kind(), page.signals().toString());
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P1 + " " + P2, page.article().body());
        assertEquals(OffsetDateTime.parse("2025-10-08T10:00:00+05:00"), page.article().published());
    }

    @Test
    void siteSelectorsRefineTheGenericPath() {
        String html = "<html><body><div class=t>Нақты тақырып</div><h1>Сайт атауы</h1><div class=d>01.02.2025 10:00</div>"
                + "<div class=body><p>" + P1 + "</p></div><div class=other><p>" + P2 + " " + P2 + "</p></div></body></html>";
        PageExtractor.Page page = PageExtractor.extract(Jsoup.parse(html, "http://s/a"), "http://s/a", "s",
                new PageExtractor.Hints(".t", ".d", ".body"), false);
        assertEquals(PageClassifier.Kind.ARTICLE, page.kind());
        assertEquals("Нақты тақырып", page.article().title());
        assertEquals(P1, page.article().body());
        assertEquals(OffsetDateTime.parse("2025-02-01T10:00:00+05:00"), page.article().published());
    }

    /** What a site calls itself, for the source facet: og:site_name, else application-name, else nothing. */
    @Test
    void aPageSaysWhatItsSiteIsCalled() {
        String body = "<body><h1>Тақырып</h1><p>" + P1 + "</p><p>" + P2 + "</p></body></html>";
        assertEquals("Qazinform", PageExtractor.extract(Jsoup.parse("<html><head><meta property=og:site_name content=' Qazinform '>"
                + "<meta name=application-name content=App></head>" + body, "http://s/a"), "http://s/a", "s").siteName());
        assertEquals("Kursiv", PageExtractor.extract(Jsoup.parse("<html><head><meta name=application-name content=Kursiv></head>" + body,
                "http://s/a"), "http://s/a", "s").siteName());
        assertEquals(null, PageExtractor.extract(Jsoup.parse("<html><head><meta property=og:site_name content=''></head>" + body,
                "http://s/a"), "http://s/a", "s").siteName());
    }
}
