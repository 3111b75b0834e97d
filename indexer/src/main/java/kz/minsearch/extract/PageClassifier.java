package kz.minsearch.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells an article from a listing or any other page by several signals together, each worth a few points for or
 * against an article: how much prose the main text holds, repeated link cards beside it, the page's own declarations
 * (og:type, JSON-LD types), pagination links, one {@code h1}, and the URL's shape. The signals that counted are kept,
 * so a crawl can say why it took a page for what it did.
 */
public final class PageClassifier {
    public enum Kind { ARTICLE, LISTING, OTHER }

    /** @param signals the signals that counted, each as {@code name} or {@code name=value}, strongest first */
    public record Verdict(Kind kind, List<String> signals) {
    }

    static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "pressrelease", "report", "opinionnewsarticle", "backgroundnewsarticle", "liveblogposting");
    private static final Set<String> LISTING_TYPES = Set.of("collectionpage", "itemlist", "searchresultspage", "blog");
    private static final double ARTICLE_AT = 2;
    private static final int HEADLINE_WORDS = 5;
    private static final int MIN_LINKED_HEADINGS = 3;
    private static final java.util.regex.Pattern ABOUT_TITLE = java.util.regex.Pattern.compile("(?iu)(about( us| the (ministry|agency|portal|"
            + "project|site|company|newspaper))?|contacts?|contact us|our team|leadership|structure|management|о нас|о министерстве|о проекте|"
            + "о компании|о редакции|контакты|руководство|структура( министерства)?|министрлік туралы|біз туралы|жоба туралы|байланыс|"
            + "басшылық|құрылым(ы)?|министрліктің құрылымы|редакция)");
    private static final java.util.regex.Pattern READ_MORE = java.util.regex.Pattern.compile("(?iu)(read more|continue reading|more|"
            + "подробнее|читать далее|читать полностью|далее|ещё|толығырақ|әрі қарай|ары қарай|оқу)( ?(»|→|\\.\\.\\.|…))?");
    private static final java.util.regex.Pattern ARCHIVE_CLASS = java.util.regex.Pattern.compile("(?i)(archive|category|category-.+|tag|tag-.+|"
            + "date|author|search|search-results|paged|blog)");
    /** What stands beside a page's own content: menus, sidebars, related and popular news, comments. */
    private static final String FURNITURE = "aside, nav, header, footer, [class*=related], [class*=similar], [class*=popular], "
            + "[class*=recommend], [class*=comment], [class*=sidebar], [class*=widget]";
    private static final java.util.regex.Pattern PAGE_URL = java.util.regex.Pattern.compile(
            "(?i)(/page/\\d+|[?&](page|p|paged|pg|start|offset)=\\d+|[-_/]page[-_]?\\d+|/\\d+/?$)");

    private PageClassifier() {
    }

    /**
     * What the extractor saw of a page.
     *
     * @param title           the page's title as the extractor read it
     * @param paragraphs      the main text as the extractor found it
     * @param linkedHeadings  headings in the main content that are links (the entries of a listing without wrappers)
     * @param cards           the largest group of link cards on the page
     * @param linkedFromCards whether a listing's cards led here (the crawl's knowledge of the site's URL shapes)
     * @param dated           whether the page says when it was published
     */
    public record Evidence(String title, List<String> paragraphs, int linkedHeadings, Cards cards, boolean linkedFromCards,
                           boolean dated) {
    }

    public static Verdict classify(Document page, String url, Evidence evidence) {
        String title = evidence.title();
        List<String> paragraphs = evidence.paragraphs();
        Cards cards = evidence.cards();
        List<String> signals = new ArrayList<>();
        double score = 0;
        int text = paragraphs.stream().mapToInt(String::length).sum();
        int longest = paragraphs.stream().mapToInt(String::length).max().orElse(0);

        if (text >= 600 && longest >= 150) {
            score += 3;
            signals.add("prose=" + text);
        } else if (text >= 120 && longest >= 60) {
            score += 1.5;
            signals.add("short-prose=" + text);
        } else {
            score -= 3;
            signals.add("little-text=" + text);
        }
        if (cards.count() > 0) {
            // a listing's main text is its cards; an article's cards (related news) sit beside its text
            double inCards = cards.share(paragraphs);
            if (inCards >= 0.5 || text < 120) {
                score -= 4;
                signals.add("cards=" + cards.count());
            } else {
                signals.add("side-cards=" + cards.count());
            }
        }
        if (evidence.linkedHeadings() >= MIN_LINKED_HEADINGS) {
            score -= 3;
            signals.add("linked-headings=" + evidence.linkedHeadings());
        }
        String declared = declaredType(page);
        if (declared != null && ARTICLE_TYPES.contains(declared)) {
            score += 2;
            signals.add("declared=" + declared);
        } else if (declared != null && LISTING_TYPES.contains(declared)) {
            score -= 1.5;
            signals.add("declared=" + declared);
        }
        if (title.split("\\s+").length >= HEADLINE_WORDS) {
            score += 0.5; // a headline, where a listing has a section's name
            signals.add("headline");
        }
        int h1 = page.select("h1").size();
        if (h1 == 1) {
            score += 0.5;
            signals.add("one-h1");
        }
        if (paginated(page) && text < 1500) {
            score -= 1;
            signals.add("paginated");
        }
        if (UrlShape.looksLikeListing(url)) {
            score -= 1;
            signals.add("listing-url");
        } else if (UrlShape.looksLikeArticle(url)) {
            score += 0.5;
            signals.add("article-url");
        }
        if (evidence.linkedFromCards()) {
            score += 1;
            signals.add("card-target");
        }
        if (UrlShape.isNumberedPage(url)) {
            score -= 3; // a listing's second page: whatever its excerpts add up to
            signals.add("numbered-page");
        }
        if (!evidence.dated() && (UrlShape.looksLikeAbout(url) || ABOUT_TITLE.matcher(title.strip()).matches())) {
            score -= 4; // who the publisher is, how to reach it: prose, but no publication
            signals.add("about-page");
        }
        int dated = datedEntries(page);
        if (dated >= 3 || dated >= 2 && cards.count() >= 2 && text < 1500) {
            score -= 3; // entries each under its own date: a listing, whatever their leads add up to
            signals.add("dated-entries=" + dated);
        }
        int more = readMore(page);
        if (more >= 2) {
            score -= 2 + Math.min(2, more - 2); // excerpts with "Read more" each: an archive, however much prose
            signals.add("read-more=" + more);
        }
        String archive = archiveMarkup(page);
        if (archive != null) {
            score -= 2;
            signals.add("archive=" + archive);
        }
        Kind kind = score >= ARTICLE_AT ? Kind.ARTICLE : cards.count() >= 3 || text < 120 && links(page) >= 10 ? Kind.LISTING : Kind.OTHER;
        return new Verdict(kind, signals);
    }

    /**
     * How many different dates stand alone in the page's main part, each in an element of its own (a {@code time}, a
     * date line): a listing's entries carry one each, an article one (or two: published and updated).
     */
    private static int datedEntries(Document page) {
        Set<String> dates = new java.util.HashSet<>();
        for (Element e : page.select("time, span, div, p, td, small, em")) {
            String text = e.ownText().strip();
            if (text.length() < 6 || text.length() > 40 || e.closest(FURNITURE) != null) {
                continue;
            }
            DateFinder.find(text).ifPresent(d -> dates.add(d.toLocalDate().toString()));
        }
        return dates.size();
    }

    /** The links that lead on from an excerpt to its whole text. */
    private static int readMore(Document page) {
        int n = 0;
        for (Element a : page.select("a[href]")) {
            if (a.closest(FURNITURE) != null) {
                continue; // a related-news block's links beside an article are no archive
            }
            if (READ_MORE.matcher(a.text().strip()).matches() || a.hasClass("more-link") || a.hasClass("read-more")) {
                n++;
            }
        }
        return n;
    }

    /** What a blog engine writes on an archive page's body: {@code category}, {@code tag}, {@code date}, {@code archive}. */
    private static String archiveMarkup(Document page) {
        for (String c : page.body() == null ? Set.<String>of() : page.body().classNames()) {
            if (ARCHIVE_CLASS.matcher(c).matches()) {
                return c;
            }
        }
        return null;
    }

    /** rel=next/prev to another page of the same list (a blog's rel=next to the next post says nothing). */
    private static boolean paginated(Document page) {
        for (Element rel : page.select("link[rel~=^(next|prev)$][href], a[rel~=^(next|prev)$][href]")) {
            if (PAGE_URL.matcher(rel.attr("href")).find()) {
                return true;
            }
        }
        return false;
    }

    /** The schema.org or Open Graph type the page declares for itself, lowercased; null when none. */
    static String declaredType(Document page) {
        String listing = null;
        for (JsonLd.Item item : JsonLd.items(page)) {
            if (ARTICLE_TYPES.contains(item.type())) {
                return item.type();
            }
            if (listing == null && LISTING_TYPES.contains(item.type())) {
                listing = item.type();
            }
        }
        if (listing != null) {
            return listing;
        }
        Element og = page.selectFirst("meta[property=og:type][content]");
        if (og != null) {
            String type = og.attr("content").strip().toLowerCase(Locale.ROOT);
            return type.equals("article") ? "article" : type.equals("website") ? null : type;
        }
        return null;
    }

    private static int links(Document page) {
        return page.select("a[href]").size();
    }
}
