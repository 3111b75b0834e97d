package kz.minsearch.search;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.FieldDateMath;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A search over time: how many of its publications appeared in each week, month or year, split by a facet. Counted
 * by the publication date in Astana's time, as the search's {@code from}/{@code to} read it, so that each interval's
 * {@code from} and {@code to} given to the same search count exactly that interval's publications. Every interval
 * from the first to the last is present, an empty one at zero.
 */
public final class Trends {
    /** The facets a trend splits by: a publication may hold several areas or ministers, and then counts in each. */
    public static final List<String> SPLITS = List.of("area", "minister", "lang");
    private static final int MAX_SERIES = 20;
    /** A search's own range is drawn whole: at most this many intervals of it (Elasticsearch counts every bucket). */
    private static final int MAX_INTERVALS = 2000;
    private static final String ZONE = "+05:00";

    public enum Interval {
        WEEK(CalendarInterval.Week, ChronoUnit.WEEKS), MONTH(CalendarInterval.Month, ChronoUnit.MONTHS),
        YEAR(CalendarInterval.Year, ChronoUnit.YEARS);

        private final CalendarInterval calendar;
        private final ChronoUnit unit;

        Interval(CalendarInterval calendar, ChronoUnit unit) {
            this.calendar = calendar;
            this.unit = unit;
        }

        /** An interval's name in the API ({@code month}); a bad one is the caller's {@link BadParameterException}. */
        public static Interval of(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadParameterException("interval", "interval must be week, month or year, not '" + name + "'");
            }
        }

        public String key(LocalDate start) {
            return switch (this) {
                case WEEK -> start.toString();
                case MONTH -> start.toString().substring(0, 7);
                case YEAR -> String.valueOf(start.getYear());
            };
        }

        /** The first day of the interval a {@link #key} names. */
        public LocalDate start(String key) {
            return switch (this) {
                case WEEK -> LocalDate.parse(key);
                case MONTH -> LocalDate.parse(key + "-01");
                case YEAR -> LocalDate.of(Integer.parseInt(key), 1, 1);
            };
        }

        LocalDate last(LocalDate start) {
            return start.plus(1, unit).minusDays(1);
        }

        public String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One value of the split: its label in the interface language and how many of the search's publications hold it. */
    public record Series(String value, String label, long total) {
    }

    /**
     * One interval: its first and last day (ISO dates, within the search's own range), its publications, and how
     * many of them hold each value of the split.
     */
    public record Bucket(String key, String from, String to, long count, Map<String, Long> split) {
    }

    /**
     * @param total   the search's publications, dated or not (its {@code /api/search} total)
     * @param undated those without a publication date, in no interval
     */
    public record Trend(String interval, String by, long total, long undated, List<Series> series, List<Bucket> buckets) {
        public Interval intervalKind() {
            return Interval.of(interval);
        }
    }

    private final SearchService search;

    public Trends(SearchService search) {
        this.search = search;
    }

    /** @param by a facet of {@link #SPLITS}, or null (or {@code none}) for counts alone */
    public Trend of(SearchRequest request, Interval interval, String by) throws IOException {
        if ("none".equals(by)) {
            by = null;
        }
        if (by != null && !SPLITS.contains(by)) {
            throw new BadParameterException("by", "by must be area, minister, lang or none, not '" + by + "'");
        }
        if (request.from() != null && request.to() != null && interval.unit.between(request.from(), request.to()) > MAX_INTERVALS) {
            throw new BadParameterException("interval", "from " + request.from() + " to " + request.to() + " is more than "
                    + MAX_INTERVALS + " " + interval.apiName() + "s; choose a longer interval or a shorter range");
        }
        String field = by == null ? null : Facets.field(by);
        Query counted = search.counted(request);
        var response = search.client().search(s -> {
            s.index(search.index()).size(0).trackTotalHits(t -> t.enabled(true)).query(counted)
                    .aggregations("undated", a -> a.missing(m -> m.field("published")))
                    .aggregations("over_time", a -> {
                        a.dateHistogram(h -> {
                            h.field("published").calendarInterval(interval.calendar).timeZone(ZONE).minDocCount(0).format("yyyy-MM-dd");
                            if (request.from() != null && request.to() != null) {
                                h.extendedBounds(b -> b.min(FieldDateMath.of(m -> m.expr(request.from().toString())))
                                        .max(FieldDateMath.of(m -> m.expr(request.to().toString()))));
                            }
                            return h;
                        });
                        if (field != null) {
                            a.aggregations("split", t -> t.terms(x -> x.field(field).size(MAX_SERIES)));
                        }
                        return a;
                    });
            if (field != null) {
                s.aggregations("series", a -> a.terms(x -> x.field(field).size(MAX_SERIES)));
            }
            return s;
        }, Void.class);
        Map<String, Aggregate> aggregations = response.aggregations();
        List<Series> series = new ArrayList<>();
        if (field != null) {
            for (StringTermsBucket b : aggregations.get("series").sterms().buckets().array()) {
                series.add(new Series(b.key().stringValue(), search.facets().label(by, b.key().stringValue(), request.ui()), b.docCount()));
            }
        }
        List<Bucket> buckets = new ArrayList<>();
        for (DateHistogramBucket b : aggregations.get("over_time").dateHistogram().buckets().array()) {
            LocalDate start = LocalDate.parse(b.keyAsString());
            LocalDate from = request.from() != null && request.from().isAfter(start) ? request.from() : start;
            LocalDate last = interval.last(start);
            LocalDate to = request.to() != null && request.to().isBefore(last) ? request.to() : last;
            Map<String, Long> split = new LinkedHashMap<>();
            if (field != null) {
                for (StringTermsBucket t : b.aggregations().get("split").sterms().buckets().array()) {
                    split.put(t.key().stringValue(), t.docCount());
                }
            }
            buckets.add(new Bucket(interval.key(start), from.toString(), to.toString(), b.docCount(), split));
        }
        long total = response.hits().total() == null ? 0 : response.hits().total().value();
        return new Trend(interval.apiName(), by, total, aggregations.get("undated").missing().docCount(), series, buckets);
    }
}
