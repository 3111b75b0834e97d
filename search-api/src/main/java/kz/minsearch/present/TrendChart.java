package kz.minsearch.present;

import kz.minsearch.search.Trends;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A search's trend drawn on the server as SVG: a bar per interval (each a link that narrows the search to it) and a
 * line per value of the split, a legend, and the same numbers as a table, so it reads without script and without
 * sight. The interval and the split are chosen by links; month names come from the interface language's CLDR data.
 */
public record TrendChart(String caption, int width, int height, int baseline, long max, List<Bar> bars, List<Line> lines,
                         List<Tick> ticks, List<Legend> legend, List<Row> rows, long undated, List<Choice> intervals,
                         List<Choice> splits, String json) {
    static final int WIDTH = 720;
    static final int HEIGHT = 200;
    static final int LEFT = 40;
    static final int RIGHT = 8;
    static final int TOP = 10;
    static final int BOTTOM = 26;
    static final int MAX_TICKS = 12;
    static final int COLORS = 8;
    /** The page parameters of the trend itself, left out of the search a bar links to. */
    static final Set<String> OWN = Set.of("interval", "by", "page");

    /** @param label the period and its count in words, for assistive technology and the tooltip */
    public record Bar(String key, long count, int x, int y, int width, int height, String href, String label) {
    }

    /** @param series the series' colour class ({@code s0}…) */
    public record Line(String series, String points, String label) {
    }

    public record Tick(int x, String text) {
    }

    public record Legend(String series, String label, long total, String href) {
    }

    public record Row(String period, long total, List<Long> counts, String href) {
    }

    public record Choice(String label, String href, boolean current) {
    }

    /**
     * @param here   the page's address: a choice links to it with another interval or split
     * @param search the search charted: a bar links to it with the interval's from and to, a legend's value with that
     *               value ticked
     */
    static TrendChart of(Trends.Trend trend, PageUrl here, PageUrl search, Messages m) {
        Locale locale = Locale.forLanguageTag(m.lang());
        search = search.without(OWN);
        List<Trends.Bucket> buckets = trend.buckets();
        long max = Math.max(1, buckets.stream().mapToLong(Trends.Bucket::count).max().orElse(1));
        int plot = HEIGHT - TOP - BOTTOM;
        double slot = buckets.isEmpty() ? 0 : (WIDTH - LEFT - RIGHT) / (double) buckets.size();
        int barWidth = (int) Math.max(1, Math.floor(slot * 0.8));
        List<Bar> bars = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        int every = (int) Math.ceil(buckets.size() / (double) MAX_TICKS);
        for (int i = 0; i < buckets.size(); i++) {
            Trends.Bucket b = buckets.get(i);
            int x = LEFT + (int) Math.round(i * slot + (slot - barWidth) / 2);
            int h = (int) Math.round(plot * (double) b.count() / max);
            String period = period(trend.intervalKind(), b, m, locale);
            String href = search.with("from", b.from()).with("to", b.to()).toString();
            bars.add(new Bar(b.key(), b.count(), x, TOP + plot - h, barWidth, h, href, m.get("trend.bar", period, b.count())));
            if (i % every == 0) {
                ticks.add(new Tick(x + barWidth / 2, tick(trend.intervalKind(), b, locale)));
            }
            rows.add(new Row(period, b.count(), trend.series().stream().map(s -> b.split().getOrDefault(s.value(), 0L)).toList(), href));
        }
        List<Line> lines = new ArrayList<>();
        List<Legend> legend = new ArrayList<>();
        for (int s = 0; s < trend.series().size(); s++) {
            Trends.Series series = trend.series().get(s);
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < buckets.size(); i++) {
                long count = buckets.get(i).split().getOrDefault(series.value(), 0L);
                points.append(i == 0 ? "" : " ").append(Math.round(LEFT + i * slot + slot / 2)).append(',')
                        .append(TOP + plot - Math.round(plot * (double) count / max));
            }
            String css = "s" + (s % COLORS);
            lines.add(new Line(css, points.toString(), series.label()));
            legend.add(new Legend(css, series.label(), series.total(), search.toggled(trend.by(), series.value()).toString()));
        }
        List<Choice> intervals = new ArrayList<>();
        for (Trends.Interval i : Trends.Interval.values()) {
            intervals.add(new Choice(m.get("trend.interval." + i.apiName()), here.with("interval", i.apiName()).toString(),
                    i == trend.intervalKind()));
        }
        List<Choice> splits = new ArrayList<>();
        splits.add(new Choice(m.get("trend.by.none"), here.with("by", "none").toString(), trend.by() == null));
        for (String by : Trends.SPLITS) {
            splits.add(new Choice(m.get("facet." + by), here.with("by", by).toString(), by.equals(trend.by())));
        }
        String json = search.without(Set.of("ui")).at("/api/trends").with("interval", trend.interval())
                .with("by", trend.by()).toString();
        return new TrendChart(m.get("trend.heading"), WIDTH, HEIGHT, TOP + plot, max, bars, lines, ticks, legend, rows,
                trend.undated(), intervals, splits, json);
    }

    /** The split a page asks for: {@code by=none} for counts alone, a facet of {@link Trends#SPLITS}, else areas. */
    static String split(String by) {
        if (by == null) {
            return "area";
        }
        return by.equals("none") ? null : by;
    }

    public int left() {
        return LEFT;
    }

    /** Where the count axis's labels end, right-aligned beside it. */
    public int labelX() {
        return LEFT - 4;
    }

    public int maxY() {
        return TOP + 4;
    }

    public int tickY() {
        return HEIGHT - 8;
    }

    /** The column headings of the table: the period, all publications, then each series. */
    public List<String> seriesLabels() {
        return legend.stream().map(Legend::label).toList();
    }

    /** An interval in words: its key's start (a bucket's {@code from} may be later, where the search's range begins). */
    private static String period(Trends.Interval interval, Trends.Bucket b, Messages m, Locale locale) {
        LocalDate start = interval.start(b.key());
        return switch (interval) {
            case YEAR -> b.key();
            case MONTH -> capitalized(DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(start), locale);
            case WEEK -> m.get("trend.week", DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(start));
        };
    }

    private static String tick(Trends.Interval interval, Trends.Bucket b, Locale locale) {
        LocalDate start = interval.start(b.key());
        return switch (interval) {
            case YEAR -> b.key();
            case MONTH -> DateTimeFormatter.ofPattern("LLL yy", locale).format(start);
            case WEEK -> DateTimeFormatter.ofPattern("d.MM.yy", locale).format(start);
        };
    }


    private static String capitalized(String s, Locale locale) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(locale) + s.substring(1);
    }
}
