package kz.minsearch.present;

import kz.minsearch.search.SearchResult;

import java.util.Comparator;
import java.util.List;

/**
 * Publications over time, drawn on the server as SVG from the year facet: a bar per year, each a link that ticks or
 * unticks that year, so it works as a filter without script.
 */
public record YearHistogram(int width, int height, List<Bar> bars) {
    static final int BAR = 36;
    static final int GAP = 8;
    static final int CHART = 90;
    static final int LABELS = 34;

    /** @param y where the bar starts (SVG's y grows downward); {@code label} says the year and its count in words */
    public record Bar(String year, long count, int x, int y, int barHeight, String href, String label, boolean selected) {
        public int textX() {
            return x + BAR / 2;
        }

        public int countY() {
            return y - 4;
        }

        public int yearY() {
            return CHART + LABELS - 12;
        }

        public int barWidth() {
            return BAR;
        }
    }

    /** Null when there are fewer than two years to compare. */
    public static YearHistogram of(List<SearchResult.Bucket> years, PageUrl here, Messages m) {
        List<SearchResult.Bucket> sorted = years.stream().sorted(Comparator.comparing(SearchResult.Bucket::value)).toList();
        if (sorted.size() < 2) {
            return null;
        }
        long max = sorted.stream().mapToLong(SearchResult.Bucket::count).max().orElse(1);
        List<Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            SearchResult.Bucket b = sorted.get(i);
            int h = (int) Math.max(2, Math.round((CHART - 16) * (double) b.count() / max));
            bars.add(new Bar(b.value(), b.count(), GAP + i * (BAR + GAP), CHART - h, h,
                    here.toggled("year", b.value()).with("page", null).toString(),
                    m.get("histogram.bar", b.value(), b.count()), b.selected()));
        }
        return new YearHistogram(GAP + sorted.size() * (BAR + GAP), CHART + LABELS, bars);
    }

    public int baseline() {
        return CHART;
    }
}
