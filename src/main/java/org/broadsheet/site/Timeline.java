package org.broadsheet.site;

import java.time.YearMonth;
import java.util.List;

/** Articles by year and month, newest first at every level; only months with articles appear. */
public record Timeline(List<Year> years) {

    public Timeline {
        years = List.copyOf(years);
    }

    /** One year's months, newest first. */
    public record Year(int year, List<Month> months) {
        public Year {
            months = List.copyOf(months);
        }

        public int count() {
            return months.stream().mapToInt(Month::count).sum();
        }
    }

    /** One month's articles, newest first. */
    public record Month(YearMonth month, List<Entry> entries) {
        public Month {
            entries = List.copyOf(entries);
        }

        public int count() {
            return entries.size();
        }
    }
}
