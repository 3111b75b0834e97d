package kz.minsearch.eval;

import kz.minsearch.crawl.CrawlState;
import kz.minsearch.crawl.Crawler;
import kz.minsearch.crawl.Sink;
import kz.minsearch.crawl.StaticSite;
import kz.minsearch.enrich.Enricher;
import kz.minsearch.enrich.Registry;
import kz.minsearch.fetch.FetchOptions;
import kz.minsearch.fetch.Fetcher;
import kz.minsearch.index.Publication;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A fixture web ({@code <corpus>/sites/<publisher>/}) served a publisher per 127.0.0.1 port and crawled from each
 * root with no per-site configuration, as the evaluations see it: each publication under its truth path
 * ({@code sites/<publisher>/<path>}).
 */
public final class FixtureWeb {
    public record Crawled(Map<String, Publication> byPath, List<String> elsewhere) {
        /** Its publications linked to their translations and retellings, as the index holds them. */
        public List<Publication> linked() {
            return kz.minsearch.enrich.Linker.link(new ArrayList<>(byPath.values()));
        }
    }

    private static final class Collected implements Sink {
        final List<Publication> publications = new ArrayList<>();

        @Override
        public synchronized void accept(Publication publication) {
            publications.add(publication);
        }

        @Override
        public void flush() {
        }
    }

    private FixtureWeb() {
    }

    /** The sources of the fixture publishers that stand for the ministry's own portal (the site {@code gov}). */
    public static List<String> ministrySources(List<StaticSite> sites) {
        return sites.stream().filter(s -> s.name().equals("gov")).map(s -> kz.minsearch.fetch.Site.of(s.url())).toList();
    }

    public static Crawled crawl(Path corpus) throws IOException {
        List<StaticSite> sites = new ArrayList<>();
        Map<String, String> siteByBase = new HashMap<>();
        Path stateDir = Files.createTempDirectory("minsearch-eval-state");
        try (Stream<Path> dirs = Files.list(corpus.resolve("sites"))) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                StaticSite site = StaticSite.serve(dir);
                sites.add(site);
                siteByBase.put(site.url(), "sites/" + dir.getFileName());
            }
            Collected collected = new Collected();
            new Crawler(new Fetcher(FetchOptions.defaults().withHostDelay(Duration.ZERO)), new Enricher(Registry.bundled().withMinistrySources(ministrySources(sites))),
                    CrawlState.inMemory(stateDir), collected, Crawler.Options.defaults())
                    .crawl(sites.stream().map(s -> s.url() + "/").toList(), (done, known) -> { });
            Map<String, Publication> byPath = new LinkedHashMap<>();
            List<String> elsewhere = new ArrayList<>();
            for (Publication p : collected.publications) {
                URI u = URI.create(p.url());
                String site = siteByBase.get(u.getScheme() + "://" + u.getRawAuthority());
                if (site == null) {
                    elsewhere.add(p.url());
                } else {
                    byPath.put(site + u.getPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery()), p);
                }
            }
            return new Crawled(byPath, elsewhere);
        } finally {
            sites.forEach(StaticSite::close);
            try (Stream<Path> files = Files.walk(stateDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
