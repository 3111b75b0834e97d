package kz.minsearch.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article saved as a file: plain text (optionally opening with a {@code date YYYY-MM-DD} line, as the seeds
 * do) or an HTML page.
 */
public final class ArticleFiles {
    private static final Pattern DATE_LINE = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\s*");
    private static final int MAX_TITLE = 250;

    private ArticleFiles() {
    }

    public static Article read(Path file) throws IOException {
        String text = decode(Files.readAllBytes(file), file);
        String url = file.toAbsolutePath().normalize().toUri().toString();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || text.stripLeading().startsWith("<")) {
            return fromHtml(Jsoup.parse(text, url), url);
        }
        return fromText(text, url);
    }

    /** UTF-8, or a clear error: a file in another encoding is refused rather than indexed as mojibake. */
    private static String decode(byte[] bytes, Path file) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString()
                    .replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            throw new IOException(file + " is not UTF-8 text; convert it first (e.g. iconv -f cp1251 -t utf-8)", e);
        }
    }

    static Article fromText(String text, String url) {
        OffsetDateTime published = null;
        Matcher dateLine = DATE_LINE.matcher(text);
        if (dateLine.find()) {
            published = DateFinder.inKazakhstan(LocalDate.parse(dateLine.group(1)).atStartOfDay());
            text = text.substring(dateLine.end());
        }
        List<String> paragraphs = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String p = line.strip().replaceAll("\\s+", " ");
            if (!p.isEmpty()) {
                paragraphs.add(p);
            }
        }
        if (published == null) {
            published = DateFinder.find(text).orElse(null);
        }
        String title = paragraphs.isEmpty() ? "" : titleOf(paragraphs);
        List<String> body = new ArrayList<>(paragraphs);
        if (!body.isEmpty() && body.get(0).equals(title)) {
            body.remove(0);
        }
        return new Article(url, Attribution.sourceOf(text).orElse("import"), title, String.join("\n\n", body), published);
    }

    /**
     * The first line that reads like a headline (several words, not a menu word); a leading paragraph that is longer
     * than a headline gives its first sentence.
     */
    private static String titleOf(List<String> paragraphs) {
        for (String p : paragraphs) {
            String line = p.replaceFirst("^\\d+\\.\\s+", "");
            if (line.split(" ").length < 4) {
                continue;
            }
            if (line.length() <= MAX_TITLE) {
                return p;
            }
            int sentence = line.indexOf(". ");
            return sentence > 0 && sentence < MAX_TITLE ? line.substring(0, sentence + 1) : line.substring(0, MAX_TITLE);
        }
        return paragraphs.get(0);
    }

    /** A saved page: the generic extractor's reading of it, or its whole text where the extractor finds none. */
    static Article fromHtml(Document page, String url) {
        String source = Attribution.sourceOf(page.text()).orElse("import");
        PageExtractor.Page extracted = PageExtractor.extract(page, url, source);
        if (extracted.isArticle() || !extracted.article().body().isBlank()) {
            return extracted.article();
        }
        return fromText(page.body() == null ? "" : page.body().wholeText(), url);
    }
}
