package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.broadsheet.content.ArticleDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserFormsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static ArticleDate day(String isoDay, ZoneId zone) {
        return ArticleDate.ofDay(LocalDate.parse(isoDay), zone);
    }

    private static ArticleDate moment(String isoOffsetDateTime) {
        return ArticleDate.ofMoment(OffsetDateTime.parse(isoOffsetDateTime));
    }

    @ParameterizedTest(name = "[{0}] is the day 2014-12-20")
    @ValueSource(strings = {
            "December 20, 2014",
            "december 20, 2014",
            "DECEMBER 20 2014",
            "Dec 20, 2014",
            "Dec. 20, 2014",
            "December 20th, 2014",
            "20 December 2014",
            "20 Dec 2014",
            "20 Dec. 2014",
            "20th December, 2014",
            "Saturday, December 20, 2014",
            "Sat, 20 Dec 2014",
            "Sat. Dec 20, 2014",
            "2014-12-20",
            "  2014-12-20  ",
            "Dec 20, 14"})
    void readsWrittenOutDays(String text) {
        Optional<ArticleDate> parsed = DateParser.parse(text, TOKYO);

        assertThat(parsed).contains(day("2014-12-20", TOKYO));
        assertThat(parsed.get().hasTime()).isFalse();
    }

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource(delimiter = '|', value = {
            "Dec. 20, 2014 3:04 PM EST             | 2014-12-20T15:04-05:00",
            "Dec 20, 2014 3:04 p.m. EST            | 2014-12-20T15:04-05:00",
            "December 20, 2014 at 10:30 am PST     | 2014-12-20T10:30-08:00",
            "December 20, 2014, 11:59 PM GMT       | 2014-12-20T23:59Z",
            "Dec 20, 2014 12:30 AM UTC             | 2014-12-20T00:30Z",
            "Dec 20, 2014 12:30 PM UTC             | 2014-12-20T12:30Z",
            "Dec 20, 2014 15:04:05 +0100           | 2014-12-20T15:04:05+01:00",
            "Dec 20, 2014 15:04 -03:30             | 2014-12-20T15:04-03:30",
            "Sat, 20 Dec 2014 10:00:00 +0000       | 2014-12-20T10:00Z",
            "Sat, 20 Dec 2014 10:00:00 GMT         | 2014-12-20T10:00Z",
            "Saturday, 20 December 2014 09:15 CET  | 2014-12-20T09:15+01:00",
            "Mon, 7 Jul 2014 08:00:00 EDT          | 2014-07-07T08:00-04:00",
            "20 Dec 2014 23:00 JST                 | 2014-12-20T23:00+09:00",
            "2014-12-20T15:04:05+01:00             | 2014-12-20T15:04:05+01:00",
            "2014-12-20 15:04 Z                    | 2014-12-20T15:04Z"})
    void readsMomentsWithTheirZone(String text, String expected) {
        assertThat(DateParser.parse(text, TOKYO)).contains(moment(expected));
    }

    @ParameterizedTest(name = "[{0}] in London is {1}")
    @CsvSource(delimiter = '|', value = {
            "December 20, 2014 3:04 PM   | 2014-12-20T15:04Z",
            "Jul 1, 2014 3:04 PM         | 2014-07-01T15:04+01:00",
            "1 Jul 2014 09:00            | 2014-07-01T09:00+01:00",
            "2014-07-01T09:00            | 2014-07-01T09:00+01:00"})
    void timeWithoutZoneIsInTheSiteZone(String text, String expected) {
        assertThat(DateParser.parse(text, LONDON)).contains(moment(expected));
    }

    @ParameterizedTest(name = "[{0}] is in month {1}")
    @CsvSource({
            "January,   1", "February, 2", "March,     3", "April,   4", "May,      5",
            "August,    8", "September, 9", "October, 10", "November, 11", "December, 12",
            "Jan, 1", "Feb, 2", "Mar, 3", "Apr, 4", "Jun, 6", "Jul, 7", "Aug, 8", "Sep, 9", "Sept, 9", "Oct, 10",
            "Nov, 11", "Dec, 12"})
    void readsMonthNames(String month, int number) {
        assertThat(DateParser.parse(month + " 5, 2014", LONDON)).contains(day(LocalDate.of(2014, number, 5).toString(), LONDON));
        assertThat(DateParser.parse("5 " + month + " 2014", LONDON)).contains(day(LocalDate.of(2014, number, 5).toString(), LONDON));
    }

    @ParameterizedTest(name = "[{0}] is in month {1}")
    @CsvSource({"June, 6", "July, 7", "JUNE, 6", "july, 7"})
    void readsFourLetterMonthNames(String month, int number) {
        assertThat(DateParser.parse(month + " 5, 2014", LONDON)).contains(day(LocalDate.of(2014, number, 5).toString(), LONDON));
        assertThat(DateParser.parse("5 " + month + " 2014", LONDON)).contains(day(LocalDate.of(2014, number, 5).toString(), LONDON));
    }

    @Test
    void twoDigitYearsBefore70AreThisCentury() {
        assertThat(DateParser.parse("Dec 20, 69", LONDON)).contains(day("2069-12-20", LONDON));
        assertThat(DateParser.parse("Dec 20, 70", LONDON)).contains(day("1970-12-20", LONDON));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "   ", "yesterday", "not a date", "Smarch 20, 2014", "December 32, 2014", "February 30, 2014",
            "2014-13-01", "05/06/2014", "Dec 20, 2014 3:04 PM XYZ", "Dec 20", "December 2014", "Saturday",
            "Dec 20, 2014 and some words", "By John Smith", "Dec 20, 2014 25:00"})
    void unreadableTextGivesNoDate(String text) {
        assertThat(DateParser.parse(text, LONDON)).isEmpty();
    }

    @Test
    void explicitZoneOverridesTheSiteZone() {
        ArticleDate parsed = DateParser.parse("Dec 20, 2014 3:04 PM EST", TOKYO).orElseThrow();

        assertThat(parsed.dateTime().getOffset()).isEqualTo(ZoneOffset.ofHours(-5));
        assertThat(parsed.day(TOKYO)).isEqualTo(LocalDate.of(2014, 12, 21));
    }
}
