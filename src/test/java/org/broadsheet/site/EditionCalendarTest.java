package org.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;

import org.broadsheet.config.EditionSettings;
import org.broadsheet.config.EditionSettings.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which edition a day belongs to: ISO weeks from Monday or Sunday, across year ends; days; months; ids read back. */
class EditionCalendarTest {

    private static EditionCalendar calendar(Period period, DayOfWeek firstDay) {
        return new EditionCalendar(new EditionSettings(period, firstDay, ZoneId.of("UTC"), EditionSettings.GroupBy.TAG));
    }

    @ParameterizedTest(name = "{0} in weeks from {1}: {2}, starting {3}")
    @CsvSource({
            // the same Sunday ends a Monday week and starts a Sunday week
            "2014-12-21, MONDAY, 2014-w51, 2014-12-15",
            "2014-12-21, SUNDAY, 2014-w52, 2014-12-21",
            "2014-12-20, MONDAY, 2014-w51, 2014-12-15",
            "2014-12-20, SUNDAY, 2014-w51, 2014-12-14",
            // ISO year boundary: 29 December 2014 is in the first week of 2015
            "2014-12-29, MONDAY, 2015-w01, 2014-12-29",
            "2015-01-01, MONDAY, 2015-w01, 2014-12-29",
            "2014-12-28, MONDAY, 2014-w52, 2014-12-22",
            // a week from Sunday 28 December holds only three days of 2015, so it is the last of 2014
            "2014-12-29, SUNDAY, 2014-w53, 2014-12-28",
            "2015-01-04, SUNDAY, 2015-w01, 2015-01-04",
            // a year with 53 ISO weeks, and its days in January
            "2020-12-31, MONDAY, 2020-w53, 2020-12-28",
            "2021-01-03, MONDAY, 2020-w53, 2020-12-28",
            "2021-01-04, MONDAY, 2021-w01, 2021-01-04"})
    void weeksAreNumberedAsInIso8601FromTheirFirstDay(LocalDate day, DayOfWeek firstDay, String id, LocalDate start) {
        EditionCalendar weeks = calendar(Period.WEEKLY, firstDay);

        assertThat(weeks.id(day)).isEqualTo(id);
        assertThat(weeks.start(day)).isEqualTo(start);
        assertThat(weeks.end(start)).isEqualTo(start.plusDays(6));
        assertThat(weeks.startOf(id)).contains(start);
    }

    @ParameterizedTest(name = "{0}: {1}, from {2} to {3}")
    @CsvSource({
            "DAILY,   2014-12-20, 2014-12-20, 2014-12-20",
            "MONTHLY, 2014-12-20, 2014-12-01, 2014-12-31",
            "MONTHLY, 2016-02-10, 2016-02-01, 2016-02-29"})
    void daysAndMonths(Period period, LocalDate day, LocalDate start, LocalDate end) {
        EditionCalendar calendar = calendar(period, DayOfWeek.MONDAY);

        assertThat(calendar.start(day)).isEqualTo(start);
        assertThat(calendar.end(start)).isEqualTo(end);
        assertThat(calendar.startOf(calendar.id(day))).contains(start);
    }

    @ParameterizedTest(name = "{0}: ''{1}'' is no edition")
    @CsvSource({
            "WEEKLY,  2014-w53",
            "WEEKLY,  2014-w00",
            "WEEKLY,  2014-W51",
            "WEEKLY,  2014-12",
            "WEEKLY,  week-51",
            "DAILY,   2014-02-30",
            "DAILY,   2014-w51",
            "MONTHLY, 2014-13",
            "MONTHLY, 2014-12-01"})
    void namesThatAreNoEditionOfThePeriodReadAsNothing(Period period, String id) {
        assertThat(calendar(period, DayOfWeek.MONDAY).startOf(id)).isEmpty();
    }
}
