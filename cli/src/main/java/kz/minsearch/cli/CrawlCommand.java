package kz.minsearch.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import kz.minsearch.crawl.CrawlState;
import kz.minsearch.crawl.CrawlSummary;
import kz.minsearch.crawl.Crawler;
import kz.minsearch.crawl.GovKzSource;
import kz.minsearch.crawl.IndexSink;
import kz.minsearch.crawl.IndexedCrawlStore;
import kz.minsearch.crawl.Share;
import kz.minsearch.crawl.Sources;
import kz.minsearch.index.SourceNames;
import kz.minsearch.enrich.Enricher;
import kz.minsearch.enrich.Language;
import kz.minsearch.enrich.Registry;
import kz.minsearch.extract.PageExtractor;
import kz.minsearch.fetch.FetchOptions;
import kz.minsearch.fetch.Fetcher;
import kz.minsearch.fetch.Site;
import kz.minsearch.index.LinkPass;
import kz.minsearch.index.PublicationIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "crawl", description = "Crawl listing pages, sitemaps or RSS/Atom feeds (or the sources of a sources "
        + "file) and index the articles found. Re-crawls fetch listings and only new or changed articles.")
final class CrawlCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "URL", description = "listing pages, sitemap.xml or feeds")
    List<String> urls = new ArrayList<>();

    @Option(names = "--sources", description = "a sources file (see sources.yml)")
    Path sourcesFile;

    @Option(names = "--source", description = "only this source of the sources file (repeatable)")
    List<String> only = new ArrayList<>();

    @Option(names = "--workers", defaultValue = "4", description = "pages fetched at once (default ${DEFAULT-VALUE})")
    int workers;

    @Option(names = "--delay-ms", defaultValue = "250", description = "least time between two requests to one host (default ${DEFAULT-VALUE})")
    long delayMs;

    @Option(names = "--max-depth", defaultValue = "50", description = "links followed from a start URL at most (default ${DEFAULT-VALUE})")
    int maxDepth;

    @Option(names = "--pages-per-site", defaultValue = "5000", description = "pages of one site a crawl takes at most (default ${DEFAULT-VALUE})")
    int pagesPerSite;

    @Option(names = "--share", defaultValue = "${env:MINSEARCH_CRAWL_SHARE:-1/1}", converter = ShareConverter.class,
            description = "K/N: this is one of N indexer processes sharing one cluster; it crawls the sites whose hash "
                    + "falls to K (default ${DEFAULT-VALUE}, or MINSEARCH_CRAWL_SHARE)")
    Share share = Share.ALL;

    static final class ShareConverter implements picocli.CommandLine.ITypeConverter<Share> {
        @Override
        public Share convert(String value) {
            return Share.parse(value);
        }
    }

    @Override
    public Integer call() throws Exception {
        Environment env = Environment.current();
        try (ElasticsearchClient client = env.elasticsearch().client()) {
            return crawlOnce(env, client, sources(urls, sourcesFile, only), options(), Duration.ofMillis(delayMs), share) ? 3 : 0;
        }
    }

    Crawler.Options options() {
        return new Crawler.Options(workers, maxDepth, pagesPerSite);
    }

    /** The start URLs given on the command line as one web source, then the sources file's (all, or those named). */
    static List<Sources.Source> sources(List<String> urls, Path sourcesFile, List<String> only) throws java.io.IOException {
        if (urls.isEmpty() && sourcesFile == null) {
            throw new CliException("give start URLs or --sources FILE");
        }
        List<Sources.Source> all = new ArrayList<>();
        if (!urls.isEmpty()) {
            all.add(new Sources.Source("command-line", null, null, "web", urls, null, null, null, null, null, null));
        }
        if (sourcesFile != null) {
            for (Sources.Source source : Sources.read(sourcesFile).sources()) {
                if (only.isEmpty() || only.contains(source.id())) {
                    all.add(source);
                }
            }
        }
        return all;
    }

    /** Crawls the sources once; true when something waits for Elasticsearch. */
    static boolean crawlOnce(Environment env, ElasticsearchClient client, List<Sources.Source> sources,
                             Crawler.Options options, Duration hostDelay, Share share) throws Exception {
        boolean deferred = false;
        Registry registry = env.registry().withMinistrySources(Sources.ministryHosts(sources));
        nameSources(client, sources);
        List<String> starts = new ArrayList<>();
        Map<String, PageExtractor.Hints> hints = new HashMap<>();
        for (Sources.Source source : sources) {
            if (source.isGovKz()) {
                if (share.owns(source.base())) {
                    deferred |= crawlGovKz(env, client, registry, source, options);
                }
                continue;
            }
            for (String start : source.start()) {
                if (share.owns(start)) {
                    starts.add(start);
                    hints.put(Site.of(start), source.hints());
                }
            }
        }
        if (!share.equals(Share.ALL)) {
            System.out.println("share " + share + ": " + starts.size() + " start URLs of this share's sites");
        }
        if (!starts.isEmpty()) {
            deferred |= crawl(env, client, registry, starts, options, hostDelay, hints).indexingProblem() != null;
        }
        return deferred;
    }

    /** The sources file's names, where the API shows them; a cluster that does not answer them stops no crawl. */
    private static void nameSources(ElasticsearchClient client, List<Sources.Source> sources) {
        SourceNames names = new SourceNames(client);
        try {
            for (Sources.Source source : sources) {
                Map<String, String> named = SourceNames.of(source.name(), source.names());
                for (String host : source.hosts()) {
                    names.fromSourcesFile(host, named);
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("minsearch: the sources' names were not kept (" + e.getMessage() + "); the next crawl keeps them");
        }
    }

    private static boolean crawlGovKz(Environment env, ElasticsearchClient client, Registry registry, Sources.Source source,
                                       Crawler.Options options) throws Exception {
        GovKzSource api = new GovKzSource(source.base(), source.project());
        List<GovKzSource.Release> releases = new ArrayList<>();
        for (String lang : source.languages() == null ? Language.CODES : source.languages()) {
            releases.addAll(api.releases(lang));
        }
        CrawlState state = CrawlState.open(env.crawlState(), new IndexedCrawlStore(client));
        IndexSink sink = new IndexSink(new PublicationIndex(client), state);
        CrawlSummary summary = crawler(registry, state, sink, options, Duration.ZERO, Map.of()).index(releases);
        System.out.print(source.id() + ": " + releases.size() + " releases; " + summary);
        return report(env, state, sink, summary, client);
    }

    static CrawlSummary crawl(Environment env, ElasticsearchClient client, Registry registry, List<String> urls, Crawler.Options options,
                              Duration hostDelay, Map<String, PageExtractor.Hints> hints) throws Exception {
        CrawlState state = CrawlState.open(env.crawlState(), new IndexedCrawlStore(client));
        IndexSink sink = new IndexSink(new PublicationIndex(client), state);
        CrawlSummary summary;
        try (Progress bar = Progress.of("crawl", urls.size())) {
            summary = crawler(registry, state, sink, options, hostDelay, hints).crawl(urls, (done, known) -> {
                bar.maxHint(known);
                bar.stepTo(done);
            });
        }
        System.out.print(summary);
        report(env, state, sink, summary, client);
        return summary;
    }

    private static Crawler crawler(Registry registry, CrawlState state, IndexSink sink, Crawler.Options options, Duration hostDelay,
                                   Map<String, PageExtractor.Hints> hints) {
        return new Crawler(new Fetcher(FetchOptions.defaults().withHostDelay(hostDelay)), new Enricher(registry),
                state, sink, options, hints);
    }

    /** Links what arrived, prints what was indexed and what waits; true when something waits for Elasticsearch. */
    private static boolean report(Environment env, CrawlState state, IndexSink sink, CrawlSummary summary,
                                  ElasticsearchClient client) throws java.io.IOException {
        System.out.println("indexed " + sink.indexed() + " publications");
        if (summary.indexingProblem() == null) {
            if (sink.indexed() > 0) {
                System.out.println("linked translations and retellings: " + LinkPass.run(new PublicationIndex(client), sink.arrived()) + " publications updated");
            }
            return false;
        }
        System.out.println("minsearch: " + state.pendingCount() + " publications wait in " + state.journalFile()
                + "; the next crawl indexes them once Elasticsearch answers");
        return true;
    }
}
