package kz.minsearch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import kz.minsearch.enrich.LanguageDetector;
import kz.minsearch.extract.Article;
import kz.minsearch.extract.ArticleFiles;
import kz.minsearch.extract.PageExtractor;
import kz.minsearch.fetch.FetchOptions;
import kz.minsearch.fetch.FetchResult;
import kz.minsearch.fetch.Fetcher;
import kz.minsearch.fetch.Site;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

@Command(name = "extract", description = "Show what the extractor makes of pages, without indexing: per page its kind "
        + "(article, listing, other), the signals that decided it, title, date, language, body and number of links. "
        + "Takes .html, .html.gz and .txt files, directories of them, and URLs (fetched politely: robots.txt, delays).")
final class ExtractCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "files, directories or URLs")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--json", description = "one JSON object per page (an array)")
    boolean json;

    @Option(names = "--delay-ms", defaultValue = "250", description = "least time between two requests to one host (default ${DEFAULT-VALUE})")
    long delayMs;

    @Override
    public Integer call() throws Exception {
        Fetcher fetcher = new Fetcher(FetchOptions.defaults().withHostDelay(Duration.ofMillis(delayMs)));
        List<Map<String, Object>> pages = new ArrayList<>();
        int failed = 0;
        for (String input : inputs) {
            for (String item : expand(input)) {
                try {
                    pages.add(read(item, fetcher));
                } catch (IOException e) {
                    failed++;
                    Map<String, Object> error = new LinkedHashMap<>();
                    error.put("input", item);
                    error.put("error", e.getMessage());
                    pages.add(error);
                }
            }
        }
        if (json) {
            System.out.println(JSON.writeValueAsString(pages));
        } else {
            pages.forEach(p -> System.out.println(text(p)));
        }
        return failed == 0 ? 0 : 1;
    }

    private static List<String> expand(String input) throws IOException {
        if (input.matches("(?i)https?://.*")) {
            return List.of(input);
        }
        Path path = Path.of(input);
        if (!Files.exists(path)) {
            throw new CliException(input + ": no such file, directory or URL");
        }
        if (!Files.isDirectory(path)) {
            return List.of(input);
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT)
                    .matches(".*\\.(html?|html?\\.gz|txt)$")).sorted().map(Path::toString).toList();
        }
    }

    private static Map<String, Object> read(String item, Fetcher fetcher) throws IOException {
        String name = item.toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            Article article = ArticleFiles.read(Path.of(item));
            return describe(item, "article", List.of("text-file"), article, 0);
        }
        Document doc;
        String url;
        if (name.matches("https?://.*")) {
            FetchResult result = fetcher.fetch(item, null, null);
            if (!(result instanceof FetchResult.Fetched page)) {
                throw new IOException(result instanceof FetchResult.Failed f ? f.kind() + ": " + f.detail() : "not modified");
            }
            url = page.url();
            doc = Jsoup.parse(new ByteArrayInputStream(page.body()), page.charset() == null ? null : page.charset().name(), url);
        } else {
            url = Path.of(item).toAbsolutePath().normalize().toUri().toString();
            try (InputStream in = name.endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(Path.of(item)))
                    : Files.newInputStream(Path.of(item))) {
                doc = Jsoup.parse(in, null, url);
            }
        }
        String source = url.startsWith("http") ? Site.of(url) : "file";
        PageExtractor.Page page = PageExtractor.extract(doc, url, source);
        return describe(item, page.kind().name().toLowerCase(Locale.ROOT), page.signals(), page.article(), page.links().size());
    }

    private static Map<String, Object> describe(String input, String kind, List<String> signals, Article article, int links) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("input", input);
        out.put("url", article.url());
        out.put("kind", kind);
        out.put("signals", signals);
        out.put("title", article.title());
        out.put("published", article.published() == null ? null : article.published().toString());
        out.put("lang", article.body().isBlank() && article.title().isBlank() ? null
                : LanguageDetector.detect(article.title() + "\n" + article.body()).code());
        out.put("links", links);
        out.put("body", article.body());
        return out;
    }

    private static String text(Map<String, Object> page) {
        if (page.containsKey("error")) {
            return "== " + page.get("input") + "\n   error: " + page.get("error") + "\n";
        }
        String body = (String) page.get("body");
        return "== " + page.get("input") + "\n"
                + "   kind: " + page.get("kind") + "  (" + String.join(", ", castList(page.get("signals"))) + ")\n"
                + "   title: " + page.get("title") + "\n"
                + "   published: " + page.get("published") + "   lang: " + page.get("lang") + "   links: " + page.get("links") + "\n"
                + "   body (" + body.length() + " chars):\n" + indent(body) + "\n";
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object o) {
        return (List<String>) o;
    }

    private static String indent(String body) {
        return body.isBlank() ? "     (none)" : "     " + body.replace("\n\n", "\n").replace("\n", "\n     ");
    }
}
