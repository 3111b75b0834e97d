package kz.minsearch.extract;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Repeated sibling blocks that each carry a link — the news cards, tiles and teaser rows of a listing, or the
 * related-news block of an article: the largest such group on a page, its text and the links it leads to.
 */
public record Cards(int count, int textLength, List<String> links) {
    public static final Cards NONE = new Cards(0, 0, List.of());
    private static final Set<String> CARD_TAGS = Set.of("li", "article", "div", "section", "tr", "dd", "figure");
    private static final int MIN_CARDS = 3;

    /** The largest group of like siblings (same tag and first class) that each link somewhere else. */
    public static Cards in(Element body) {
        if (body == null) {
            return NONE;
        }
        Cards best = NONE;
        for (Element parent : body.getAllElements()) {
            if (parent.childrenSize() < MIN_CARDS) {
                continue;
            }
            Map<String, List<Element>> groups = new HashMap<>();
            for (Element child : parent.children()) {
                if (CARD_TAGS.contains(child.normalName())) {
                    groups.computeIfAbsent(signature(child), k -> new ArrayList<>()).add(child);
                }
            }
            for (List<Element> group : groups.values()) {
                Cards cards = of(group);
                if (cards.count() >= MIN_CARDS && cards.textLength() > best.textLength()) {
                    best = cards;
                }
            }
        }
        return best;
    }

    private static Cards of(List<Element> group) {
        Set<String> links = new LinkedHashSet<>();
        int linked = 0;
        int text = 0;
        for (Element card : group) {
            String target = null;
            for (Element a : card.select("a[href]")) {
                String href = a.absUrl("href");
                if (href.startsWith("http") && !a.attr("href").startsWith("#")) {
                    target = href.replaceFirst("#.*$", "");
                    break;
                }
            }
            if (target != null && links.add(target)) {
                linked++;
                text += card.text().length();
            }
        }
        return linked >= MIN_CARDS && linked * 4 >= group.size() * 3 ? new Cards(linked, text, List.copyOf(links)) : NONE;
    }

    private static String signature(Element e) {
        String[] classes = e.className().strip().split("\\s+");
        return e.normalName() + "." + classes[0];
    }
}
