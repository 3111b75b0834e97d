package kz.minsearch.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.minsearch.enrich.Enricher;
import kz.minsearch.extract.PageClassifier;
import kz.minsearch.extract.PageExtractor;
import kz.minsearch.fetch.FetchResult;
import kz.minsearch.fetch.Fetcher;
import kz.minsearch.fetch.Site;
import kz.minsearch.index.Publication;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Crawls from start URLs (listing pages, home pages, sitemaps or RSS/Atom feeds) with no per-site configuration. Every
 * fetched page yields its same-site links, whatever it is: discovery never rests on one page's classification.
 * Whether a page is indexed is a separate decision ({@link PageClassifier}), recorded with the signals that made it.
 * Each site's robots.txt sitemaps and {@code /sitemap.xml} are read, and the {@link Frontier} orders the rest.
 * Articles unchanged since the last crawl (304, or the same content) are not indexed again; the same content under a
 * second URL (print, AMP and tracking variants) is indexed once.
 */
public final class Crawler {
    private static final Logger log = LoggerFactory.getLogger(Crawler.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** At most this many pages, or this long, between two checkpoints of the crawl state: what a kill costs again. */
    private static final int CHECKPOINT_PAGES = 100;
    private static final long CHECKPOINT_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(5);

    /**
     * @param maxDepth     how many links from a start URL are followed at most
     * @param pagesPerSite how many pages of one site a crawl takes at most
     */
    public record Options(int workers, int maxDepth, int pagesPerSite) {
        public static Options defaults() {
            return new Options(4, 50, 5000);
        }
    }

    /**
     * @param url        the page visited
     * @param contentKey what it held (its text's hash, a listing's links), to tell traps; null when unknown
     */
    private record Outcome(List<Frontier.Task> discovered, List<String> alsoSeen, String url, String contentKey) {
        static final Outcome NOTHING = new Outcome(List.of(), List.of(), null, null);

        Outcome(List<Frontier.Task> discovered, List<String> alsoSeen) {
            this(discovered, alsoSeen, null, null);
        }

        Outcome holding(String visited, String key) {
            return new Outcome(discovered, alsoSeen, visited, key);
        }
    }

    private final Fetcher fetcher;
    private final Enricher enricher;
    private final CrawlState state;
    private final Sink sink;
    private final Options options;
    private final Map<String, PageExtractor.Hints> hintsBySite;
    private final Map<String, String> delivered = new ConcurrentHashMap<>();

    public Crawler(Fetcher fetcher, Enricher enricher, CrawlState state, Sink sink, Options options) {
        this(fetcher, enricher, state, sink, options, Map.of());
    }

    /** @param hintsBySite optional selectors from the sources file, by {@link Site#of site} */
    public Crawler(Fetcher fetcher, Enricher enricher, CrawlState state, Sink sink, Options options,
                   Map<String, PageExtractor.Hints> hintsBySite) {
        this.fetcher = fetcher;
        this.enricher = enricher;
        this.state = state;
        this.sink = sink;
        this.options = options;
        this.hintsBySite = hintsBySite;
    }

    /** Crawls; {@code progress} hears (done, known) after each page. */
    public CrawlSummary crawl(List<String> startUrls, ProgressListener progress) throws IOException {
        CrawlSummary summary = new CrawlSummary();
        Frontier frontier = new Frontier(options.maxDepth(), options.pagesPerSite());
        Set<String> bases = new LinkedHashSet<>();
        for (String url : startUrls) {
            if (frontier.start(url)) {
                URI u = URI.create(frontier.normalize(url));
                bases.add(u.getScheme() + "://" + u.getRawAuthority());
            } else {
                log.info("event=start_url_refused url={}", url);
            }
        }
        for (String base : bases) {
            for (String sitemap : fetcher.sitemaps(base + "/")) {
                frontier.offer(new Frontier.Task(sitemap, 0, Frontier.Priority.DISCOVERY, false, false));
            }
            frontier.offer(new Frontier.Task(base + "/sitemap.xml", 0, Frontier.Priority.DISCOVERY, false, true));
        }
        ExecutorService pool = Executors.newFixedThreadPool(options.workers());
        CompletionService<Outcome> done = new ExecutorCompletionService<>(pool);
        int running = 0;
        int finished = 0;
        int sinceCheckpoint = 0;
        long lastCheckpoint = System.nanoTime();
        try {
            while (true) {
                while (running < options.workers() && !frontier.isEmpty()) {
                    Frontier.Task task = frontier.next();
                    done.submit(() -> visit(task, summary));
                    running++;
                }
                if (running == 0) {
                    break;
                }
                Outcome outcome = done.take().get();
                running--;
                finished++;
                outcome.alsoSeen().forEach(frontier::alsoSeen);
                if (outcome.url() != null) {
                    frontier.held(outcome.url(), outcome.contentKey());
                }
                outcome.discovered().forEach(frontier::offer);
                progress.progress(finished, frontier.known());
                if (++sinceCheckpoint >= CHECKPOINT_PAGES || System.nanoTime() - lastCheckpoint >= CHECKPOINT_NANOS) {
                    checkpoint(summary);
                    sinceCheckpoint = 0;
                    lastCheckpoint = System.nanoTime();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IOException("crawl worker failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
            summary.refused.set(frontier.refused());
            checkpoint(summary);
        }
        return summary;
    }

    /** What was delivered so far is flushed, then recorded: a crawl killed after this point fetches none of it again. */
    private void checkpoint(CrawlSummary summary) throws IOException {
        try {
            state.save(sink);
        } catch (IOException e) {
            summary.indexingProblem(e.getMessage());
            log.warn("event=index_deferred reason=\"{}\"", e.getMessage());
        }
    }

    @FunctionalInterface
    public interface ProgressListener {
        void progress(int done, int known);
    }

    private Outcome visit(Frontier.Task task, CrawlSummary summary) throws IOException {
        CrawlState.Entry before = state.get(task.url());
        Instant now = Instant.now();
        if (before != null && task.depth() > 0 && !before.dueAt(now)) {
            summary.notDue.incrementAndGet();
            return Outcome.NOTHING;
        }
        boolean knownArticle = before != null && before.kind() == CrawlState.Kind.ARTICLE;
        FetchResult result = fetcher.fetch(task.url(), knownArticle ? before.etag() : null,
                knownArticle ? before.lastModified() : null);
        if (result instanceof FetchResult.Failed failed) {
            if (task.guessed()) {
                return Outcome.NOTHING; // a sitemap we only guessed at: its absence is no error
            }
            summary.error(failed);
            int failures = before == null ? 1 : before.failures() + 1;
            state.put(task.url(), new CrawlState.Entry(before != null && before.kind() != CrawlState.Kind.FAILED
                    ? before.kind() : CrawlState.Kind.FAILED, before == null ? null : before.contentHash(),
                    before == null ? null : before.etag(), before == null ? null : before.lastModified(),
                    now.toString(), failures, failed.kind() + ": " + failed.detail(),
                    before == null ? null : before.signals(), Revisit.afterFailure(failures, now)));
            log.info("event=fetch_failed url={} kind={} detail=\"{}\"", task.url(), failed.kind(), failed.detail());
            return Outcome.NOTHING;
        }
        summary.fetched.incrementAndGet();
        if (result instanceof FetchResult.NotModified) {
            summary.articlesUnchanged.incrementAndGet();
            state.put(task.url(), new CrawlState.Entry(before.kind(), before.contentHash(), before.etag(), before.lastModified(),
                    now.toString(), 0, null, before.signals(), Revisit.next(before.kind(), before, false, now)));
            return Outcome.NOTHING;
        }
        FetchResult.Fetched page = (FetchResult.Fetched) result;
        if (page.isJson()) {
            summary.feeds.incrementAndGet();
            remember(task.url(), CrawlState.Kind.FEED, null, page, null, before, false);
            return new Outcome(follow(jsonLinks(page), task, Set.of(), Set.of()), List.of());
        }
        Document doc = page.isXml() && !page.isHtml()
                ? Jsoup.parse(new ByteArrayInputStream(page.body()), null, page.url(), Parser.xmlParser())
                : Jsoup.parse(new ByteArrayInputStream(page.body()), page.charset() == null ? null : page.charset().name(), page.url());
        if (doc.selectFirst("urlset, sitemapindex, rss, feed, channel") != null && doc.selectFirst("html") == null) {
            summary.feeds.incrementAndGet();
            remember(task.url(), CrawlState.Kind.FEED, null, page, null, before, false);
            boolean index = doc.selectFirst("sitemapindex") != null;
            return new Outcome(feedLinks(doc, page.url()).stream().map(u -> new Frontier.Task(u, task.depth() + 1,
                    index ? Frontier.Priority.DISCOVERY : Frontier.priorityOf(u, false, false), false, false)).toList(), List.of());
        }
        String site = Site.of(page.url());
        PageExtractor.Page extracted = PageExtractor.extract(doc, page.url(), site,
                hintsBySite.getOrDefault(site, PageExtractor.Hints.NONE), task.fromCard());
        List<String> alsoSeen = extracted.canonicalUrl().equals(task.url()) ? List.of() : List.of(extracted.canonicalUrl());
        Set<String> nextPages = new HashSet<>();
        for (Element rel : doc.select("link[rel=next][href], a[rel=next][href]")) {
            nextPages.add(rel.absUrl("href"));
        }
        Outcome outcome = new Outcome(follow(extracted.links(), task, new HashSet<>(extracted.cardLinks()), nextPages), alsoSeen);
        String signals = String.join(" ", extracted.signals());
        summary.decided(extracted.kind().name().toLowerCase(java.util.Locale.ROOT), extracted.signals());
        if (!extracted.isArticle()) {
            boolean listing = extracted.kind() == PageClassifier.Kind.LISTING;
            (listing ? summary.listings : summary.other).incrementAndGet();
            remember(task.url(), listing ? CrawlState.Kind.LISTING : CrawlState.Kind.OTHER, null, page, signals, before, false);
            log.debug("event=page_kind url={} kind={} signals=\"{}\"", task.url(), extracted.kind(), signals);
            // a listing sorted or filtered another way links the same items: its set of links is what it holds
            return outcome.holding(task.url(), listing ? String.valueOf(new java.util.TreeSet<>(extracted.cardLinks()).hashCode())
                    : String.valueOf(extracted.article().body().hashCode()));
        }
        Publication publication = enricher.enrich(extracted.article());
        // one site's print, AMP and tracking variants are one publication; another publisher's copy is a retelling
        String first = delivered.putIfAbsent(site + " " + publication.contentHash(), task.url());
        if (first == null) {
            first = state.articleWithHash(site, publication.contentHash(), task.url()).orElse(null);
        }
        if (first != null && !first.equals(task.url()) && !first.equals(extracted.canonicalUrl())) {
            summary.duplicates.incrementAndGet();
            log.info("event=duplicate url={} same_as={}", task.url(), first);
            remember(task.url(), CrawlState.Kind.DUPLICATE, publication.contentHash(), page, signals + " same-as=" + first,
                    before, false);
            return outcome.holding(task.url(), publication.contentHash());
        }
        if (extracted.siteName() != null) {
            sink.sourceNamed(site, extracted.siteName());
        }
        boolean changed = deliver(task.url(), publication, before, summary);
        remember(task.url(), CrawlState.Kind.ARTICLE, publication.contentHash(), page, signals, before, changed);
        log.debug("event=page_kind url={} kind=ARTICLE signals=\"{}\"", task.url(), signals);
        return outcome.holding(task.url(), publication.contentHash());
    }

    /** Links as tasks one step deeper, each with the priority its shape and place deserve. */
    private static List<Frontier.Task> follow(List<String> links, Frontier.Task from, Set<String> cardLinks, Set<String> nextPages) {
        List<Frontier.Task> out = new ArrayList<>(links.size());
        for (String link : links) {
            boolean card = cardLinks.contains(link);
            out.add(new Frontier.Task(link, from.depth() + 1, Frontier.priorityOf(link, card, nextPages.contains(link)), card, false));
        }
        return out;
    }

    /** URLs in a JSON answer (a "load more" endpoint): every string that is an absolute URL or a root-relative path. */
    static List<String> jsonLinks(FetchResult.Fetched page) {
        List<String> out = new ArrayList<>();
        try {
            collectUrls(JSON.readTree(page.body()), URI.create(page.url()), out);
        } catch (IOException | IllegalArgumentException e) {
            log.info("event=bad_json url={} detail=\"{}\"", page.url(), e.getMessage());
        }
        return out;
    }

    private static void collectUrls(JsonNode node, URI base, List<String> out) {
        if (node.isTextual()) {
            String v = node.asText().strip();
            if (v.matches("(?i)https?://\\S+|/[^\\s/][^\\s]*|\\?[^\\s]+=[^\\s]*")) {
                try {
                    out.add(base.resolve(v).toString());
                } catch (IllegalArgumentException e) {
                    // not a URL after all
                }
            }
        }
        node.forEach(child -> collectUrls(child, base, out));
    }

    /**
     * Hands a publication to the sink unless the last crawl saw the same content; counts it either way.
     * @return whether it was new or changed
     */
    private boolean deliver(String url, Publication publication, CrawlState.Entry before, CrawlSummary summary) {
        if (before != null && publication.contentHash().equals(before.contentHash())) {
            summary.articlesUnchanged.incrementAndGet();
            return false;
        }
        (before != null && before.kind() == CrawlState.Kind.ARTICLE ? summary.articlesChanged : summary.articlesNew).incrementAndGet();
        try {
            sink.accept(publication);
        } catch (IOException e) {
            summary.indexingProblem(e.getMessage());
        }
        return true;
    }

    /** Releases from a JSON source (gov.kz): no pages to fetch, the same bookkeeping. */
    public CrawlSummary index(List<GovKzSource.Release> releases) throws IOException {
        CrawlSummary summary = new CrawlSummary();
        try {
            for (GovKzSource.Release r : releases) {
                CrawlState.Entry before = state.get(r.article().url());
                Publication publication = enricher.enrich(r.article());
                deliver(r.article().url(), publication, before, summary);
                state.put(r.article().url(), new CrawlState.Entry(CrawlState.Kind.ARTICLE, publication.contentHash(), null, null,
                        Instant.now().toString(), 0, null, "json-source", null));
            }
        } finally {
            checkpoint(summary);
        }
        return summary;
    }

    /** A page fetched: what it was, its validators, and when it is due again ({@link Revisit}) after {@code before}. */
    private void remember(String url, CrawlState.Kind kind, String hash, FetchResult.Fetched page, String signals,
                          CrawlState.Entry before, boolean changed) {
        Instant now = Instant.now();
        state.put(url, new CrawlState.Entry(kind, hash, page.etag(), page.lastModified(), now.toString(), 0,
                null, signals, Revisit.next(kind, before, changed, now)));
    }

    /** Links of a sitemap (urlset or index) or of an RSS/Atom feed, resolved against the feed's URL. */
    static List<String> feedLinks(Document xml, String base) {
        List<String> out = new ArrayList<>();
        for (Element loc : xml.select("url > loc, sitemap > loc, item > link, entry > link")) {
            String href = loc.hasAttr("href") ? loc.attr("href") : loc.text();
            if (!href.isBlank()) {
                try {
                    out.add(URI.create(base).resolve(href.strip()).toString());
                } catch (IllegalArgumentException e) {
                    log.info("event=bad_feed_link base={} link=\"{}\"", base, href);
                }
            }
        }
        return out;
    }
}
