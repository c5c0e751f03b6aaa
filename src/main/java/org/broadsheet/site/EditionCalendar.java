package org.broadsheet.site;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadsheet.config.EditionSettings;

/**
 * Which edition a calendar day belongs to, and the edition's id: {@code 2014-12-20} (daily), {@code 2014-w51}
 * (weekly; ISO 8601 week numbering, with the week starting on the configured day) or {@code 2014-12} (monthly).
 * Ids sort like the editions they name within one period, and read back to the same edition.
 */
public final class EditionCalendar {

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-w(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final EditionSettings settings;
    private final WeekFields weeks;

    public EditionCalendar(EditionSettings settings) {
        if (!settings.enabled()) {
            throw new IllegalArgumentException("no editions: period none");
        }
        this.settings = settings;
        // ISO numbering: week 1 is the first with at least four days in the new year (for Monday weeks, the one
        // holding the first Thursday)
        this.weeks = WeekFields.of(settings.firstDay(), 4);
    }

    /** The first day of the edition {@code day} belongs to. */
    public LocalDate start(LocalDate day) {
        switch (settings.period()) {
            case DAILY:
                return day;
            case MONTHLY:
                return day.withDayOfMonth(1);
            default:
                return day.with(TemporalAdjusters.previousOrSame(settings.firstDay()));
        }
    }

    /** The last day of the edition that starts on {@code start}. */
    public LocalDate end(LocalDate start) {
        switch (settings.period()) {
            case DAILY:
                return start;
            case MONTHLY:
                return start.with(TemporalAdjusters.lastDayOfMonth());
            default:
                return start.plusDays(6);
        }
    }

    /** The id of the edition {@code day} belongs to. */
    public String id(LocalDate day) {
        switch (settings.period()) {
            case DAILY:
                return day.toString();
            case MONTHLY:
                return YearMonth.from(day).toString();
            default:
                return String.format("%04d-w%02d", day.get(weeks.weekBasedYear()), day.get(weeks.weekOfWeekBasedYear()));
        }
    }

    /** The first day of the edition named {@code id}; empty when {@code id} names no edition of this period. */
    public Optional<LocalDate> startOf(String id) {
        try {
            LocalDate day;
            switch (settings.period()) {
                case DAILY:
                    if (!DAY.matcher(id).matches()) {
                        return Optional.empty();
                    }
                    day = LocalDate.parse(id);
                    break;
                case MONTHLY:
                    Matcher m = MONTH.matcher(id);
                    if (!m.matches()) {
                        return Optional.empty();
                    }
                    day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
                    break;
                default:
                    Matcher w = WEEK.matcher(id);
                    if (!w.matches()) {
                        return Optional.empty();
                    }
                    // the 4th of January is always in week 1; move to the week asked for, then to its first day
                    LocalDate inWeekOne = LocalDate.of(Integer.parseInt(w.group(1)), 1, 4);
                    day = start(inWeekOne).plusWeeks(Integer.parseInt(w.group(2)) - 1L);
                    break;
            }
            LocalDate start = start(day);
            // 2014-w54 or 2014-13 would otherwise name some other edition
            return id(start).equals(id) ? Optional.of(start) : Optional.empty();
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** An example id, for messages: the edition of 20 December 2014. */
    public String example() {
        return id(LocalDate.of(2014, 12, 20));
    }
}
