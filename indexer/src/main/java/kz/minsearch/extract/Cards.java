package kz.minsearch.extract;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Repeated sibling blocks that each carry a link — the news cards, tiles and teaser rows of a listing, or the
 * related-news block of an article: the largest such group on a page, its text and the links it leads to.
 */
public record Cards(int count, int textLength, List<String> links, List<String> texts) {
    public static final Cards NONE = new Cards(0, 0, List.of(), List.of());
    private static final Set<String> CARD_TAGS = Set.of("li", "article", "div", "section", "tr", "dd", "figure", "a",
            "h2", "h3", "h4");
    private static final int MIN_CARDS = 3;
    private static final int MAX_CARD_TEXT = 2000;
    private static final double MAX_SHARE_OF_ONE = 0.6;

    /**
     * The largest group of like blocks (same tag and first class, under parents alike — a grid's rows count as one
     * group) that each link somewhere else.
     */
    public static Cards in(Element body) {
        if (body == null) {
            return NONE;
        }
        Map<String, List<Element>> groups = new LinkedHashMap<>();
        for (Element parent : body.getAllElements()) {
            for (Element child : parent.children()) {
                if (CARD_TAGS.contains(child.normalName())) {
                    groups.computeIfAbsent(signature(parent) + ">" + signature(child), k -> new ArrayList<>()).add(child);
                }
            }
        }
        Cards best = NONE;
        for (List<Element> group : groups.values()) {
            if (group.size() >= MIN_CARDS) {
                Cards cards = of(group);
                // the most text; of groups holding about the same text (rows and their tiles), the finer one
                if (cards.count() >= MIN_CARDS && (cards.textLength() > best.textLength() * 1.1
                        || cards.textLength() >= best.textLength() * 0.9 && cards.count() > best.count())) {
                    best = cards;
                }
            }
        }
        return best;
    }

    private static Cards of(List<Element> group) {
        Set<String> links = new LinkedHashSet<>();
        List<String> texts = new ArrayList<>();
        int linked = 0;
        int text = 0;
        for (Element card : group) {
            String target = null;
            for (Element a : card.select("a[href]")) { // the card itself when it is a link
                String href = a.absUrl("href");
                if (!href.isEmpty() && !a.attr("href").startsWith("#") && !href.matches("(?i)(javascript|mailto|tel):.*")) {
                    target = href.replaceFirst("#.*$", "");
                    break;
                }
            }
            if (target != null && links.add(target)) {
                linked++;
                text += card.text().length();
                texts.add(card.text());
            }
        }
        int largest = texts.stream().mapToInt(String::length).max().orElse(0);
        // cards are alike: not one section holding most of the text beside a few links (a page's columns)
        boolean alike = largest <= MAX_CARD_TEXT && largest <= MAX_SHARE_OF_ONE * Math.max(text, 1);
        return linked >= MIN_CARDS && linked * 4 >= group.size() * 3 && alike
                ? new Cards(linked, text, List.copyOf(links), List.copyOf(texts)) : NONE;
    }

    /** How much of a text's paragraphs lies inside the cards, from 0 to 1: a listing's main text is its cards. */
    public double share(List<String> paragraphs) {
        int all = 0;
        int inside = 0;
        for (String p : paragraphs) {
            all += p.length();
            if (texts.stream().anyMatch(t -> t.contains(p))) {
                inside += p.length();
            }
        }
        return all == 0 ? 0 : (double) inside / all;
    }

    private static String signature(Element e) {
        String[] classes = e.className().strip().split("\\s+");
        return e.normalName() + "." + classes[0];
    }
}
