package org.broadsheet.config;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The {@code edition:} section of the config: how articles are bundled into issues readers subscribe to.
 *
 * @param period how long one edition runs; {@link Period#NONE} publishes no editions
 * @param firstDay the day a weekly edition starts (weeks are numbered as in ISO 8601: week 1 holds the year's
 *     first Thursday when weeks start on Monday, and at least four days of the new year otherwise)
 * @param zone the zone whose calendar day decides an article's edition
 * @param groupBy how an edition page groups its stories
 */
public record EditionSettings(Period period, DayOfWeek firstDay, ZoneId zone, GroupBy groupBy) {

    /** The choices of {@code edition:} (or {@code edition: period:}). */
    public enum Period {
        NONE, DAILY, WEEKLY, MONTHLY;

        public String configName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The choices of {@code group_by}. */
    public enum GroupBy {
        TAG, PUBLICATION;

        public String configName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Weekly editions starting on Monday in {@code zone}, grouped by tag. */
    public static EditionSettings defaults(ZoneId zone) {
        return new EditionSettings(Period.WEEKLY, DayOfWeek.MONDAY, zone, GroupBy.TAG);
    }

    public EditionSettings {
        if (period == null || firstDay == null || zone == null || groupBy == null) {
            throw new IllegalArgumentException("every edition setting needs a value");
        }
    }

    public boolean enabled() {
        return period != Period.NONE;
    }

    public EditionSettings withZone(ZoneId newZone) {
        return new EditionSettings(period, firstDay, newZone, groupBy);
    }
}
