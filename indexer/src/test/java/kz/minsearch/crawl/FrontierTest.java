package kz.minsearch.crawl;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontierTest {
    private static Frontier.Task task(String url) {
        return new Frontier.Task(url, 1, Frontier.priorityOf(url, false, false), false, false);
    }

    @Test
    void oneScriptsRecordsArePagesNotATrap() {
        Frontier f = new Frontier(100, 10_000);
        f.start("http://portal.example/");
        int items = 0;
        for (int i = 0; i < 300; i++) {
            items += f.offer(task("http://portal.example/news/detail.php?ID=" + (48000 + i))) ? 1 : 0;
            items += f.offer(task("http://portal.example/index.php?newsid=" + (700 + i))) ? 1 : 0;
            items += f.offer(task("http://portal.example/content/show.php?id=a" + i)) ? 1 : 0;
        }
        assertEquals(900, items, "a record key has as many pages as there are items");
        int pages = 0;
        for (int i = 1; i <= 120; i++) {
            pages += f.offer(task("http://portal.example/news/?PAGEN_1=" + i)) ? 1 : 0;
        }
        assertEquals(120, pages, "Bitrix's PAGEN_1 pages a listing");
    }

    @Test
    void aPrintVersionIsThePageItPrints() {
        Frontier f = new Frontier(10, 100);
        f.start("http://portal.example/");
        assertTrue(f.offer(task("http://portal.example/news/detail.php?ID=48113")));
        assertFalse(f.offer(task("http://portal.example/news/detail.php?ID=48113&print=Y")));
        assertFalse(f.offer(task("http://portal.example/news/detail.php?print=Y&ID=48113")));
        assertFalse(f.offer(task("http://portal.example/news/detail.php?ID=48113&view=print")));
        assertEquals("http://portal.example/news/detail.php?ID=48113", f.normalize("http://portal.example/news/detail.php?ID=48113&PRINT=Y"));
    }

    @Test
    void sortAndFilterPermutationsAreATrap() {
        Frontier f = new Frontier(100, 10_000);
        f.start("http://portal.example/");
        int taken = 0;
        for (String sort : List.of("date", "name", "views", "rating")) {
            for (String order : List.of("asc", "desc")) {
                for (int page = 1; page <= 5; page++) {
                    taken += f.offer(task("http://portal.example/news/?sort=" + sort + "&order=" + order + "&PAGEN_1=" + page)) ? 1 : 0;
                }
            }
        }
        assertEquals(3, taken);
    }

    @Test
    void variantsThatKeepHoldingWhatWasSeenStop() {
        Frontier f = new Frontier(100, 10_000);
        f.start("http://portal.example/");
        int taken = 0;
        for (int i = 0; i < 40; i++) {
            String url = "http://portal.example/item.php?id=" + i;
            if (f.offer(task(url))) {
                taken++;
                f.held(url, "the same page under every id");
            }
        }
        assertTrue(taken < 12, "variants taken after they kept repeating one page: " + taken);
        Frontier distinct = new Frontier(100, 10_000);
        distinct.start("http://portal.example/");
        for (int i = 0; i < 40; i++) {
            String url = "http://portal.example/item.php?id=" + i;
            assertTrue(distinct.offer(task(url)));
            distinct.held(url, "item " + i);
        }
    }

    @Test
    void trackingAndSessionParametersAndFragmentsAreOneUrl() {
        Frontier f = new Frontier(10, 100);
        f.start("http://news.example/");
        assertTrue(f.offer(task("http://news.example/a-b-c.html?utm_source=tg&utm_medium=social")));
        assertFalse(f.offer(task("http://NEWS.example:80/a-b-c.html#top")));
        assertFalse(f.offer(task("http://news.example/a-b-c.html;jsessionid=ABC123")));
        assertFalse(f.offer(task("http://news.example/a-b-c.html?fbclid=xyz")));
        assertEquals("http://news.example/a-b-c.html", f.normalize("http://news.example/./x/../a-b-c.html?gclid=1"));
    }

    @Test
    void otherSitesImagesAndNonWebSchemesAreRefused() {
        Frontier f = new Frontier(10, 100);
        f.start("http://news.example/");
        assertFalse(f.offer(task("http://elsewhere.example/a")));
        assertFalse(f.offer(task("http://news.example/photo.JPG")));
        assertFalse(f.offer(task("mailto:press@news.example")));
        assertNull(f.normalize("javascript:void(0)"));
    }

    @Test
    void calendarsRepeatedSegmentsAndQueryVariantsAreTraps() {
        Frontier f = new Frontier(100, 10_000);
        f.start("http://news.example/");
        assertFalse(f.offer(task("http://news.example/events/2999/01/")));
        assertFalse(f.offer(task("http://news.example/calendar?date=2187-05-01")));
        assertTrue(f.offer(task("http://news.example/2025/09/a-new-law/index.html")));
        assertTrue(f.offer(task("http://news.example/news/2500.html")), "a four-digit id is no year");
        assertTrue(f.offer(task("http://news.example/press/releases/5611/")), "nor is one between slashes");
        assertFalse(f.offer(task("http://news.example/a/b/a/b/a/b")));
        int variants = 0;
        for (int i = 0; i < 100; i++) {
            variants += f.offer(task("http://news.example/search?q=word" + i)) ? 1 : 0;
        }
        assertEquals(25, variants);
        int pages = 0;
        for (int i = 0; i < 100; i++) {
            pages += f.offer(task("http://news.example/news?page=" + i)) ? 1 : 0;
        }
        assertEquals(100, pages, "pagination is no trap");
    }

    @Test
    void budgetAndDepthBoundASite() {
        Frontier f = new Frontier(3, 5);
        f.start("http://news.example/");
        assertFalse(f.offer(new Frontier.Task("http://news.example/deep", 4, Frontier.Priority.OTHER, false, false)));
        int taken = 0;
        for (int i = 0; i < 20; i++) {
            taken += f.offer(task("http://news.example/p" + i)) ? 1 : 0;
        }
        assertEquals(4, taken, "the start page and four more");
    }

    @Test
    void discoveryThenPaginationAndCardsThenArticlesThenTheRest() {
        Frontier f = new Frontier(10, 100);
        f.start("http://news.example/");
        f.next();
        f.offer(task("http://news.example/about"));
        f.offer(task("http://news.example/news/some-long-article-slug"));
        f.offer(new Frontier.Task("http://news.example/x", 1, Frontier.priorityOf("http://news.example/x", true, false), true, false));
        f.offer(task("http://news.example/news/page/2/"));
        List<String> order = new ArrayList<>();
        for (Frontier.Task t = f.next(); t != null; t = f.next()) {
            order.add(t.url());
        }
        assertEquals(List.of("http://news.example/x", "http://news.example/news/page/2/",
                "http://news.example/news/some-long-article-slug", "http://news.example/about"), order);
    }
}
