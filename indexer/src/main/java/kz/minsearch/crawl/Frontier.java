package kz.minsearch.crawl;

import crawlercommons.filters.basic.BasicURLNormalizer;
import kz.minsearch.extract.UrlShape;
import kz.minsearch.fetch.Site;

import java.net.URI;
import java.time.Year;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the crawler fetches next, and what it never fetches. URLs are normalized (crawler-commons'
 * {@link BasicURLNormalizer}, tracking and session parameters dropped) and taken once; the order is by priority —
 * feeds and sitemaps, then pagination and the articles a listing's cards lead to, then article-like URLs, then the
 * rest — each site within its page budget and depth limit. Trap guards refuse what would never end: endless
 * calendars (years far from now), repeated path segments, very long URLs, and many query-string variants of one path.
 * Used from the crawl's coordinating thread only.
 */
public final class Frontier {
    public enum Priority { DISCOVERY, NEXT_PAGE_OR_CARD, ARTICLE_LIKE, OTHER }

    /**
     * @param guessed  a URL the crawler guessed (like {@code /sitemap.xml}): its absence is no error
     * @param fromCard a listing's cards led here
     */
    public record Task(String url, int depth, Priority priority, boolean fromCard, boolean guessed) {
    }

    private static final Pattern TRACKING = Pattern.compile("(?i)^(utm_[a-z_]+|fbclid|gclid|yclid|dclid|msclkid|mc_cid|mc_eid|"
            + "_ga|_gl|igshid|ref_src|cmpid|jsessionid|phpsessid|sid|sessionid|session_id|aspsessionid\\w*)$");
    private static final Pattern NOT_A_PAGE = Pattern.compile("(?i).*\\.(jpe?g|png|gif|webp|svg|pdf|docx?|xlsx?|pptx?|zip|rar|"
            + "7z|gz|mp[34]|avi|mov|webm|css|js|ico|woff2?|ttf|eot|txt)$");
    private static final Pattern PAGINATION_PARAM = Pattern.compile("(?i)^(page|p|paged|pg|offset|start|from|skip|limit|size|per_page|cursor|before|after)$");
    private static final Pattern PAGINATION_PATH = Pattern.compile("(?i)(/(page|p)/\\d+/?$|[-_/]page[-_]?\\d+(\\.html?)?$)");
    /** A path segment or query value that is a year or a date: where calendars lead. */
    private static final Pattern CALENDAR = Pattern.compile("(?:^|[/=&])(\\d{4})(?:-\\d{1,2}(?:-\\d{1,2})?)?(?=$|[/&])");
    private static final Pattern SESSION_IN_PATH = Pattern.compile("(?i);(jsessionid|sid|phpsessid)=[^/?]*");
    private static final int MAX_URL = 400;
    private static final int MAX_SEGMENTS = 12;
    private static final int MAX_QUERY_VARIANTS = 25;
    private static final int MAX_PAGINATION_VARIANTS = 2000;

    private final BasicURLNormalizer normalizer = new BasicURLNormalizer();
    private final Set<String> sites = new HashSet<>();
    private final Set<String> seen = new HashSet<>();
    private final Map<String, Integer> perSite = new HashMap<>();
    private final Map<String, Integer> queryVariants = new HashMap<>();
    private final PriorityQueue<Queued> queue = new PriorityQueue<>();
    private final int maxDepth;
    private final int pagesPerSite;
    private final int latestYear = Year.now().getValue() + 1;
    private long sequence;
    private int refused;

    private record Queued(Task task, long sequence) implements Comparable<Queued> {
        @Override
        public int compareTo(Queued o) {
            int c = task.priority().compareTo(o.task.priority());
            if (c == 0) {
                c = Integer.compare(task.depth(), o.task.depth());
            }
            return c != 0 ? c : Long.compare(sequence, o.sequence);
        }
    }

    public Frontier(int maxDepth, int pagesPerSite) {
        this.maxDepth = maxDepth;
        this.pagesPerSite = pagesPerSite;
    }

    /** A start URL: its site becomes one the crawl may visit. */
    public boolean start(String url) {
        String normal = normalize(url);
        if (normal == null) {
            return false;
        }
        sites.add(Site.of(normal));
        return offer(new Task(normal, 0, Priority.DISCOVERY, false, false));
    }

    /** Queues a URL unless it was seen, leaves the start sites, is a trap, or its site's budget is spent. */
    public boolean offer(Task task) {
        String normal = normalize(task.url());
        if (normal == null || !sites.contains(Site.of(normal)) || task.depth() > maxDepth || trap(normal)) {
            refused++;
            return false;
        }
        if (!seen.add(normal)) {
            return false;
        }
        String site = Site.of(normal);
        if (perSite.merge(site, 1, Integer::sum) > pagesPerSite) {
            refused++;
            return false;
        }
        queue.add(new Queued(new Task(normal, task.depth(), task.priority(), task.fromCard(), task.guessed()), sequence++));
        return true;
    }

    /** Marks a URL as taken without fetching it (a page's canonical URL, met under another address). */
    public void alsoSeen(String url) {
        String normal = normalize(url);
        if (normal != null) {
            seen.add(normal);
        }
    }

    public Task next() {
        Queued q = queue.poll();
        return q == null ? null : q.task();
    }

    public boolean isEmpty() {
        return queue.isEmpty();
    }

    public int known() {
        return seen.size();
    }

    /** URLs refused as traps, off-site, too deep or over budget. */
    public int refused() {
        return refused;
    }

    /** The priority a link deserves from what it looks like and where it was found. */
    public static Priority priorityOf(String url, boolean fromCard, boolean nextPage) {
        if (nextPage || fromCard || PAGINATION_PATH.matcher(url).find() || hasPaginationParam(url)) {
            return Priority.NEXT_PAGE_OR_CARD;
        }
        return UrlShape.looksLikeArticle(url) ? Priority.ARTICLE_LIKE : Priority.OTHER;
    }

    private static boolean hasPaginationParam(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return false;
        }
        for (String pair : url.substring(q + 1).split("&")) {
            if (PAGINATION_PARAM.matcher(pair.split("=", 2)[0]).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The URL in its one normal form, or null when it is not a web page address. */
    public String normalize(String url) {
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            return null;
        }
        String stripped = SESSION_IN_PATH.matcher(url).replaceAll("");
        int q = stripped.indexOf('?');
        if (q >= 0) {
            int hash = stripped.indexOf('#', q);
            String query = hash < 0 ? stripped.substring(q + 1) : stripped.substring(q + 1, hash);
            StringBuilder kept = new StringBuilder();
            for (String pair : query.split("&")) {
                if (!pair.isEmpty() && !TRACKING.matcher(pair.split("=", 2)[0]).matches()) {
                    kept.append(kept.isEmpty() ? "" : "&").append(pair);
                }
            }
            stripped = stripped.substring(0, q) + (kept.isEmpty() ? "" : "?" + kept);
        }
        String normal = normalizer.filter(stripped);
        if (normal == null) {
            return null;
        }
        try {
            URI u = URI.create(normal);
            if (u.getHost() == null || NOT_A_PAGE.matcher(u.getPath() == null ? "" : u.getPath()).matches()) {
                return null;
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return normal;
    }

    private boolean trap(String url) {
        if (url.length() > MAX_URL) {
            return true;
        }
        URI u = URI.create(url);
        String path = u.getPath() == null ? "" : u.getPath();
        String[] segments = path.split("/");
        if (segments.length > MAX_SEGMENTS) {
            return true;
        }
        Map<String, Integer> repeats = new HashMap<>();
        for (String segment : segments) {
            if (!segment.isEmpty() && repeats.merge(segment, 1, Integer::sum) >= 3) {
                return true;
            }
        }
        Matcher year = CALENDAR.matcher(path + (u.getRawQuery() == null ? "" : "&" + u.getRawQuery()));
        while (year.find()) {
            int y = Integer.parseInt(year.group(1));
            if (y > latestYear || y >= 1900 && y < 1990) {
                return true; // a calendar that runs into the future or the far past
            }
        }
        if (u.getRawQuery() != null) {
            Set<String> names = new TreeSet<>();
            boolean onlyPagination = true;
            for (String pair : u.getRawQuery().split("&")) {
                String name = pair.split("=", 2)[0];
                names.add(name);
                onlyPagination &= PAGINATION_PARAM.matcher(name).matches();
            }
            String key = Site.of(url) + path + "?" + names;
            int limit = onlyPagination ? MAX_PAGINATION_VARIANTS : MAX_QUERY_VARIANTS;
            return queryVariants.merge(key, 1, Integer::sum) > limit;
        }
        return false;
    }
}
