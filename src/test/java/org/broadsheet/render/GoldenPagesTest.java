package org.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.broadsheet.testing.Cli;
import org.broadsheet.testing.Golden;
import org.broadsheet.testing.LinkChecker;
import org.broadsheet.testing.TestSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders the fixture site {@code sites/golden} with the built-in theme and compares its pages, feeds, sitemap and
 * search index byte for byte with golden files. A deliberate change to the theme or the views: rerun with -Dgolden.update=true and review the diff.
 */
class GoldenPagesTest {

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() {
        TestSite.copyTree(Path.of("src/test/resources/sites/golden"), tmp);
        Cli.Run run = Cli.inSite(tmp, "build", "-q");
        assertThat(run.exitCode()).as(run.all()).isZero();
        site = tmp.resolve("site");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "index.html",
        "page/2/index.html",
        "2024/03/grid-upgrade/index.html",
        "tags/index.html",
        "tags/climate/index.html",
        "tags/climate/page/2/index.html",
        "timeline/index.html",
        "2024/index.html",
        "2024/03/index.html",
        "sources/index.html",
        "sources/the-example-ledger/index.html",
        "search/index.html",
        "404.html",
        "feed.xml",
        "feed.json",
        "tags/climate/feed.xml",
        "sitemap.xml",
        "robots.txt",
        "search-index.js",
        "editions/index.html",
        "editions/2024-w11/index.html",
        "editions/2024-w11/email.txt",
        "editions/feed.xml",
        "colophon/index.html",
        "corrections/index.html",
    })
    void pageMatchesGoldenFile(String page) throws IOException {
        String html = Files.readString(site.resolve(page), StandardCharsets.UTF_8);
        Golden.assertMatches(html, "pages/" + page);
    }

    @Test
    void everyInternalLinkOfTheFixtureSiteResolves() {
        assertThat(LinkChecker.countInternalLinks(site)).isGreaterThan(50);
        assertThat(LinkChecker.brokenLinks(site, "https://example.org/golden/")).isEmpty();
    }

    @Test
    void draftsAreNotPublished() {
        assertThat(site.resolve("2024/04/unfinished-draft")).doesNotExist();
        assertThat(tmp.resolve("site/index.html")).content().doesNotContain("Unfinished Draft");
    }
}
