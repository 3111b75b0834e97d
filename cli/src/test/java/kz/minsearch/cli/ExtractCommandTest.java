package kz.minsearch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.minsearch.crawl.StaticSite;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `./minsearch extract --json` on a file, a .html.gz, a directory and a URL served on 127.0.0.1. */
class ExtractCommandTest {
    private static final Path LAYOUTS = Path.of("../corpus/layouts/sites");

    private static JsonNode extract(String... args) throws Exception {
        PrintStream before = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            String[] all = new String[args.length + 2];
            all[0] = "--json";
            all[1] = "--delay-ms=0";
            System.arraycopy(args, 0, all, 2, args.length);
            code = new CommandLine(new ExtractCommand()).execute(all);
        } finally {
            System.setOut(before);
        }
        assertEquals(0, code, out.toString(StandardCharsets.UTF_8));
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFileAndItsGzippedCopyReadTheSame() throws Exception {
        Path page = LAYOUTS.resolve("vestnik/2025/09/teatr-stanislavskogo/index.html");
        Path gz = Files.createTempFile("page", ".html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(page, out);
        }
        JsonNode pages = extract(page.toString(), gz.toString());
        assertEquals(2, pages.size());
        for (JsonNode p : pages) {
            assertEquals("article", p.get("kind").asText(), p.toString());
            assertEquals("ru", p.get("lang").asText());
            assertTrue(p.get("title").asText().startsWith("В Караганде открылся"), p.toString());
            assertTrue(p.get("published").asText().startsWith("2025-09-05T13:20"), p.toString());
            assertTrue(p.get("signals").toString().contains("declared=newsarticle"), p.toString());
        }
        assertEquals(pages.get(0).get("body"), pages.get(1).get("body"));
        Files.delete(gz);
    }

    @Test
    void aDirectoryGivesEachPage() throws Exception {
        JsonNode pages = extract(LAYOUTS.resolve("oblys/kk/news").toString());
        assertEquals(8, pages.size(), pages.toString());
        long articles = 0;
        for (JsonNode p : pages) {
            articles += p.get("kind").asText().equals("article") ? 1 : 0;
        }
        assertEquals(5, articles, pages.toString());
    }

    @Test
    void aUrlIsFetchedAndAListingSaysSo() throws Exception {
        try (StaticSite site = StaticSite.serve(LAYOUTS.resolve("qalam"))) {
            JsonNode pages = extract(site.url() + "/", site.url() + "/news/1040/");
            assertEquals("listing", pages.get(0).get("kind").asText(), pages.get(0).toString());
            assertTrue(pages.get(0).get("links").asInt() >= 3);
            assertEquals("article", pages.get(1).get("kind").asText(), pages.get(1).toString());
            assertEquals("kk", pages.get(1).get("lang").asText());
        }
    }
}
