package kz.minsearch.present;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageUrlTest {
    private static final PageUrl SEARCH = PageUrl.of("/search", new LinkedHashMap<>(Map.of("q", List.of("креативті хаб & кино"))));

    @Test
    void aFacetValueIsTickedAndUntickedAndTheWordsAreEncoded() {
        PageUrl ticked = SEARCH.toggled("area", "culture").toggled("area", "youth");
        assertEquals("/search?q=%D0%BA%D1%80%D0%B5%D0%B0%D1%82%D0%B8%D0%B2%D1%82%D1%96%20%D1%85%D0%B0%D0%B1%20%26%20%D0%BA%D0%B8%D0%BD%D0%BE"
                + "&area=culture&area=youth", ticked.toString());
        assertEquals(SEARCH.toggled("area", "youth"), ticked.toggled("area", "culture"));
    }

    @Test
    void oneParameterIsSetOrDropped() {
        PageUrl paged = SEARCH.with("page", "3").with("page", "4");
        assertEquals("4", paged.first("page"));
        assertEquals(SEARCH, paged.with("page", null));
        assertEquals("/feed.atom?q=x", PageUrl.of("/search", Map.of("q", List.of("x"))).with("sort", "newest")
                .without(Set.of("sort")).at("/feed.atom").toString());
        assertEquals("/search", PageUrl.of("/search", Map.of("q", List.of("  "))).toString(), "an empty box is no parameter");
    }
}
