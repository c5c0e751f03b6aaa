package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.broadsheet.content.ArticleDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The date parser against feedparser's table of cases, the dates of the sample feeds, and the forms text dumps use. */
class DateParserTest {

    static final ZoneId UTC = ZoneOffset.UTC;

    /**
     * Cases of feedparser's table that are deliberately rejected, with why:
     * <ul>
     * <li>{@code 03335}: a two-digit year and an ordinal day with no separators; the same five digits are "year too
     * long" in feedparser's own W3C-DTF table ({@code 22013}), so no reading of such strings is safe.</li>
     * </ul>
     */
    static final Set<String> DELIBERATELY_REJECTED = Set.of("03335");

    static Stream<Arguments> feedparserCases() throws IOException {
        JsonObject root = JsonParser.parseString(Files.readString(Path.of("src/test/resources/dates/feedparser_date_cases.json"),
                StandardCharsets.UTF_8)).getAsJsonObject();
        return root.getAsJsonArray("cases").asList().stream().map(JsonElement::getAsJsonObject).map(c -> Arguments.of(
                c.get("input").getAsString(),
                c.get("expected_utc").isJsonNull() ? null : c.get("expected_utc").getAsString(),
                c.get("parser").getAsString() + (c.get("note").getAsString().isEmpty() ? "" : ": " + c.get("note").getAsString())));
    }

    @ParameterizedTest(name = "{2}: ''{0}''")
    @MethodSource("feedparserCases")
    void parsesFeedparsersCasesToTheExpectedInstant(String input, String expectedUtc, String note) {
        Optional<ArticleDate> parsed = DateParser.parse(input, UTC);
        if (expectedUtc == null || DELIBERATELY_REJECTED.contains(input)) {
            assertThat(parsed).as("'%s' must be rejected", input).isEmpty();
        } else {
            assertThat(parsed).as("'%s'", input).isPresent();
            assertThat(parsed.get().instant()).as("'%s'", input).isEqualTo(Instant.parse(expectedUtc));
        }
    }

    @Test
    void everyDateOfTheSampleFeedsParsesExceptTheMisencodedOne() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/dates/feed_date_strings.tsv"), StandardCharsets.UTF_8);
        List<String> values = lines.stream().skip(1).map(l -> l.split("\t")[2])
                .filter(v -> !v.contains("\uFFFD")) // a Greek date read with the wrong encoding: noise, rejected
                .toList();
        assertThat(values).hasSizeGreaterThan(100);
        assertThat(values).allSatisfy(v -> assertThat(DateParser.parse(v, UTC)).as(v).isPresent());
    }

    @ParameterizedTest(name = "''{0}'' = {1}")
    @CsvSource(delimiter = '|', value = {
        "December 20, 2014                 | 2014-12-20",
        "20 December 2014                  | 2014-12-20",
        "Saturday, December 20, 2014       | 2014-12-20",
        "20th December 2014                | 2014-12-20",
        "Dec. 20, 2014 3:04 PM EST         | 2014-12-20T15:04-05:00",
        "December 20, 2014 at 3:04 pm      | 2014-12-20T15:04Z",
        "Sept. 5, 2014                     | 2014-09-05",
        "2014-12-20                        | 2014-12-20",
        "20141220T150405Z                  | 2014-12-20T15:04:05Z",
        "2014-12-20T15:04:05+01:00         | 2014-12-20T15:04:05+01:00",
        "Sat, 20 Dec 2014 15:04:05 +0000   | 2014-12-20T15:04:05Z",
        "Seg, 24 Set 2018 19:42:40 -0300   | 2018-09-24T19:42:40-03:00",
        "03 Apr 02 1500 GMT                | 2002-04-03T15:00Z",
        "20. Dezember 2014                 | 2014-12-20",
        "12/20/2014                        | 2014-12-20",
        "20/12/2014                        | 2014-12-20",
        "06/06/2014                        | 2014-06-06",
        "2014-12-20 15:04 Europe/Berlin    | 2014-12-20T15:04+01:00",
    })
    void readsTheFormsTextDumpsAndPagesUse(String input, String expected) {
        Optional<ArticleDate> parsed = DateParser.parse(input, UTC);
        assertThat(parsed).as(input).isPresent();
        assertThat(parsed.get()).isEqualTo(ArticleDate.parse(expected, UTC));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"05/06/2014", "yesterday", "sometime last week", "2014-13-01", "Dec 32, 2014",
        "By Jane Doe", "The 12 days of Christmas"})
    void rejectsWhatIsNotSurelyADate(String input) {
        assertThat(DateParser.parse(input, UTC)).isEmpty();
    }

    @Test
    void aTimeWithoutZoneIsInTheSitesZone() {
        ArticleDate d = DateParser.parse("December 20, 2014 3:04 PM", ZoneId.of("America/New_York")).orElseThrow();
        assertThat(d.toText()).isEqualTo("2014-12-20T15:04:00-05:00");
    }
}
