package org.broadsheet.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.ZoneId;

import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.testing.CollectedWarnings;
import org.junit.jupiter.api.Test;

/** The {@code edition:} and {@code stories:} sections of broadsheet.yaml. */
class EditionAndStorySettingsTest {

    private final Path file = Path.of("/site/broadsheet.yaml");
    private final CollectedWarnings diagnostics = new CollectedWarnings();

    @Test
    void weeklyEditionsFromMondayInTheSitesZoneByDefault() {
        SiteConfig config = ConfigLoader.parse("timezone: Europe/London\n", file, diagnostics);

        assertThat(config.editions()).isEqualTo(new EditionSettings(EditionSettings.Period.WEEKLY, DayOfWeek.MONDAY,
                ZoneId.of("Europe/London"), EditionSettings.GroupBy.TAG));
        assertThat(config.stories()).isEqualTo(StorySettings.DEFAULTS);
    }

    @Test
    void theShortFormNamesThePeriod() {
        assertThat(ConfigLoader.parse("edition: monthly\n", file, diagnostics).editions().period())
                .isEqualTo(EditionSettings.Period.MONTHLY);
        assertThat(ConfigLoader.parse("edition: none\n", file, diagnostics).editions().enabled()).isFalse();
    }

    @Test
    void theSectionSetsEverything() {
        SiteConfig config = ConfigLoader.parse("timezone: UTC\nedition:\n  period: daily\n  week_starts: sunday\n"
                + "  timezone: Asia/Tokyo\n  group_by: publication\nstories:\n  similarity: 0.35\n  title_terms: 3\n  days: 5\n",
                file, diagnostics);

        assertThat(config.editions()).isEqualTo(new EditionSettings(EditionSettings.Period.DAILY, DayOfWeek.SUNDAY,
                ZoneId.of("Asia/Tokyo"), EditionSettings.GroupBy.PUBLICATION));
        assertThat(config.timezone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(config.stories()).isEqualTo(new StorySettings(0.35, 3, 5));
        assertThat(diagnostics.warnings()).isEmpty();
    }

    @Test
    void badValuesFailWithTheirLinesAndUnknownKeysWarn() {
        assertThatThrownBy(() -> ConfigLoader.parse("edition:\n  period: fortnightly\n  week_starts: mon\n"
                + "  timezone: Mars/Olympus\n  group_by: author\n  groupby: tag\n"
                + "stories:\n  similarity: 2\n  title_terms: many\n  days: -1\n", file, diagnostics))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).problems()).extracting(Problem::toString).containsExactly(
                        "/site/broadsheet.yaml:2: 'period' must be one of none, daily, weekly, monthly, found 'fortnightly'",
                        "/site/broadsheet.yaml:3: 'week_starts' must be one of monday, tuesday, wednesday, thursday, friday,"
                                + " saturday, sunday, found 'mon'",
                        "/site/broadsheet.yaml:4: edition timezone must be a zone like UTC, Europe/Berlin or +02:00, found 'Mars/Olympus'",
                        "/site/broadsheet.yaml:5: 'group_by' must be one of tag, publication, found 'author'",
                        "/site/broadsheet.yaml:8: 'similarity' must be between 0.05 and 1.0, found 2",
                        "/site/broadsheet.yaml:9: 'title_terms' must be a whole number, found 'many'",
                        "/site/broadsheet.yaml:10: 'days' must be between 0 and 30, found -1"));
        assertThat(diagnostics.warnings()).extracting(Problem::toString)
                .containsExactly("/site/broadsheet.yaml:6: unknown key 'groupby' in 'edition'; did you mean 'group_by'?");
    }

    @Test
    void aShortFormThatIsNoPeriodFailsAtItsLine() {
        assertThatThrownBy(() -> ConfigLoader.parse("title: X\nedition: biweekly\n", file, diagnostics))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("broadsheet.yaml:2: 'edition' must be one of none, daily, weekly, monthly, found 'biweekly'");
    }
}
