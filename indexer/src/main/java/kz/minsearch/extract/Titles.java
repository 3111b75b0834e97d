package kz.minsearch.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A page's title, chosen from every candidate: the headings shown ({@code h1}, the {@code h2} nearest the text), and
 * what the page declares ({@code og:title}, JSON-LD {@code headline}, {@code <title>} without the site's name). A
 * shown heading that the declared titles agree with is the title as the reader sees it; a heading that is a section's
 * name ("Press releases", "Пресс-релизы", "Баспасөз релиздері": the text of a link to that section on the page, or a
 * part of {@code <title>} that is not the page's own) never is.
 */
final class Titles {
    private static final Pattern SEPARATORS = Pattern.compile("\\s+[|\\-–—:·•»/]\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** How much of two titles' words they must share to be one title. */
    private static final double AGREEMENT = 0.6;

    private Titles() {
    }

    static String of(Document page) {
        Set<String> sectionNames = sectionNames(page);
        List<String> headlines = JsonLd.items(page).stream().map(JsonLd.Item::headline).filter(h -> !h.isEmpty()).toList();
        List<String> declared = declared(page, headlines).stream().filter(d -> !sectionNames.contains(key(d))).toList();
        List<String> shown = new ArrayList<>();
        for (Element h : page.select("h1, h2")) {
            String text = h.text().strip();
            if (!text.isEmpty() && h.selectFirst("a[href]") == null && h.closest("nav, header, footer, aside, [role=navigation]") == null) {
                shown.add(text);
            }
        }
        for (String heading : shown) {
            if (declared.stream().anyMatch(d -> agree(heading, d))) {
                return heading;
            }
        }
        Element og = page.selectFirst("meta[property=og:title][content]");
        if (og != null && !og.attr("content").isBlank() && !sectionNames.contains(key(og.attr("content")))) {
            return og.attr("content").strip();
        }
        if (!headlines.isEmpty()) {
            return headlines.get(0);
        }
        for (String heading : shown) {
            if (!sectionNames.contains(key(heading))) {
                return heading;
            }
        }
        String fromTitle = ownPart(page.title(), sectionNames);
        return fromTitle.isEmpty() && !shown.isEmpty() ? shown.get(0) : fromTitle;
    }

    /** og:title, JSON-LD headlines and the document title's own part: what the page says its title is. */
    private static List<String> declared(Document page, List<String> headlines) {
        List<String> out = new ArrayList<>();
        Element og = page.selectFirst("meta[property=og:title][content]");
        if (og != null && !og.attr("content").isBlank()) {
            out.add(og.attr("content").strip());
        }
        out.addAll(headlines);
        for (String part : SEPARATORS.split(page.title())) {
            if (words(part).size() >= 2) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /** Names of the site's sections as the page shows them: the texts of its links (menu, breadcrumbs, language switch). */
    private static Set<String> sectionNames(Document page) {
        Set<String> out = new HashSet<>();
        for (Element a : page.select("a[href]")) {
            String text = a.text().strip();
            if (!text.isEmpty() && text.length() <= 80) {
                out.add(key(text));
            }
        }
        return out;
    }

    /** The document title without the site's name: the longest part that is not a section's name. */
    private static String ownPart(String title, Set<String> sectionNames) {
        String best = "";
        for (String part : SEPARATORS.split(title)) {
            String p = part.strip();
            if (!sectionNames.contains(key(p)) && words(p).size() > words(best).size()) {
                best = p;
            }
        }
        return best.isEmpty() ? title.strip() : best;
    }

    /** Whether two titles are one: most of the shorter one's words are in the longer one. */
    static boolean agree(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        Set<String> shared = new HashSet<>(x);
        shared.retainAll(y);
        return shared.size() >= AGREEMENT * Math.min(x.size(), y.size()) && Math.min(x.size(), y.size()) >= Math.max(x.size(), y.size()) / 3;
    }

    private static Set<String> words(String s) {
        Set<String> out = new LinkedHashSet<>();
        var m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static String key(String s) {
        return String.join(" ", words(s));
    }
}
