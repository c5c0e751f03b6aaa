package org.broadsheet.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.testing.CollectedWarnings;
import org.junit.jupiter.api.Test;

/** The {@code feeds:} and {@code publish:} sections of broadsheet.yaml. */
class FeedAndPublishSettingsTest {

    private final Path file = Path.of("/site/broadsheet.yaml");
    private final CollectedWarnings diagnostics = new CollectedWarnings();

    @Test
    void defaultsWhenTheSectionsAreAbsent() {
        SiteConfig config = ConfigLoader.parse("title: X\n", file, diagnostics);

        assertThat(config.feeds()).isEqualTo(new FeedSettings(20, false, false));
        assertThat(config.publish()).isEqualTo(new PublishSettings("", "gh-pages", ""));
    }

    @Test
    void readsEverySetting() {
        SiteConfig config = ConfigLoader.parse("feeds:\n  entries: 5\n  content: full\n  rss: true\n"
                + "publish:\n  git: ../pages.git\n  branch: site\n  cname: news.example.org\n", file, diagnostics);

        assertThat(config.feeds()).isEqualTo(new FeedSettings(5, true, true));
        assertThat(config.publish()).isEqualTo(new PublishSettings("../pages.git", "site", "news.example.org"));
        assertThat(diagnostics.warnings()).isEmpty();
    }

    @Test
    void badValuesFailWithTheirLinesAndUnknownKeysWarn() {
        assertThatThrownBy(() -> ConfigLoader.parse("feeds:\n  entries: 0\n  content: everything\n"
                + "publish:\n  cname: https://news.example.org/\n  brnach: x\n", file, diagnostics))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).problems()).extracting(Problem::toString).containsExactly(
                        "/site/broadsheet.yaml:2: 'entries' must be between 1 and 10000, found 0",
                        "/site/broadsheet.yaml:3: 'content' must be full or summary, found 'everything'",
                        "/site/broadsheet.yaml:5: 'cname' must be a domain name like news.example.org, found 'https://news.example.org/'"));
        assertThat(diagnostics.warnings()).extracting(Problem::toString)
                .containsExactly("/site/broadsheet.yaml:6: unknown key 'brnach' in 'publish'; did you mean 'branch'?");
    }
}
