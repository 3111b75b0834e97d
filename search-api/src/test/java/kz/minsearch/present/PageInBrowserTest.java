package kz.minsearch.present;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import kz.minsearch.enrich.Enricher;
import kz.minsearch.enrich.Registry;
import kz.minsearch.extract.Article;
import kz.minsearch.index.ElasticsearchConfig;
import kz.minsearch.node.ElasticsearchNodeExtension;
import kz.minsearch.search.Facets;
import kz.minsearch.search.FixtureIndex;
import kz.minsearch.search.SearchService;
import kz.minsearch.search.Suggestions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The page as people's browsers run it: real headless Chromium (Debian's chromium and chromium-driver, which CI
 * installs) over the fixture web indexed in the real node. With script and without, in three interface languages,
 * checked by axe-core inside the page.
 */
@ExtendWith(ElasticsearchNodeExtension.class)
class PageInBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path AXE = Path.of("src/test/browser/node_modules/axe-core/axe.min.js");
    private static final String ALIAS = "test-pages";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ElasticsearchClient client;
    private static Javalin app;
    private static WebDriver browser;
    private static WebDriver noScript;

    @BeforeAll
    static void start() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("MINSEARCH_BROWSER_TESTS") != null) {
            fail("MINSEARCH_BROWSER_TESTS is set but chromium and chromium-driver are not installed");
        }
        assumeTrue(installed, "headless Chromium is not installed (apt-get install chromium chromium-driver); CI installs it");
        client = ElasticsearchConfig.of(ElasticsearchNodeExtension.url()).client();
        SearchService search = FixtureIndex.fixtureWeb(client, ALIAS, new Enricher(Registry.bundled()).enrich(new Article(
                "http://127.0.0.1/evil", "evil.example", "<img src=x onerror=\"document.title='pwned'\"> Креативті хабтар ашылады",
                "<script>document.title='pwned'</script> Өңірлерде креативті хабтар ашылады, министрлік гранттар береді.",
                OffsetDateTime.parse("2024-06-05T14:30:00+05:00"))));
        app = ApiServer.create(search, new Suggestions(search, Registry.bundled())).start("127.0.0.1", 0);
        browser = chromium(true);
        noScript = chromium(false);
    }

    private static WebDriver chromium(boolean script) {
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000",
                        "--disable-background-networking", "--disable-component-update", "--no-first-run");
        if (!script) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    @AfterAll
    static void stop() throws Exception {
        for (WebDriver d : new WebDriver[]{browser, noScript}) {
            if (d != null) {
                d.quit();
            }
        }
        if (app != null) {
            app.stop();
            client.close();
        }
    }

    private static String url(String pathAndQuery) {
        return "http://127.0.0.1:" + app.port() + pathAndQuery;
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Clicks and waits for the page the click leads to. */
    private static void clickAndWait(WebDriver driver, WebElement target) {
        WebElement old = driver.findElement(By.tagName("html"));
        target.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            try {
                old.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true; // stale, or (chromedriver's own words for it) a node that no longer belongs to the document
            }
        });
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** What the page shows: the count, the hits' titles, every facet value's count. */
    private record Shown(long total, List<String> titles, Map<String, Long> counts) {
    }

    private static Shown shown(WebDriver driver) {
        long total = Long.parseLong(driver.findElement(By.cssSelector("[data-total]")).getAttribute("data-total"));
        List<String> titles = driver.findElements(By.cssSelector(".hit h3")).stream().map(WebElement::getText).toList();
        Map<String, Long> counts = new TreeMap<>();
        for (WebElement box : driver.findElements(By.cssSelector(".facet input[type=checkbox]"))) {
            WebElement count = driver.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "'] [data-count]"));
            counts.put(box.getAttribute("name") + "=" + box.getAttribute("value"), Long.parseLong(count.getAttribute("data-count")));
        }
        return new Shown(total, titles, counts);
    }

    /** What the API answers for the page's own address (the page asks for releases, twenty at a time). */
    private static Shown api(String pageUrl) throws Exception {
        String query = URI.create(pageUrl).getRawQuery();
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/search?" + query + "&group=release&size=20"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        Map<String, Long> counts = new TreeMap<>();
        body.get("facets").properties().forEach(f -> f.getValue().forEach(b -> counts.put(f.getKey() + "=" + b.get("value").asText(), b.get("count").asLong())));
        List<String> titles = new ArrayList<>();
        body.get("hits").forEach(h -> titles.add(h.get("title").asText()));
        return new Shown(body.get("total").asLong(), titles, counts);
    }

    private static void tick(WebDriver driver, String facet, String value) {
        clickAndWait(driver, driver.findElement(By.cssSelector(".facet input[name='" + facet + "'][value='" + value + "']")));
    }

    @Test
    void facetsTickedInTheBrowserCountAsTheApiSaysAndTheAddressKeepsTheSearch() throws Exception {
        browser.get(url("/search?ui=en&q=" + q("Балаева")));
        Shown first = shown(browser);
        assertTrue(first.total() > 0 && !first.titles().isEmpty(), first.toString());
        assertEquals(api(browser.getCurrentUrl()).counts(), first.counts());

        tick(browser, "area", "culture");
        tick(browser, "area", "information");
        String twoAreas = browser.getCurrentUrl();
        Shown afterAreas = shown(browser);
        tick(browser, "lang", "ru");
        String url = browser.getCurrentUrl();
        assertTrue(url.contains("area=culture") && url.contains("area=information") && url.contains("lang=ru"), url);
        Shown ticked = shown(browser);
        Shown answered = api(url);
        assertEquals(answered.total(), ticked.total());
        assertEquals(answered.counts(), ticked.counts());
        assertEquals(answered.titles(), ticked.titles());
        assertNotEquals(first.counts(), ticked.counts(), "ticking changed the counts");
        assertTrue(ticked.total() < first.total(), ticked.total() + " of " + first.total());
        assertTrue(browser.findElements(By.cssSelector(".active li")).size() == 3, "three active filters, each removable");

        browser.navigate().back(); // Back: the search as it was before the language was ticked
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(twoAreas));
        assertEquals(afterAreas, shown(browser));
        assertFalse(browser.findElement(By.cssSelector(".facet input[name='lang'][value='ru']")).isSelected());
        assertTrue(browser.findElement(By.cssSelector(".facet input[name='area'][value='culture']")).isSelected());

        browser.get(url); // the address opened fresh: the same page
        assertEquals(ticked, shown(browser));
    }

    @Test
    void backReturnsToTheStateBeforeAFacetWasTicked() {
        browser.get(url("/search?ui=ru&q=" + q("закон")));
        String before = browser.getCurrentUrl();
        Shown was = shown(browser);
        String value = browser.findElement(By.cssSelector(".facet input[name='year']")).getAttribute("value");
        tick(browser, "year", value);
        assertTrue(browser.getCurrentUrl().contains("year=" + value));
        browser.navigate().back();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(before));
        assertEquals(was, shown(browser));
    }

    @Test
    void withoutScriptTheSameSearchShowsTheSameResultsAndFacetsAndTheFormStillFilters() {
        String address = url("/search?ui=kk&q=" + q("креативті хаб") + "&area=creative-industries");
        browser.get(address);
        noScript.get(address);
        Shown with = shown(browser);
        assertFalse(with.titles().isEmpty());
        assertEquals(with, shown(noScript));

        WebElement apply = noScript.findElement(By.cssSelector("button.apply"));
        assertTrue(apply.isDisplayed(), "without script the filters are applied with a button");
        noScript.findElement(By.cssSelector(".facet input[name='lang'][value='kk']")).click();
        clickAndWait(noScript, apply);
        assertTrue(noScript.getCurrentUrl().contains("lang=kk"), noScript.getCurrentUrl());
        assertTrue(noScript.findElements(By.cssSelector(".hit h3")).stream().allMatch(h -> "kk".equals(h.getAttribute("lang"))));
    }

    /** The numbers a trend chart shows: each bar's and each table row's count, in order. */
    private record Charted(List<String> keys, List<Long> bars, List<Long> rows) {
    }

    private static Charted charted(WebDriver driver) {
        List<WebElement> rects = driver.findElements(By.cssSelector("figure.trend svg.chart rect[data-count]"));
        List<Long> rows = driver.findElements(By.cssSelector("figure.trend table td[data-count]")).stream()
                .map(td -> Long.parseLong(td.getAttribute("data-count"))).toList();
        return new Charted(rects.stream().map(r -> r.getAttribute("data-key")).toList(),
                rects.stream().map(r -> Long.parseLong(r.getAttribute("data-count"))).toList(), rows);
    }

    private static JsonNode apiTrend(String query) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/trends?" + query))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void aResultsPagesTrendChartShowsTheNumbersOfTheApiWithScriptAndWithout() throws Exception {
        for (String query : List.of("q=" + q("Балаева") + "&interval=month&by=area", "area=culture&interval=year&by=lang",
                "q=" + q("креативті хабтар") + "&interval=week&by=none")) {
            JsonNode trend = apiTrend(query);
            List<String> keys = new ArrayList<>();
            List<Long> counts = new ArrayList<>();
            trend.get("buckets").forEach(b -> {
                keys.add(b.get("key").asText());
                counts.add(b.get("count").asLong());
            });
            assertFalse(keys.isEmpty(), query);
            for (WebDriver driver : List.of(browser, noScript)) {
                driver.get(url("/search?ui=kk&" + query));
                Charted shown = charted(driver);
                assertEquals(keys, shown.keys(), query);
                assertEquals(counts, shown.bars(), query);
                assertEquals(counts, shown.rows(), "the table behind the chart: " + query);
                assertEquals(trend.get("series").size(), driver.findElements(By.cssSelector("figure.trend .legend li")).size(), query);
            }
        }
        // the split and the interval are chosen by links, which work without script
        noScript.get(url("/search?ui=ru&q=" + q("Балаева")));
        clickAndWait(noScript, noScript.findElement(By.xpath("//nav[@class='trend-choices']//a[normalize-space()='"
                + Messages.of("ru").get("trend.interval.year") + "']")));
        assertTrue(noScript.getCurrentUrl().contains("interval=year"), noScript.getCurrentUrl());
        JsonNode years = apiTrend("q=" + q("Балаева") + "&interval=year&by=area");
        assertEquals(years.get("buckets").size(), charted(noScript).bars().size());
        // a bar narrows the search to its interval: the page then counts what the bar said
        WebElement bar = noScript.findElements(By.cssSelector("figure.trend svg.chart rect[data-count]")).stream()
                .filter(r -> !r.getAttribute("data-count").equals("0")).findFirst().orElseThrow();
        long said = Long.parseLong(bar.getAttribute("data-count"));
        String href = noScript.findElement(By.xpath("//*[local-name()='rect'][@data-key='" + bar.getAttribute("data-key")
                + "']/parent::*")).getDomAttribute("href");
        noScript.get(url(href));
        assertEquals(said, Long.parseLong(noScript.findElement(By.cssSelector("[data-total]")).getAttribute("data-total")), href);
    }

    @Test
    void everyMinisterAndAreaHasAPageThatLinksBackAndPassesAxe() throws Exception {
        String axe = Files.readString(AXE);
        Registry registry = Registry.bundled();
        List<String> pages = new ArrayList<>();
        registry.people().forEach(p -> pages.add("/minister/" + p.id()));
        registry.areas().forEach(a -> pages.add("/area/" + a.id()));
        assertTrue(pages.size() >= 17, pages.toString());
        Map<String, List<String>> found = new LinkedHashMap<>();
        int withTrend = 0;
        for (String page : pages) {
            String kind = page.substring(1, page.indexOf('/', 1));
            String id = page.substring(page.lastIndexOf('/') + 1);
            for (String ui : List.of("kk", "ru", "en")) {
                browser.get(url(page + "?ui=" + ui));
                String label = new Facets(registry).label(kind, id, ui);
                assertEquals(label, browser.findElement(By.tagName("h1")).getText(), page + " in " + ui);
                assertFalse(browser.findElements(By.cssSelector("a[href*='/search?" + kind + "=" + id + "']")).isEmpty(),
                        page + " links to its search");
                assertFalse(browser.findElements(By.cssSelector("a[href^='/feed.atom?" + kind + "=" + id + "']")).isEmpty(),
                        page + " links to its feed");
                assertFalse(browser.findElements(By.cssSelector("header .brand a[href^='/']")).isEmpty(), "and home");
                if (ui.equals("ru")) {
                    withTrend += browser.findElements(By.cssSelector("figure.trend")).size();
                    List<String> violations = seriousViolations(browser, axe);
                    if (!violations.isEmpty()) {
                        found.put(page, violations);
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), "axe-core: " + found);
        assertTrue(withTrend >= 5, "the people and areas the fixture web names have a trend: " + withTrend);
        // reached from a publication's facts and from the facets
        browser.get(url("/search?ui=en&q=" + q("Балаева")));
        clickAndWait(browser, browser.findElement(By.cssSelector(".facet a.about[href^='/minister/balayeva']")));
        assertEquals(new Facets(registry).label("minister", "balayeva", "en"), browser.findElement(By.tagName("h1")).getText());
        browser.get(url("/minister/no-such-person?ui=en"));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains(Messages.of("en").get("notfound.text")));
    }

    @Test
    void aPublicationPageShowsTheTextAndLeadsToItsTranslations() {
        browser.get(url("/search?ui=en&q=" + q("креативті хабтар")));
        clickAndWait(browser, browser.findElement(By.cssSelector(".hit h3 a")));
        assertTrue(browser.getCurrentUrl().contains("/p/"), browser.getCurrentUrl());
        String title = browser.findElement(By.tagName("h1")).getText();
        String lang = browser.findElement(By.tagName("article")).getAttribute("lang");
        assertFalse(title.isBlank());
        assertTrue(browser.findElements(By.cssSelector("article .text p")).size() >= 2, "the full text");
        assertFalse(browser.findElements(By.cssSelector(".facts a[href*='/area/']")).isEmpty(), "areas link to their pages");

        WebElement translation = browser.findElement(By.cssSelector("[aria-labelledby=translations-heading] a"));
        String translated = translation.getText();
        clickAndWait(browser, translation);
        assertEquals(translated, browser.findElement(By.tagName("h1")).getText());
        assertNotEquals(lang, browser.findElement(By.tagName("article")).getAttribute("lang"));
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"), "the interface stays in its language");
    }

    /** Every visible word of the interface (not the publications' own text) is a word of that language's bundle. */
    @Test
    void inKazakhAndRussianNoWordOfTheInterfaceIsLeftInEnglish() {
        for (String ui : List.of("kk", "ru")) {
            Set<String> words = bundleWords(Messages.of(ui));
            words.addAll(monthNames(ui)); // the charts' and roles' months come from the language's CLDR data
            Set<String> english = bundleWords(Messages.of("en"));
            english.removeAll(words);
            List<String> pages = List.of("/?ui=" + ui, "/search?ui=" + ui + "&q=" + q("Балаева") + "&area=culture",
                    "/search?ui=" + ui + "&q=" + q("жжжщщщ"), "/p/nothing-here?ui=" + ui, "/minister/balayeva?ui=" + ui,
                    "/area/culture?ui=" + ui + "&interval=week");
            for (String page : pages) {
                browser.get(url(page));
                assertEquals(ui, browser.findElement(By.tagName("html")).getAttribute("lang"));
                for (String word : interfaceWords(browser)) {
                    assertTrue(words.contains(word), ui + " page " + page + " shows '" + word + "', which its bundle does not hold");
                    assertFalse(english.contains(word), ui + " page " + page + " shows the English '" + word + "'");
                }
            }
            browser.get(url("/search?ui=" + ui + "&q=" + q("Балаева")));
            clickAndWait(browser, browser.findElement(By.cssSelector(".hit h3 a")));
            for (String word : interfaceWords(browser)) {
                assertTrue(words.contains(word), ui + " publication page shows '" + word + "'");
            }
        }
    }

    private static Set<String> monthNames(String ui) {
        Set<String> out = new HashSet<>();
        Locale locale = Locale.forLanguageTag(ui);
        for (int month = 1; month <= 12; month++) {
            for (String pattern : List.of("LLLL", "LLL", "MMMM", "MMM")) {
                out.addAll(words(java.time.format.DateTimeFormatter.ofPattern(pattern, locale).format(java.time.LocalDate.of(2024, month, 1))));
            }
        }
        return out;
    }

    private static Set<String> bundleWords(Messages m) {
        Set<String> out = new HashSet<>();
        for (String key : m.keys()) {
            String text = m.get(key).replaceAll("\\{\\d+,\\s*plural,", " ").replaceAll("\\b(zero|one|two|few|many|other)\\{", " ");
            out.addAll(words(text));
        }
        return out;
    }

    private static List<String> words(String text) {
        return java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).filter(w -> w.length() > 1).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> interfaceWords(WebDriver driver) {
        List<String> texts = (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const out = [];
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                  const e = n.parentElement;
                  if (!e || e.closest('[data-from], script, style, datalist, [hidden]')) continue;
                  if (e.closest('[lang]').lang !== document.documentElement.lang) continue; // another language's own name

                  if (!e.getClientRects().length || getComputedStyle(e).visibility === 'hidden') continue;
                  out.push(n.textContent);
                }
                return out;""");
        List<String> out = new ArrayList<>();
        texts.forEach(t -> out.addAll(words(t)));
        assertFalse(out.isEmpty(), "the page shows words of its interface");
        return out;
    }

    /** axe-core run inside the page as it stands: its serious and critical violations, each with where it is. */
    @SuppressWarnings("unchecked")
    private static List<String> seriousViolations(WebDriver driver, String axe) {
        ((JavascriptExecutor) driver).executeScript(axe);
        return (List<String>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['axe failed: ' + e]));""");
    }

    @Test
    void axeFindsNothingSeriousOnTheHomeAResultsPageAndAPublicationPage() throws Exception {
        assertTrue(Files.exists(AXE), "axe-core is installed by the build (npm ci in src/test/browser)");
        String axe = Files.readString(AXE);
        browser.get(url("/search?ui=ru&q=" + q("Балаева")));
        String publication = browser.findElement(By.cssSelector(".hit h3 a")).getAttribute("href");
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (String page : List.of(url("/?ui=kk"), url("/search?ui=ru&q=" + q("Балаева") + "&area=culture"), publication)) {
            browser.get(page);
            List<String> violations = seriousViolations(browser, axe);
            if (!violations.isEmpty()) {
                found.put(page, violations);
            }
        }
        assertTrue(found.isEmpty(), "axe-core: " + found);
    }

    @Test
    void atPhoneWidthNothingRunsOffTheScreenAndAScreenshotIsKept() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(url("/search?ui=en&q=" + q("Balayeva")));
        Path shots = Path.of("target/screenshots");
        Files.createDirectories(shots);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), shots.resolve("results.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try {
            browser.manage().window().setSize(new Dimension(360, 800));
            for (String page : List.of("/search?ui=kk&q=" + q("Балаева"), "/?ui=ru")) {
                browser.get(url(page));
                Object wide = ((JavascriptExecutor) browser).executeScript("""
                        const width = document.documentElement.clientWidth;
                        return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > width + 1 || e.scrollWidth > e.clientWidth + 1)
                          .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right) + '/' + e.scrollWidth).slice(0, 8).join('; ') + ' width ' + width + ' inner ' + window.innerWidth;""");
                long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertTrue(overflow <= 0, page + " runs " + overflow + " px off a 360 px screen: " + wide);
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void scrapedMarkupIsShownAsTextAndNeverRuns() {
        for (WebDriver driver : List.of(browser, noScript)) {
            driver.get(url("/search?ui=kk&q=" + q("хабтар")));
            WebElement hit = driver.findElements(By.cssSelector(".hit")).stream()
                    .filter(h -> h.getText().contains("<img src=x")).findFirst().orElseThrow(() -> new AssertionError("the scraped title as text"));
            assertTrue(hit.findElements(By.tagName("img")).isEmpty(), "no scraped element reached the page");
            assertNotEquals("pwned", driver.getTitle());
            clickAndWait(driver, hit.findElement(By.cssSelector("h3 a")));
            assertTrue(driver.findElement(By.tagName("h1")).getText().contains("<img src=x"));
            assertTrue(driver.findElement(By.cssSelector("article .text")).getText().contains("<script>"));
            assertTrue(driver.findElements(By.cssSelector("article img, article script")).isEmpty());
            assertNotEquals("pwned", driver.getTitle());
        }
    }
}
