package org.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleDateTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @ParameterizedTest(name = "day parsed in {0} is 2014-12-20 in {1}")
    @CsvSource({
            "UTC, UTC",
            "UTC, Asia/Tokyo",
            "Asia/Tokyo, America/Los_Angeles",
            "America/Los_Angeles, Asia/Tokyo",
            "Europe/London, Pacific/Kiritimati",
            "Pacific/Kiritimati, Pacific/Pago_Pago"})
    void plainDayIsTheSameDayInEveryZone(String parseZone, String viewZone) {
        ArticleDate date = ArticleDate.parse("2014-12-20", ZoneId.of(parseZone));

        assertThat(date.hasTime()).isFalse();
        assertThat(date.day(ZoneId.of(viewZone))).isEqualTo(LocalDate.of(2014, 12, 20));
        assertThat(date.toText()).isEqualTo("2014-12-20");
    }

    @Test
    void plainDayStartsAtMidnightInTheGivenZone() {
        // 2014-07-01 00:00 in London is BST (+01:00), i.e. 2014-06-30T23:00Z
        ArticleDate date = ArticleDate.parse("2014-07-01", LONDON);

        assertThat(date.dateTime()).isEqualTo(OffsetDateTime.of(2014, 7, 1, 0, 0, 0, 0, ZoneOffset.ofHours(1)));
        assertThat(date.instant()).isEqualTo(java.time.Instant.parse("2014-06-30T23:00:00Z"));
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        assertThat(ArticleDate.parse("  2014-12-20\t", UTC)).isEqualTo(ArticleDate.parse("2014-12-20", UTC));
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
            "2014-12-20T15:04:05Z        | 2014-12-20T15:04:05Z",
            "2014-12-20T15:04:05z        | 2014-12-20T15:04:05Z",
            "2014-12-20T15:04:05+01:00   | 2014-12-20T15:04:05+01:00",
            "2014-12-20T15:04:05+0100    | 2014-12-20T15:04:05+01:00",
            "2014-12-20T15:04:05+01      | 2014-12-20T15:04:05+01:00",
            "2014-12-20T15:04:05-05:30   | 2014-12-20T15:04:05-05:30",
            "2014-12-20T15:04Z           | 2014-12-20T15:04:00Z",
            "2014-12-20 15:04:05+01:00   | 2014-12-20T15:04:05+01:00",
            "2014-12-20 15:04 Z          | 2014-12-20T15:04:00Z",
            "2014-12-20 15:04:05 +01:00  | 2014-12-20T15:04:05+01:00",
            "2014-12-20T15:04:05.5Z      | 2014-12-20T15:04:05.500Z",
            "2014-12-20T15:04:05,25Z     | 2014-12-20T15:04:05.250Z",
            "2014-12-20T15:04:05.123456789+09:00 | 2014-12-20T15:04:05.123456789+09:00"})
    void dateTimeWithOffsetKeepsTheWrittenOffset(String text, String expected) {
        ArticleDate date = ArticleDate.parse(text, TOKYO); // the zone must not matter when an offset is written

        assertThat(date.hasTime()).isTrue();
        assertThat(date.dateTime()).isEqualTo(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest(name = "''{0}'' in {1} has offset {2}")
    @CsvSource({
            "2014-07-01T12:00,    Europe/London, +01:00",
            "2014-12-20T12:00,    Europe/London, Z",
            "2014-12-20T12:00:30, Europe/London, Z",
            "2014-07-01T12:00,    UTC,           Z",
            "2014-07-01T12:00,    Asia/Tokyo,    +09:00",
            "2014-07-01T12:00,    America/New_York, -04:00",
            "2014-12-20T12:00,    America/New_York, -05:00"})
    void dateTimeWithoutOffsetIsInTheGivenZone(String text, String zone, String offset) {
        ArticleDate date = ArticleDate.parse(text, ZoneId.of(zone));

        assertThat(date.hasTime()).isTrue();
        assertThat(date.dateTime().getOffset()).isEqualTo(ZoneOffset.of(offset));
        assertThat(date.dateTime().toLocalDateTime()).isEqualTo(java.time.LocalDateTime.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2014-12-20",
            "2014-12-20T15:04:05Z",
            "2014-12-20T15:04+01:00",
            "2014-12-20T15:04:05.5-08:00",
            "2014-12-20T15:04:05.123456789+05:45"})
    void toTextParsesBackToTheSameDate(String text) {
        ArticleDate date = ArticleDate.parse(text, LONDON);

        assertThat(ArticleDate.parse(date.toText(), LONDON)).isEqualTo(date);
    }

    @Test
    void toTextOfAMomentIsIsoWithOffset() {
        assertThat(ArticleDate.parse("2014-12-20 15:04:05 +0100", UTC).toText()).isEqualTo("2014-12-20T15:04:05+01:00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "20/12/2014", "2014-12", "2014", "2014-12-20T", "2014-12-20T15", "December 20, 2014", ""})
    void unreadableTextIsRejectedWithAnExampleOfTheExpectedForm(String text) {
        assertThatThrownBy(() -> ArticleDate.parse(text, UTC))
                .isInstanceOf(DateTimeException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining("2014-12-20");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2014-13-01", "2014-02-30", "2014-00-10", "2014-12-32", "2014-12-20T25:00", "2014-12-20T10:61",
            "2014-12-20T10:00:60Z", "2014-12-20T10:00+25:00"})
    void impossibleDatesAndTimesAreRejectedNamingTheText(String text) {
        assertThatThrownBy(() -> ArticleDate.parse(text, UTC))
                .isInstanceOf(DateTimeException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining("not a real date or time");
    }

    @Test
    void leapDayExistsOnlyInLeapYears() {
        assertThat(ArticleDate.parse("2016-02-29", UTC).day(UTC)).isEqualTo(LocalDate.of(2016, 2, 29));
        assertThatThrownBy(() -> ArticleDate.parse("2014-02-29", UTC)).isInstanceOf(DateTimeException.class);
    }

    @ParameterizedTest(name = "{0} is on {2} in {1}")
    @CsvSource({
            "2014-12-31T23:30:00Z,      Asia/Tokyo,          2015-01-01",
            "2014-12-31T23:30:00Z,      UTC,                 2014-12-31",
            "2014-12-31T23:30:00Z,      America/New_York,    2014-12-31",
            "2015-01-01T00:30:00+09:00, UTC,                 2014-12-31",
            "2015-01-01T00:30:00+09:00, Asia/Tokyo,          2015-01-01",
            "2014-12-20T02:00:00Z,      America/Los_Angeles, 2014-12-19"})
    void dayOfAMomentIsItsLocalDateInTheZone(String text, String zone, String expectedDay) {
        assertThat(ArticleDate.parse(text, UTC).day(ZoneId.of(zone))).isEqualTo(LocalDate.parse(expectedDay));
    }

    @ParameterizedTest(name = "{0} is before {1}")
    @CsvSource({
            "2014-12-20T10:00:00+01:00, 2014-12-20T09:30:00Z",     // 09:00Z < 09:30Z although 10:00 > 09:30 on the clock
            "2014-12-21T01:00:00+09:00, 2014-12-20T17:00:00Z",     // 16:00Z on the 20th, although written as the 21st
            "2014-12-19T23:59:59Z,      2014-12-20",
            "2014-12-20,                2014-12-20T00:00:01Z",
            "2014-12-20T10:00:00.1Z,    2014-12-20T10:00:00.2Z"})
    void compareToOrdersByInstant(String earlier, String later) {
        ArticleDate a = ArticleDate.parse(earlier, UTC);
        ArticleDate b = ArticleDate.parse(later, UTC);

        assertThat(a).isLessThan(b);
        assertThat(b).isGreaterThan(a);
    }

    @Test
    void sameInstantWithDifferentOffsetsComparesEqual() {
        ArticleDate berlin = ArticleDate.parse("2014-12-20T10:00:00+01:00", UTC);
        ArticleDate utc = ArticleDate.parse("2014-12-20T09:00:00Z", UTC);

        assertThat(berlin.compareTo(utc)).isZero();
        assertThat(berlin).isNotEqualTo(utc); // equals keeps the written offset
    }

    @Test
    void aDayIsPlacedAtTheStartOfThatDayInTheSiteZoneForOrdering() {
        // in Tokyo, 2014-12-20 starts at 2014-12-19T15:00Z, which is before 16:00Z on the 19th
        ArticleDate day = ArticleDate.parse("2014-12-20", TOKYO);
        ArticleDate moment = ArticleDate.parse("2014-12-19T16:00:00Z", TOKYO);

        assertThat(day).isLessThan(moment);
    }

    @Test
    void sortingAListUsesInstants() {
        List<ArticleDate> dates = new ArrayList<>(List.of(
                ArticleDate.parse("2014-12-20T12:00:00-08:00", UTC), // 20:00Z
                ArticleDate.parse("2014-12-20T12:00:00+09:00", UTC), // 03:00Z
                ArticleDate.parse("2014-12-20T12:00:00Z", UTC)));    // 12:00Z
        dates.sort(null);

        assertThat(dates).extracting(ArticleDate::toText).containsExactly(
                "2014-12-20T12:00:00+09:00", "2014-12-20T12:00:00Z", "2014-12-20T12:00:00-08:00");
    }
}
