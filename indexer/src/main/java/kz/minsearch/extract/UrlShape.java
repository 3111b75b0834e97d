package kz.minsearch.extract;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * What a URL's shape says of the page behind it, on the conventions news sites share: listings at section roots,
 * {@code /page/N}, {@code ?page=N} and date archives; articles at slugs of several words, numeric ids and dated paths.
 * Weak evidence only: the page's content decides.
 */
public final class UrlShape {
    private static final Pattern LISTING = Pattern.compile("(?i)(^/?$|/(page|pages|p)/\\d+/?$|[?&](page|p|paged|offset|start)=\\d+|"
            + "/(news|novosti|zhanalyqtar|jangalyqtar|articles?|blog|category|categories|tag|tags|topics?|archive|arhiv|section|"
            + "rubric|press|press-releases?|events|media|search|kk|ru|en)/?$|^/index\\.html?$|/(page-\\d+|list)\\.html?$|/(19|20)\\d{2}/(\\d{2}/)?$)");
    private static final Pattern ARTICLE = Pattern.compile("(?i)(/[\\p{L}\\d]+(-[\\p{L}\\d]+){2,}(/|\\.html?|/index\\.html?)?$|"
            + "/\\d{4}/\\d{2}/(\\d{2}/)?[^/]+|/\\d{3,}[^/]*(\\.html?)?$|[?&]id=\\d+)");

    private UrlShape() {
    }

    public static boolean looksLikeListing(String url) {
        return LISTING.matcher(pathAndQuery(url)).find();
    }

    public static boolean looksLikeArticle(String url) {
        String path = pathAndQuery(url);
        return !LISTING.matcher(path).find() && ARTICLE.matcher(path).find();
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
