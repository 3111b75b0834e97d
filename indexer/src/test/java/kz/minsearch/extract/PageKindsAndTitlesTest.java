package kz.minsearch.extract;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Titles chosen from every candidate, and pages that hold prose without being publications, on layouts written here. */
class PageKindsAndTitlesTest {
    private static final String PROSE = "<p>Министерство культуры и информации провело совещание с руководителями областных театров и "
            + "обсудило подготовку к новому сезону, гастрольные планы и ремонт сценических площадок в четырёх регионах страны.</p>"
            + "<p>Участники договорились о графике обменных гастролей и о поддержке молодых режиссёров, которые впервые ставят спектакли "
            + "на профессиональной сцене; итоги конкурса постановок объявят в декабре на итоговой коллегии ведомства.</p>"
            + "<p>Отдельно обсуждались вопросы доступности театров для людей с инвалидностью и продажи билетов через единую платформу.</p>";

    private static PageExtractor.Page extract(String html, String url) {
        return PageExtractor.extract(Jsoup.parse(html, url), url, "s");
    }

    @Test
    void theSectionsNameInH1IsNoTitleTheReleasesH2Is() {
        String title = "Минкультуры обсудило с театрами подготовку к новому сезону";
        PageExtractor.Page page = extract("<html><head><title>" + title + " — Министерство культуры и информации</title></head><body>"
                + "<nav><a href=/ru/press/>Пресс-релизы</a> <a href=/ru/about/>О министерстве</a></nav><main><h1>Пресс-релизы</h1>"
                + "<h2>" + title + "</h2><div class=date>12.11.2025</div>" + PROSE + "</main></body></html>", "http://gov.example/ru/press/5521");
        assertEquals(title, page.article().title());
        assertEquals(PageClassifier.Kind.ARTICLE, page.kind(), page.signals().toString());
    }

    @Test
    void aDeclaredHeadlineWinsOverASectionHeading() {
        String headline = "Театры получат единую платформу продажи билетов";
        PageExtractor.Page page = extract("<html><head><title>Баспасөз релиздері</title><script type=application/ld+json>"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"" + headline + "\"}</script></head><body><div class=crumbs>"
                + "<a href=/kk/press/>Баспасөз релиздері</a></div><h1>Баспасөз релиздері</h1><time>12.11.2025</time>" + PROSE
                + "</body></html>", "http://gov.example/kk/press/5522");
        assertEquals(headline, page.article().title());
    }

    @Test
    void theShownHeadingIsKeptWhenTheDeclaredTitlesAgreeWithIt() {
        PageExtractor.Page page = extract("<html><head><title>Site | Театры готовятся к сезону: итоги совещания</title>"
                + "<meta property=og:title content=\"Театры готовятся к сезону\"></head><body><h1>Театры готовятся к сезону: итоги совещания</h1>"
                + PROSE + "</body></html>", "http://news.example/2025/11/teatry-sezon");
        assertEquals("Театры готовятся к сезону: итоги совещания", page.article().title());
    }

    @Test
    void anAboutPageIsNoPublicationHoweverMuchProseItHolds() {
        PageExtractor.Page byAddress = extract("<html><head><title>О министерстве</title></head><body><h1>О министерстве</h1>" + PROSE
                + "</body></html>", "http://gov.example/ru/about/");
        assertNotEquals(PageClassifier.Kind.ARTICLE, byAddress.kind(), byAddress.signals().toString());
        assertTrue(byAddress.signals().contains("about-page"), byAddress.signals().toString());
        PageExtractor.Page byTitle = extract("<html><head><title>Министрлік туралы</title></head><body><h1>Министрлік туралы</h1>" + PROSE
                + "</body></html>", "http://gov.example/kk/page/17");
        assertNotEquals(PageClassifier.Kind.ARTICLE, byTitle.kind(), byTitle.signals().toString());
        PageExtractor.Page dated = extract("<html><head><title>О министерстве</title></head><body><h1>О министерстве</h1>"
                + "<time datetime=2025-11-12>12.11.2025</time>" + PROSE + "</body></html>", "http://gov.example/ru/news/o-ministerstve-12");
        assertEquals(PageClassifier.Kind.ARTICLE, dated.kind(), "a dated release may be titled so: " + dated.signals());
    }

    @Test
    void anArchiveOfLongExcerptsAndAListingsSecondPageAreNoPublications() {
        StringBuilder posts = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            posts.append("<article class=post><h2 class=entry-title><a href=/2025/11/post-").append(i).append("/>Запись номер ").append(i)
                    .append("</a></h2><div class=entry-summary>").append(PROSE).append("</div><a class=more-link href=/2025/11/post-")
                    .append(i).append("/>Читать далее</a></article>");
        }
        PageExtractor.Page archive = extract("<html><head><title>Культура — Блог</title></head><body class=\"archive category category-kultura\">"
                + "<h1>Рубрика: Культура</h1>" + posts + "</body></html>", "http://blog.example/category/kultura/");
        assertNotEquals(PageClassifier.Kind.ARTICLE, archive.kind(), archive.signals().toString());
        PageExtractor.Page second = extract("<html><head><title>Новости</title></head><body><h1>Новости</h1><h2><a href=/news/1.html>"
                + "Первая новость</a></h2>" + PROSE + "</body></html>", "http://portal.example/news/index-2.html");
        assertNotEquals(PageClassifier.Kind.ARTICLE, second.kind(), second.signals().toString());
        assertTrue(second.signals().contains("numbered-page"), second.signals().toString());
    }
}
