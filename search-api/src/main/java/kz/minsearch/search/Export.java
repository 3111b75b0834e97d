package kz.minsearch.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every publication of a search, written while it is read: through a point in time and {@code search_after}, a page
 * at a time, so memory holds one page whatever the total (never {@code from}, which stops at 10,000), in the search's
 * own order, at most {@code max}. CSV begins with a byte order mark, without which spreadsheet programs read UTF-8
 * Cyrillic and Kazakh letters as another encoding's.
 */
public final class Export {
    public enum Format { CSV, JSONL }

    /** {@code MINSEARCH_EXPORT_MAX} unless set. */
    public static final long DEFAULT_MAX = 50_000;
    public static final List<String> COLUMNS = List.of("id", "url", "title", "lang", "published", "indexed", "source",
            "ministers", "areas", "translations");
    /** What is read of a document for them: the title in every language, as the publication's is chosen after. */
    private static final List<String> SOURCE_FIELDS = COLUMNS.stream().map(c -> c.equals("title") ? "title_*" : c).toList();
    private static final int PAGE = 1000;
    private static final String KEEP_ALIVE = "2m";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema CSV_SCHEMA = CsvSchema.builder().addColumns(COLUMNS, CsvSchema.ColumnType.STRING)
            .build().withHeader();

    private final SearchService search;
    private final long max;

    public Export(SearchService search, long max) {
        this.search = search;
        this.max = max;
    }

    /** {@code MINSEARCH_EXPORT_MAX}: the most publications one export writes (default 50,000). */
    public static long maxFromEnvironment(Map<String, String> env) {
        String raw = env.getOrDefault("MINSEARCH_EXPORT_MAX", String.valueOf(DEFAULT_MAX)).strip();
        try {
            long max = Long.parseLong(raw);
            if (max > 0) {
                return max;
            }
        } catch (NumberFormatException e) {
            // refused below, with the value
        }
        throw new IllegalArgumentException("MINSEARCH_EXPORT_MAX must be a positive whole number, not '" + raw + "'");
    }

    public long max() {
        return max;
    }

    /** A search's publications, decided once: what {@link #write} writes and how many there are. */
    public record Selection(SearchRequest request, Query query, long total) {
    }

    /** The publications the search selects and how many (an export writes as many, up to {@link #max()}). */
    public Selection select(SearchRequest request) throws IOException {
        Query counted = search.counted(request);
        return new Selection(request, counted, search.client().count(c -> c.index(search.index()).query(counted)).count());
    }

    /** Writes the selected publications to {@code out}; returns how many. */
    public long write(Selection selection, Format format, OutputStream out) throws IOException {
        SearchRequest request = selection.request();
        Query counted = selection.query();
        String pit = search.client().openPointInTime(p -> p.index(search.index()).keepAlive(k -> k.time(KEEP_ALIVE))).id();
        try (SequenceWriter writer = writer(format, out)) {
            long written = 0;
            List<FieldValue> after = null;
            while (written < max) {
                List<FieldValue> from = after;
                int size = (int) Math.min(PAGE, max - written);
                var page = search.client().search(s -> {
                    s.pit(p -> p.id(pit).keepAlive(k -> k.time(KEEP_ALIVE))).size(size).query(counted)
                            .source(src -> src.filter(f -> f.includes(SOURCE_FIELDS)))
                            .trackTotalHits(t -> t.enabled(false));
                    SearchService.sort(s, request);
                    if (from != null) {
                        s.searchAfter(from);
                    }
                    return s;
                }, JsonNode.class);
                List<Hit<JsonNode>> hits = page.hits().hits();
                for (Hit<JsonNode> hit : hits) {
                    writer.write(format == Format.CSV ? csvRow(hit.source()) : jsonLine(hit.source()));
                }
                written += hits.size();
                if (hits.size() < size) {
                    break;
                }
                after = hits.get(hits.size() - 1).sort();
            }
            return written;
        } finally {
            search.client().closePointInTime(c -> c.id(pit));
        }
    }

    private static SequenceWriter writer(Format format, OutputStream out) throws IOException {
        if (format == Format.CSV) {
            out.write(BOM);
            return CSV.writer(CSV_SCHEMA).writeValues(out);
        }
        return JSON.writer().withRootValueSeparator("\n").writeValues(out);
    }

    /** One line of JSON: lists stay lists, translations their {@code lang}, {@code id} and {@code url}. */
    private static ObjectNode jsonLine(JsonNode source) {
        ObjectNode line = JSON.createObjectNode();
        for (String column : COLUMNS) {
            switch (column) {
                case "title" -> line.put("title", title(source));
                case "ministers", "areas", "translations" ->
                        line.set(column, source.path(column).isArray() ? source.get(column) : JSON.createArrayNode());
                default -> line.set(column, source.path(column).isMissingNode() ? JSON.nullNode() : source.get(column));
            }
        }
        return line;
    }

    /** One row: a list is its values joined by "; ", a translation "lang:id". */
    private static Map<String, String> csvRow(JsonNode source) {
        Map<String, String> row = new java.util.LinkedHashMap<>();
        for (String column : COLUMNS) {
            row.put(column, switch (column) {
                case "title" -> title(source);
                case "ministers", "areas" -> joined(source.path(column), v -> v.asText());
                case "translations" -> joined(source.path(column), t -> t.path("lang").asText() + ":" + t.path("id").asText());
                default -> source.path(column).isValueNode() ? source.get(column).asText() : "";
            });
        }
        return row;
    }

    private static String title(JsonNode source) {
        return source.path("title_" + source.path("lang").asText()).asText("");
    }

    private static String joined(JsonNode values, java.util.function.Function<JsonNode, String> each) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(each.apply(v)));
        return String.join("; ", out);
    }
}
