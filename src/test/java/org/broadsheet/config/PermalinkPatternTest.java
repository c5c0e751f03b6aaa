package org.broadsheet.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The permalink setting: what it accepts, what it refuses and why, and the paths it gives. */
class PermalinkPatternTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 7);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        ":year/:month/:slug/            | 2024/03/harbour-wall/index.html",
        "/:year/:month/:day/:slug.html  | 2024/03/07/harbour-wall.html",
        "news/:slug/                    | news/harbour-wall/index.html",
        ":year/:month/:day-:slug/       | 2024/03/07-harbour-wall/index.html",
        "archive/:year/:slug.html       | archive/2024/harbour-wall.html",
        "/:year/:month/:day/:title.html | 2024/03/07/harbour-wall.html"})
    void aPatternGivesEachArticleItsPath(String pattern, String path) {
        assertThat(PermalinkPattern.parse(pattern).path(DAY, "harbour-wall")).isEqualTo(path);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        ":year/:month/:slug       | must end with / (a folder per article) or .html",
        ":year/:month/            | needs :slug once",
        ":slug/:slug/             | needs :slug once",
        ":year/:author/           | has ':author'; the parts a permalink may use are :year, :month, :day and :slug",
        "../:slug/                | must be a plain path inside the site",
        "news//:slug/             | must be a plain path inside the site",
        "CON/:slug/               | must be a plain path inside the site",
        ".hidden/:slug/           | must be a plain path inside the site",
        ":year/:month/:slug/.html | must be a plain path inside the site",
        "news?/:slug/             | has 'news?/'; between its parts a permalink may use letters",
        "'news :slug/'            | has 'news '"})
    void aBadPatternIsRefusedWithWhatIsWrong(String pattern, String message) {
        assertThatThrownBy(() -> PermalinkPattern.parse(pattern)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({":year/:month/:slug/", "/:year/:month/:slug/"})
    void theDefaultWrittenOutIsTheDefault(String pattern) {
        assertThat(PermalinkPattern.parse(pattern)).isEqualTo(PermalinkPattern.DEFAULT);
    }
}
