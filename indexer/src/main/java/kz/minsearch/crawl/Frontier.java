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
 * calendars (years far from now), repeated path segments, very long URLs, sort and filter permutations, and query
 * variants of one path that keep holding what was seen. A path's query variants are judged by what they hold: a record
 * key ({@code detail.php?ID=48113}, {@code show.php?id=}, {@code index.php?newsid=}: one script serving every item, as
 * 1C-Bitrix and its kin do) is as many pages as there are items; a print version ({@code &print=Y}) is the page
 * itself. Used from the crawl's coordinating thread only.
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
    private static final Pattern PAGINATION_PARAM = Pattern.compile("(?i)^(page|p|paged|pg|offset|start|from|skip|limit|size|per_page|cursor|before|after|"
            + "pagen_\\d+|page_\\d+|curpage|cur_page|pagenum|page_num|pn)$");
    /** Another rendering of the same page: dropped, so that a print version is the page it prints. */
    private static final Pattern ALTERNATE_PARAM = Pattern.compile("(?i)^(print|print_version|printable|printer|printmode|print_mode)$");
    private static final Pattern ALTERNATE_VALUE = Pattern.compile("(?i)^(view|format|type|mode|version|output)=(print|printable)$");
    /** Orderings and filters of a listing: their combinations never end and hold nothing new. */
    private static final Pattern ORDER_PARAM = Pattern.compile("(?i)^(sort|sort_by|sortby|order|orderby|order_by|by|dir|direction|asc|desc|"
            + "view|display|show|showall_\\d+|filter|set_filter|del_filter|arrfilter.*|f|mode|layout|tab)$");
    /** A search's words: every query a new address, none of them a record. */
    private static final Pattern SEARCH_PARAM = Pattern.compile("(?i)^(q|query|search|s|text|keyword|keywords|term|terms|tag|tags|how|where)$");
    /** A value that names one record: a number, or a short code of letters and digits with at least one digit. */
    private static final Pattern RECORD_VALUE = Pattern.compile("^(\\d{1,12}|(?=[\\w-]*\\d)[\\w-]{1,40})$");
    private static final Pattern PAGINATION_PATH = Pattern.compile("(?i)(/(page|p)/\\d+/?$|[-_/]page[-_]?\\d+(\\.html?)?$)");
    /**
     * A year with its month, in a path or a query value: where calendars lead. A four-digit number alone is an id as
     * often as a year ({@code /releases/5611/}).
     */
    private static final Pattern CALENDAR = Pattern.compile("(?:^|[/=&])(\\d{4})[-/](0?[1-9]|1[0-2])(?=$|[/&-])");
    private static final Pattern SESSION_IN_PATH = Pattern.compile("(?i);(jsessionid|sid|phpsessid)=[^/?]*");
    private static final int MAX_URL = 400;
    private static final int MAX_SEGMENTS = 12;
    private static final int MAX_QUERY_VARIANTS = 25;
    private static final int MAX_ORDER_VARIANTS = 3;
    /** Variants of one path fetched before what they hold is judged, and the share of repeats that stops the path. */
    private static final int JUDGED_AFTER = 8;
    private static final double REPEATS_TO_STOP = 0.75;
    private static final int MAX_PAGINATION_VARIANTS = 2000;

    private final BasicURLNormalizer normalizer = new BasicURLNormalizer();
    private final Set<String> sites = new HashSet<>();
    private final Set<String> seen = new HashSet<>();
    private final Map<String, Integer> perSite = new HashMap<>();
    private final Map<String, Integer> queryVariants = new HashMap<>();
    /** For each path's query variants: how many were fetched, and how many of them held what another page had. */
    private final Map<String, int[]> held = new HashMap<>();
    private final Set<String> contents = new HashSet<>();
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
                String name = pair.split("=", 2)[0];
                if (!pair.isEmpty() && !TRACKING.matcher(name).matches() && !ALTERNATE_PARAM.matcher(name).matches()
                        && !ALTERNATE_VALUE.matcher(pair).matches()) {
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
            String key = variantsOf(url);
            int[] h = held.get(key);
            if (h != null && h[0] >= JUDGED_AFTER && h[1] >= REPEATS_TO_STOP * h[0]) {
                return true; // the same content under ever more addresses
            }
            return queryVariants.merge(key, 1, Integer::sum) > limit(u.getRawQuery());
        }
        return false;
    }

    /** How many query variants of one path may be taken, by what their parameters are. */
    private static int limit(String query) {
        boolean ordering = false;
        boolean record = false;
        boolean other = false;
        for (String pair : query.split("&")) {
            String[] nv = pair.split("=", 2);
            if (ORDER_PARAM.matcher(nv[0]).matches()) {
                ordering = true;
            } else if (nv.length == 2 && RECORD_VALUE.matcher(nv[1]).matches() && !PAGINATION_PARAM.matcher(nv[0]).matches()
                    && !SEARCH_PARAM.matcher(nv[0]).matches()) {
                record = true;
            } else if (!PAGINATION_PARAM.matcher(nv[0]).matches()) {
                other = true;
            }
        }
        if (ordering) {
            return MAX_ORDER_VARIANTS;
        }
        return other ? MAX_QUERY_VARIANTS : MAX_PAGINATION_VARIANTS; // pages of a listing, or one script's records
    }

    /** The family a URL's query variants make: its site, path and parameter names. */
    private static String variantsOf(String url) {
        URI u = URI.create(url);
        Set<String> names = new TreeSet<>();
        for (String pair : u.getRawQuery().split("&")) {
            names.add(pair.split("=", 2)[0]);
        }
        return Site.of(url) + u.getPath() + "?" + names;
    }

    /**
     * What a fetched page held, as a key of its content (an article's text hash, a listing's set of links): once a
     * path's query variants have mostly held what other pages held, that path takes no more.
     */
    public void held(String url, String contentKey) {
        if (contentKey == null || url.indexOf('?') < 0) {
            return;
        }
        String normal = normalize(url);
        if (normal == null || URI.create(normal).getRawQuery() == null) {
            return;
        }
        int[] h = held.computeIfAbsent(variantsOf(normal), k -> new int[2]);
        h[0]++;
        if (!contents.add(Site.of(normal) + " " + contentKey)) {
            h[1]++;
        }
    }
}
