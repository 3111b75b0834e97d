package kz.minsearch.extract;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * What a URL's shape says of the page behind it, on the conventions news sites share: listings at section roots,
 * {@code /page/N}, {@code ?page=N} and date archives; articles at slugs of several words, numeric ids and dated paths.
 * Weak evidence only: the page's content decides.
 */
public final class UrlShape {
    private static final Pattern LISTING = Pattern.compile("(?i)(^/?$|/(page|pages|p)/\\d+/?$|[?&](page|p|paged|offset|start|pagen_\\d+)=\\d+|"
            + "/(category|tag|author)/[^/]+/?(page/\\d+/?)?$|"
            + "/(news|novosti|zhanalyqtar|jangalyqtar|articles?|blog|category|categories|tag|tags|topics?|archive|arhiv|section|"
            + "rubric|press|press-releases?|events|media|search|kk|ru|en)/?$|^/index\\.html?$|/(page-\\d+|index-\\d+|list)\\.html?$|/(19|20)\\d{2}/(\\d{2}/)?$)");
    /** The n-th page of a listing (n > 1): never a publication. */
    private static final Pattern NUMBERED_PAGE = Pattern.compile("(?i)(/(page|pages|p)/([2-9]|\\d{2,})/?$|[?&](page|paged|pagen_\\d+)=([2-9]|\\d{2,})(&|$)|"
            + "/(page|index)-([2-9]|\\d{2,})\\.html?$)");
    /** A page about the publisher itself: who it is, its structure, its leadership, how to reach it. */
    private static final Pattern ABOUT = Pattern.compile("(?i)/(about|about-us|about-ministry|contacts?|contact-us|structure|leadership|management|"
            + "o-nas|o-ministerstve|o-kompanii|kontakty|rukovodstvo|struktura|biz-turaly|ministrlik-turaly|baylanys|bailanys|basshylyq|qurylym|"
            + "o-proekte|about-project|redaktsiya|redakciya|team|history|istoriya)(/|\\.html?|/index\\.html?)?$");
    private static final Pattern ARTICLE = Pattern.compile("(?i)(/[\\p{L}\\d]+(-[\\p{L}\\d]+){2,}(/|\\.html?|/index\\.html?)?$|"
            + "/\\d{4}/\\d{2}/(\\d{2}/)?[^/]+|/\\d{3,}[^/]*(\\.html?)?$|[?&](id|element_id|newsid|news_id|nid|item|article|post|p)=[\\w-]*\\d)");

    private UrlShape() {
    }

    public static boolean looksLikeListing(String url) {
        return LISTING.matcher(pathAndQuery(url)).find();
    }

    public static boolean looksLikeArticle(String url) {
        String path = pathAndQuery(url);
        return !LISTING.matcher(path).find() && ARTICLE.matcher(path).find();
    }

    /** The second or a later page of a listing ({@code /page/2/}, {@code index-2.html}, {@code ?PAGEN_1=3}). */
    public static boolean isNumberedPage(String url) {
        return NUMBERED_PAGE.matcher(pathAndQuery(url)).find();
    }

    /** A page about the publisher: {@code /about/}, {@code /o-ministerstve/}, {@code /contacts/}, … */
    public static boolean looksLikeAbout(String url) {
        return ABOUT.matcher(pathAndQuery(url)).find();
    }

    private static String pathAndQuery(String url) {
        try {
            URI u = URI.create(url);
            return (u.getPath() == null ? "" : u.getPath()) + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
