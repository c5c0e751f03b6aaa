package org.broadsheet.render;

import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.broadsheet.site.Timeline;

/**
 * Lays out the articles-per-month bar chart of the timeline. One series in one colour, so nothing depends on
 * telling colours apart; counts are on a labelled scale and each bar has a title, and the summary says it in words.
 */
final class MonthChart {

    static final int HEIGHT = 164;
    static final int TOP = 16;
    static final int BASELINE = 136;
    static final int LEFT = 36;
    static final int RIGHT = 8;
    /**
     * Few months get wide bars, many get narrow ones; the SVG scales to the column's width either way, so a modest
     * width keeps its labels readable on a phone.
     */
    static final int TARGET_WIDTH = 480;
    /** Up to this many months, every month is named under the axis; beyond it, only years. */
    static final int NAME_EVERY_MONTH = 18;
    /** Room a year's label needs, in chart units. */
    static final int YEAR_LABEL_WIDTH = 34;

    private MonthChart() {
    }

    static Views.Chart of(Timeline timeline, Function<YearMonth, String> monthName, Function<YearMonth, String> shortName) {
        Map<YearMonth, Integer> counts = new TreeMap<>();
        timeline.years().forEach(y -> y.months().forEach(m -> counts.put(m.month(), m.count())));
        if (counts.isEmpty()) {
            return new Views.Chart(TARGET_WIDTH, HEIGHT, LEFT, TARGET_WIDTH - RIGHT, BASELINE, 0, List.of(), List.of(), List.of(),
                    "No articles yet.");
        }
        YearMonth first = ((TreeMap<YearMonth, Integer>) counts).firstKey();
        YearMonth last = ((TreeMap<YearMonth, Integer>) counts).lastKey();
        int months = (int) (first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
        int slot = Math.max(4, Math.min(48, TARGET_WIDTH / months));
        int barWidth = Math.max(3, slot * 3 / 4);
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        YearMonth busiest = counts.entrySet().stream()
                .max(Map.Entry.<YearMonth, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .orElseThrow().getKey();

        List<Views.Bar> bars = new ArrayList<>();
        List<Views.Label> labels = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            YearMonth month = first.plusMonths(i);
            int count = counts.getOrDefault(month, 0);
            int x = LEFT + i * slot + (slot - barWidth) / 2;
            int h = (int) Math.round((double) count / max * (BASELINE - TOP));
            if (count > 0) {
                bars.add(new Views.Bar(x, BASELINE - h, barWidth, h, monthName.apply(month) + ": " + articles(count)));
            }
            if (months <= NAME_EVERY_MONTH) {
                labels.add(new Views.Label(x + barWidth / 2, BASELINE + 18, "middle", shortName.apply(month)));
            } else if (month.getMonth() == Month.JANUARY || i == 0) {
                labels.add(new Views.Label(LEFT + i * slot, BASELINE + 18, "start", String.valueOf(month.getYear())));
            }
        }
        if (months > NAME_EVERY_MONTH && labels.size() > 1 && labels.get(1).x() - labels.get(0).x() < YEAR_LABEL_WIDTH) {
            labels.remove(0); // a partial first year too close to the next year's label
        }
        int width = LEFT + months * slot + RIGHT;
        if (months > NAME_EVERY_MONTH && !labels.isEmpty()) {
            // a year label too near the right edge is right-aligned there, or dropped when that crowds its neighbour
            Views.Label lastLabel = labels.get(labels.size() - 1);
            if (lastLabel.x() + YEAR_LABEL_WIDTH > width) {
                labels.remove(labels.size() - 1);
                if (labels.isEmpty() || width - RIGHT - labels.get(labels.size() - 1).x() >= 2 * YEAR_LABEL_WIDTH) {
                    labels.add(new Views.Label(width - RIGHT, lastLabel.y(), "end", lastLabel.text()));
                }
            }
        }
        List<Views.Label> grid = new ArrayList<>();
        grid.add(new Views.Label(LEFT - 6, TOP, "end", String.valueOf(max)));
        if (max >= 4) {
            grid.add(new Views.Label(LEFT - 6, BASELINE - (int) Math.round((double) (max / 2) / max * (BASELINE - TOP)),
                    "end", String.valueOf(max / 2)));
        }
        String summary = "Articles per month from " + monthName.apply(first) + " to " + monthName.apply(last) + ": "
                + articles(total) + " in " + months + (months == 1 ? " month" : " months") + "; the busiest month was "
                + monthName.apply(busiest) + " with " + articles(max) + ".";
        return new Views.Chart(width, HEIGHT, LEFT, width - RIGHT, BASELINE, max, bars, labels, grid, summary);
    }

    private static String articles(int n) {
        return n + (n == 1 ? " article" : " articles");
    }
}
