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
    private static final int MIN_DECLARED_BODY = 200;
    /** Read from the raw text, so that a JSON-LD block broken elsewhere (trailing commas happen) still dates the page. */
    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");

    /** A site's optional CSS selectors for the title, the date and the body: a refinement over the generic path. */
    public record Hints(String title, String date, String body) {
        public static final Hints NONE = new Hints(null, null, null);
    }

    /**
     * An extracted page. Every page yields its article reading (title, text, date) and its links; {@code kind} and the
     * {@code signals} that decided it say whether the reading is an article to index.
     *
     * @param links      every link and discovery hint the page offers (anchors, feeds, alternates, pagination, data-URLs)
     * @param cardLinks  where the page's repeated cards lead (the articles, when the page is a listing)
     * @param alternates the page's language versions by {@code hreflang}
     */
    /** @param siteName what the site calls itself ({@code og:site_name}), or null */
    public record Page(PageClassifier.Kind kind, List<String> signals, Article article, String canonicalUrl,
                       List<String> links, List<String> cardLinks, Map<String, String> alternates, String siteName) {
        public boolean isArticle() {
            return kind == PageClassifier.Kind.ARTICLE;
        }
    }

    private PageExtractor() {
    }

    public static Page extract(Document page, String url, String source) {
        return extract(page, url, source, Hints.NONE, false);
    }

    /**
     * As {@link #extract(Document, String, String)}, with a site's selectors tried first where it has them.
     *
     * @param linkedFromCards a listing's cards led here: evidence, from the site's URL shapes, that this is an article
     */
    public static Page extract(Document page, String url, String source, Hints hints, boolean linkedFromCards) {
        String canonical = canonical(page, url);
        Document clean = page.clone();
        clean.select("script:not([type=application/ld+json]), style, noscript, template, svg, link").remove();
        Element hinted = hints.body() == null ? null : clean.selectFirst(hints.body());
        List<TextBlocks.Block> blocks = hinted != null ? TextBlocks.of(hinted) : MainContent.of(clean);
        List<String> paragraphs = Boilerplate.strip(blocks);
        List<JsonLd.Item> declared = JsonLd.items(page);
        List<String> fromDeclaration = declaredBody(declared, paragraphs);
        if (hinted == null && fromDeclaration != null) {
            paragraphs = fromDeclaration;
        }
        int linkedHeadings = (int) blocks.stream().filter(b -> b.isHeading() && b.linkDensity() > 0.5).count();
        Document furniture = clean.clone();
        furniture.select("nav, header, footer, aside, [role=navigation], [role=banner], [role=contentinfo]").remove();
        Cards cards = Cards.in(furniture.body());
        Element hintedTitle = hints.title() == null ? null : page.selectFirst(hints.title());
        Element hintedDate = hints.date() == null ? null : page.selectFirst(hints.date());
        List<String> text = paragraphs;
        Optional<OffsetDateTime> date = (hintedDate == null ? Optional.<OffsetDateTime>empty() : DateFinder.find(hintedDate.text()))
                .or(() -> published(page, clean, String.join("\n\n", text)));
        String title = hintedTitle != null ? hintedTitle.text() : title(page);
        PageClassifier.Verdict verdict = hinted != null && !paragraphs.isEmpty()
                ? new PageClassifier.Verdict(PageClassifier.Kind.ARTICLE, List.of("site-selector"))
                : PageClassifier.classify(page, url, new PageClassifier.Evidence(title, paragraphs, linkedHeadings, cards,
                linkedFromCards, date.isPresent()));
        if (!paragraphs.isEmpty() && paragraphs.get(0).equalsIgnoreCase(title.strip())) {
            paragraphs = paragraphs.subList(1, paragraphs.size()); // the headline repeated above the text
        }
        String body = String.join("\n\n", paragraphs);
        Article article = new Article(canonical, source, title, body, date.orElse(null));
        return new Page(verdict.kind(), verdict.signals(), article, canonical, links(page, canonical, url),
                cards.links(), alternates(page), siteName(page));
    }

    /** The site's own name: Open Graph's {@code og:site_name}, else the web app's {@code application-name}. */
    static String siteName(Document page) {
        for (String selector : List.of("meta[property=og:site_name][content]", "meta[name=application-name][content]")) {
            Element meta = page.selectFirst(selector);
            if (meta != null && !meta.attr("content").isBlank()) {
                return meta.attr("content").strip();
            }
        }
        return null;
    }

    /**
     * The article body a page declares in JSON-LD, as paragraphs, when the page's markup yields far less of it (the
     * text rendered by script, or split where the extractor could not follow); null when the markup's text stands.
     */
    private static List<String> declaredBody(List<JsonLd.Item> declared, List<String> paragraphs) {
        int found = paragraphs.stream().mapToInt(String::length).sum();
        for (JsonLd.Item item : declared) {
            String text = org.jsoup.parser.Parser.unescapeEntities(item.articleBody(), false).strip();
            if (PageClassifier.ARTICLE_TYPES.contains(item.type()) && text.length() >= MIN_DECLARED_BODY && text.length() > 2 * found) {
                return java.util.Arrays.stream(text.split("\\s*\\n\\s*")).filter(p -> !p.isBlank()).toList();
            }
        }
        return null;
    }

    /**
     * The clean paragraphs of an HTML fragment that is known to be an article's body (as a JSON API delivers it):
     * the same rules as for pages (captions, read-also lines and noise blocks out), without telling page kinds apart.
     */
    public static String bodyOf(String html) {
        Document fragment = org.jsoup.Jsoup.parseBodyFragment(html);
        fragment.select("script, style, iframe, figure, figcaption").remove();
        removeNoise(fragment.body());
        return String.join("\n\n", Boilerplate.strip(TextBlocks.of(fragment.body())));
    }

    private static void removeNoise(Element root) {
        for (Element e : root.select("[class], [id]")) {
            if (e.parent() != null && (NOISE.matcher(e.className()).find() || NOISE.matcher(e.id()).find())) {
                e.remove();
            }
        }
    }

    /** The page's title: see {@link Titles}. */
    static String title(Document page) {
        return Titles.of(page);
    }

    private static Optional<OffsetDateTime> published(Document page, Document clean, String body) {
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
        return beforeOrIn.isPresent() ? beforeOrIn : DateFinder.find(body);
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

    /** Attributes through which pages point at more content without an anchor: "load more" buttons and the like. */
    private static final String DATA_LINKS = "[data-url], [data-href], [data-next], [data-next-url], [data-load-more], "
            + "[data-endpoint], [data-more], [data-src-url]";

    private static List<String> links(Document page, String canonical, String url) {
        Set<String> out = new LinkedHashSet<>();
        for (Element a : page.select("a[href], link[rel~=(?i)^(next|prev|alternate)$][href]")) {
            add(out, a.absUrl("href"));
        }
        for (Element e : page.select(DATA_LINKS)) {
            for (org.jsoup.nodes.Attribute attr : e.attributes()) {
                if (attr.getKey().startsWith("data-") && attr.getValue().matches("(?i)(https?://|/|\\.{1,2}/|\\?).*")) {
                    add(out, e.absUrl(attr.getKey()));
                }
            }
        }
        if (!canonical.equals(url)) {
            add(out, canonical);
        }
        return new ArrayList<>(out);
    }

    private static void add(Set<String> out, String href) {
        int hash = href.indexOf('#');
        if (hash >= 0) {
            href = href.substring(0, hash);
        }
        if (href.startsWith("http")) {
            out.add(href);
        }
    }

    private static Map<String, String> alternates(Document page) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Element link : page.select("link[rel=alternate][hreflang][href], a[hreflang][href]")) {
            String href = link.absUrl("href");
            if (href.startsWith("http")) {
                out.putIfAbsent(link.attr("hreflang").toLowerCase(java.util.Locale.ROOT), href);
            }
        }
        return out;
    }
}
