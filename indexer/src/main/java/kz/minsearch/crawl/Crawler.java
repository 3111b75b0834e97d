package kz.minsearch.crawl;

import kz.minsearch.enrich.Enricher;
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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * Crawls from start URLs that are listing pages, sitemaps or RSS/Atom feeds, with no per-site configuration: follows
 * the links a listing shows on its own host (pagination and articles, wherever the site publishes them), tells
 * articles from listing and navigation pages by their content, extracts, enriches and hands articles to a sink.
 * Articles unchanged since the last crawl (304, or the same content) are not indexed again.
 */
public final class Crawler {
    private static final Logger log = LoggerFactory.getLogger(Crawler.class);
    private static final Pattern NOT_A_PAGE = Pattern.compile("(?i).*\\.(jpe?g|png|gif|webp|svg|pdf|docx?|xlsx?|zip|rar|mp[34]|avi|css|js|ico|woff2?)$");

    /** @param maxDepth how many listing-to-listing steps from a start URL are followed (pagination depth) */
    public record Options(int workers, int maxDepth, int maxPages) {
        public static Options defaults() {
            return new Options(4, 30, 5000);
        }
    }

    private record Task(String url, int depth) {
    }

    private record Outcome(List<Task> discovered) {
    }

    private final Fetcher fetcher;
    private final Enricher enricher;
    private final CrawlState state;
    private final Sink sink;
    private final Options options;
    private final Map<String, PageExtractor.Hints> hintsBySite;

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
        Set<String> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(options.workers());
        CompletionService<Outcome> done = new ExecutorCompletionService<>(pool);
        int running = 0;
        int finished = 0;
        try {
            for (String url : startUrls) {
                if (seen.add(url)) {
                    submit(done, new Task(url, 0), summary);
                    running++;
                }
            }
            while (running > 0) {
                Outcome outcome = done.take().get();
                running--;
                finished++;
                for (Task next : outcome.discovered()) {
                    if (seen.size() < options.maxPages() && seen.add(next.url())) {
                        submit(done, next, summary);
                        running++;
                    }
                }
                progress.progress(finished, seen.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IOException("crawl worker failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
            try {
                sink.flush();
            } catch (IOException e) {
                summary.indexingProblem(e.getMessage());
                log.warn("event=index_deferred reason=\"{}\"", e.getMessage());
            }
            state.save();
        }
        return summary;
    }

    @FunctionalInterface
    public interface ProgressListener {
        void progress(int done, int known);
    }

    private void submit(CompletionService<Outcome> done, Task task, CrawlSummary summary) {
        done.submit(() -> visit(task, summary));
    }

    private Outcome visit(Task task, CrawlSummary summary) throws IOException {
        CrawlState.Entry before = state.get(task.url());
        boolean knownArticle = before != null && before.kind() == CrawlState.Kind.ARTICLE;
        FetchResult result = fetcher.fetch(task.url(), knownArticle ? before.etag() : null,
                knownArticle ? before.lastModified() : null);
        if (result instanceof FetchResult.Failed failed) {
            summary.error(failed);
            int failures = before == null ? 1 : before.failures() + 1;
            state.put(task.url(), new CrawlState.Entry(before != null && before.kind() != CrawlState.Kind.FAILED
                    ? before.kind() : CrawlState.Kind.FAILED, before == null ? null : before.contentHash(),
                    before == null ? null : before.etag(), before == null ? null : before.lastModified(),
                    OffsetDateTime.now().toString(), failures, failed.kind() + ": " + failed.detail()));
            log.info("event=fetch_failed url={} kind={} detail=\"{}\"", task.url(), failed.kind(), failed.detail());
            return new Outcome(List.of());
        }
        summary.fetched.incrementAndGet();
        if (result instanceof FetchResult.NotModified) {
            summary.articlesUnchanged.incrementAndGet();
            return new Outcome(List.of());
        }
        FetchResult.Fetched page = (FetchResult.Fetched) result;
        Document doc = page.isXml() && !page.isHtml()
                ? Jsoup.parse(new ByteArrayInputStream(page.body()), null, page.url(), Parser.xmlParser())
                : Jsoup.parse(new ByteArrayInputStream(page.body()), page.charset() == null ? null : page.charset().name(), page.url());
        if (doc.selectFirst("urlset, sitemapindex, rss, feed, channel") != null && doc.selectFirst("html") == null) {
            summary.feeds.incrementAndGet();
            remember(task.url(), CrawlState.Kind.FEED, null, page);
            return new Outcome(feedLinks(doc, page.url()).stream().map(u -> new Task(u, task.depth())).toList());
        }
        String site = Site.of(page.url());
        PageExtractor.Page extracted = PageExtractor.extract(doc, page.url(), site, hintsBySite.getOrDefault(site, PageExtractor.Hints.NONE));
        if (extracted.kind() == PageExtractor.Kind.LISTING) {
            summary.listings.incrementAndGet();
            remember(task.url(), CrawlState.Kind.LISTING, null, page);
            if (task.depth() >= options.maxDepth()) {
                return new Outcome(List.of());
            }
            List<Task> next = new ArrayList<>();
            for (String link : extracted.links()) {
                if (followable(link, page.url())) {
                    next.add(new Task(link, task.depth() + 1));
                }
            }
            return new Outcome(next);
        }
        Publication publication = enricher.enrich(extracted.article());
        deliver(task.url(), publication, before, summary);
        remember(task.url(), CrawlState.Kind.ARTICLE, publication.contentHash(), page);
        return new Outcome(List.of());
    }

    /** Hands a publication to the sink unless the last crawl saw the same content; counts it either way. */
    private void deliver(String url, Publication publication, CrawlState.Entry before, CrawlSummary summary) {
        if (before != null && publication.contentHash().equals(before.contentHash())) {
            summary.articlesUnchanged.incrementAndGet();
            return;
        }
        (before != null && before.kind() == CrawlState.Kind.ARTICLE ? summary.articlesChanged : summary.articlesNew).incrementAndGet();
        try {
            sink.accept(publication);
        } catch (IOException e) {
            summary.indexingProblem(e.getMessage());
        }
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
                        OffsetDateTime.now().toString(), 0, null));
            }
        } finally {
            try {
                sink.flush();
            } catch (IOException e) {
                summary.indexingProblem(e.getMessage());
            }
            state.save();
        }
        return summary;
    }

    private void remember(String url, CrawlState.Kind kind, String hash, FetchResult.Fetched page) {
        state.put(url, new CrawlState.Entry(kind, hash, page.etag(), page.lastModified(), OffsetDateTime.now().toString(), 0, null));
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

    private static boolean followable(String link, String from) {
        try {
            URI to = URI.create(link);
            URI at = URI.create(from);
            return Site.same(to, at) && ("http".equals(to.getScheme()) || "https".equals(to.getScheme()))
                    && !NOT_A_PAGE.matcher(to.getPath() == null ? "" : to.getPath()).matches();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
