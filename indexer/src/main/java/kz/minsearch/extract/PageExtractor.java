package kz.minsearch.extract;

import kz.minsearch.fetch.Site;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads any news page, on layouts it has never seen: finds the main content by where the paragraphs are (text
 * length, link density), drops what surrounds or interrupts an article (menus, captions, read-also blocks, share and
 * subscribe boxes, comments, ads, galleries), and tells an article from a listing, tag or navigation page.
 */
public final class PageExtractor {
    /** Class or id words of blocks that are never the article's text. */
    private static final Pattern NOISE = Pattern.compile("(?i)(?:^|[-_\\s])(nav|navbar|menu|header|footer|sidebar|share|sharing|"
            + "social|subscribe|subscription|comment|comments|related|read-?more|readmore|also|tags?|ad|ads|advert|advertising|"
            + "banner|promo|cookie|cookies|breadcrumbs?|crumbs|gallery|slider|photo|photos|caption|photo-?cap|figcaption|"
            + "views|counter|langs?|lang-switch|top-nav|pagination|pager|widget|popup|modal)(?:$|[-_\\s])");
    /** Paragraphs that open like a caption, a read-also line or a share prompt, in kk, ru or en. */
    private static final Pattern NOISE_PARAGRAPH = Pattern.compile("(?iuU)^\\s*(фото|сурет|фотосурет|photo|image|"
            + "читайте также|читайте еще|оқи отырыңыз|оқыңыз|read also|read more|бөлісу|поделиться|share|"
            + "подписывайтесь|жазылыңыз|реклама|жарнама)\\b.*");
    private static final int MIN_PARAGRAPH = 25;
    /** Short releases exist (a 200-character English note); listings fail the paragraph and link-density tests instead. */
    private static final int MIN_ARTICLE_TEXT = 120;
    private static final int MIN_LONGEST_PARAGRAPH = 60;
    private static final double MAX_LINK_DENSITY = 0.35;
    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TITLE_SEPARATORS = Pattern.compile("\\s+[|\\-–—]\\s+");

    public enum Kind { ARTICLE, LISTING }

    /** A site's optional CSS selectors for the title, the date and the body: a refinement over the generic path. */
    public record Hints(String title, String date, String body) {
        public static final Hints NONE = new Hints(null, null, null);
    }

    /** An extracted page: an article when it is one, and the same-page links a crawler may follow. */
    public record Page(Kind kind, Article article, String canonicalUrl, List<String> links) {
    }

    private PageExtractor() {
    }

    public static Page extract(Document page, String url, String source) {
        return extract(page, url, source, Hints.NONE);
    }

    /** As {@link #extract(Document, String, String)}, with a site's selectors tried first where it has them. */
    public static Page extract(Document page, String url, String source, Hints hints) {
        String canonical = canonical(page, url);
        List<String> links = links(page);
        Document clean = page.clone();
        clean.select("script:not([type=application/ld+json]), style, noscript, iframe, form, button, select, svg, "
                + "nav, header, footer, aside, figure, figcaption, template").remove();
        removeNoise(clean.body());
        Element hinted = hints.body() == null ? null : clean.selectFirst(hints.body());
        Element content = hinted != null ? hinted : mainContent(clean.body());
        List<String> paragraphs = content == null ? List.of() : paragraphs(content);
        int textLength = paragraphs.stream().mapToInt(String::length).sum();
        int longest = paragraphs.stream().mapToInt(String::length).max().orElse(0);
        // a site's body selector that matches says the page is an article; otherwise the content must show it
        boolean isArticle = hinted != null ? textLength > 0 : content != null && textLength >= MIN_ARTICLE_TEXT
                && longest >= MIN_LONGEST_PARAGRAPH && linkDensity(content) <= MAX_LINK_DENSITY;
        if (!isArticle) {
            return new Page(Kind.LISTING, null, canonical, links);
        }
        Element hintedTitle = hints.title() == null ? null : page.selectFirst(hints.title());
        Element hintedDate = hints.date() == null ? null : page.selectFirst(hints.date());
        Optional<OffsetDateTime> date = hintedDate == null ? Optional.empty() : DateFinder.find(hintedDate.text());
        Article article = new Article(canonical, source, hintedTitle != null ? hintedTitle.text() : title(page),
                String.join("\n\n", paragraphs), date.or(() -> published(page, clean, content)).orElse(null));
        return new Page(Kind.ARTICLE, article, canonical, links);
    }

    /**
     * The clean paragraphs of an HTML fragment that is known to be an article's body (as a JSON API delivers it):
     * the same rules as for pages (captions, read-also lines and noise blocks out), without telling page kinds apart.
     */
    public static String bodyOf(String html) {
        Document fragment = org.jsoup.Jsoup.parseBodyFragment(html);
        fragment.select("script, style, iframe, figure, figcaption").remove();
        removeNoise(fragment.body());
        return String.join("\n\n", paragraphs(fragment.body()));
    }

    private static void removeNoise(Element root) {
        for (Element e : root.select("[class], [id]")) {
            if (e.parent() != null && (NOISE.matcher(e.className()).find() || NOISE.matcher(e.id()).find())) {
                e.remove();
            }
        }
    }

    /** The element that holds most paragraph text that is not link text: each paragraph votes for its parent. */
    private static Element mainContent(Element body) {
        if (body == null) {
            return null;
        }
        Map<Element, Double> scores = new HashMap<>();
        for (Element block : body.select("p, div, li, td, blockquote")) {
            String own = block.ownText().strip();
            if (own.length() < MIN_PARAGRAPH || block.tagName().equals("div") && !block.select("p").isEmpty()) {
                continue;
            }
            double score = block.text().length() * (1 - linkDensity(block));
            Element parent = block.tagName().equals("p") ? block.parent() : block;
            if (parent == null) {
                continue;
            }
            scores.merge(parent, score, Double::sum);
            if (parent.parent() != null) {
                scores.merge(parent.parent(), score / 3, Double::sum);
            }
        }
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static List<String> paragraphs(Element content) {
        List<String> out = new ArrayList<>();
        Elements blocks = content.select("p, h2, h3, h4, li, blockquote");
        if (blocks.isEmpty()) {
            blocks = new Elements(content);
        }
        for (Element block : blocks) {
            if (block != content && !block.tagName().equals("li")
                    && block.select("p, li, blockquote").stream().anyMatch(inner -> inner != block)) {
                continue; // a wrapper: its inner paragraphs are taken one by one
            }
            String text = block.text().strip();
            if (text.isEmpty() || NOISE_PARAGRAPH.matcher(text).matches() || linkDensity(block) > 0.5) {
                continue;
            }
            out.add(text);
        }
        return out;
    }

    private static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) {
            return 0;
        }
        int links = e.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return (double) links / all;
    }

    /** og:title, else the h1, else the document title without the site's name. */
    static String title(Document page) {
        Element og = page.selectFirst("meta[property=og:title][content]");
        if (og != null && !og.attr("content").isBlank()) {
            return og.attr("content").strip();
        }
        Element h1 = page.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        String[] parts = TITLE_SEPARATORS.split(page.title());
        return parts.length == 0 ? "" : parts[0].strip();
    }

    private static Optional<OffsetDateTime> published(Document page, Document clean, Element content) {
        for (String selector : List.of("meta[property=article:published_time]", "meta[itemprop=datePublished]",
                "meta[name=pubdate]", "meta[name=date]")) {
            Element meta = page.selectFirst(selector);
            if (meta != null) {
                Optional<OffsetDateTime> d = DateFinder.parseTimestamp(meta.attr("content"));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        for (Element ld : page.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_DATE.matcher(ld.data());
            if (m.find()) {
                Optional<OffsetDateTime> d = DateFinder.parseTimestamp(m.group(1));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        Element time = page.selectFirst("time[datetime]");
        if (time != null) {
            Optional<OffsetDateTime> d = DateFinder.parseTimestamp(time.attr("datetime"));
            if (d.isPresent()) {
                return d;
            }
        }
        for (Element dated : clean.select("[class~=(?i)date|time|published], [itemprop=datePublished], time")) {
            Optional<OffsetDateTime> d = DateFinder.find(dated.text());
            if (d.isPresent()) {
                return d;
            }
        }
        // a visible date near the article: the page text before the body first, then the body itself
        Optional<OffsetDateTime> beforeOrIn = DateFinder.find(clean.body() == null ? "" : clean.body().text());
        return beforeOrIn.isPresent() ? beforeOrIn : DateFinder.find(content.text());
    }

    private static String canonical(Document page, String url) {
        Element link = page.selectFirst("link[rel=canonical][href]");
        if (link != null) {
            String href = link.absUrl("href");
            if (!href.isBlank() && Site.same(href, url)) {
                return href;
            }
        }
        return url;
    }

    private static List<String> links(Document page) {
        Set<String> out = new LinkedHashSet<>();
        for (Element a : page.select("a[href]")) {
            String href = a.absUrl("href");
            int hash = href.indexOf('#');
            if (hash >= 0) {
                href = href.substring(0, hash);
            }
            if (href.startsWith("http")) {
                out.add(href);
            }
        }
        return new ArrayList<>(out);
    }
}
