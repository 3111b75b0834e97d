package kz.minsearch.extract;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainContentTest {
    private static final String PROSE = "The ministry presented the programme to regional youth organisations, and the "
            + "delegates discussed grants, creative hubs, libraries and the schedule for the coming year in detail.";

    private static List<String> texts(String html) {
        return MainContent.of(Jsoup.parse(html)).stream().map(TextBlocks.Block::text).toList();
    }

    @Test
    void keepsSubheadingsListsAndQuotesOfTheText() {
        List<String> got = texts("<body><div class=nav><a href=/>Home</a> <a href=/n>News</a></div><div class=story>"
                + "<p>" + PROSE + "</p><h2>What changes</h2><ul><li>More grants for rural libraries</li><li>Two new hubs</li></ul>"
                + "<blockquote>" + PROSE + "</blockquote><p>" + PROSE + "</p></div></body>");
        assertEquals(List.of(PROSE, "What changes", "More grants for rural libraries", "Two new hubs", PROSE, PROSE), got);
    }

    @Test
    void dropsCommentsEvenWhenTheyOutweighTheText() {
        StringBuilder html = new StringBuilder("<body><div class=entry-content><p>" + PROSE + "</p></div><div id=comments class=comments-area>");
        for (int i = 0; i < 10; i++) {
            html.append("<div class=comment-body><p>").append(PROSE).append(" ").append(PROSE).append("</p></div>");
        }
        List<String> got = texts(html + "</div></body>");
        assertEquals(List.of(PROSE), got);
    }

    @Test
    void bareTextBetweenBreaksIsReadAsParagraphs() {
        List<String> got = texts("<body><div class=text><div class=pic><img src=a.jpg></div>" + PROSE + "<br><br>" + PROSE + "</div></body>");
        assertEquals(List.of(PROSE, PROSE), got);
    }

    @Test
    void aRelatedListInsideTheTextIsPruned() {
        List<String> got = texts("<body><article><p>" + PROSE + "</p><ul class=related><li><a href=/a>Other story one</a></li>"
                + "<li><a href=/b>Other story two</a></li><li><a href=/c>Other story three</a></li></ul><p>" + PROSE + "</p></article></body>");
        assertFalse(got.stream().anyMatch(t -> t.contains("Other story")), got.toString());
        assertTrue(got.size() == 2, got.toString());
    }
}
