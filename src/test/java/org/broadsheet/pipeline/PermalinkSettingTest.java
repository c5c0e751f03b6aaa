package org.broadsheet.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.broadsheet.cli.ExitCodes;
import org.broadsheet.testing.Cli;
import org.broadsheet.testing.LinkChecker;
import org.broadsheet.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The permalink setting through a whole build: articles where it says, every link following them. */
class PermalinkSettingTest {

    @TempDir
    Path root;

    private TestSite site(String permalink) {
        return new TestSite(root).file("broadsheet.yaml", "title: Moved\nbase_url: https://example.org/\npermalink: "
                + permalink + "\n")
                .file("content/2024/05/wall.md", TestSite.article("Harbour Wall", "2024-05-01", "tags: [harbour]"))
                .file("content/2024/04/ferry.md", TestSite.article("Ferry Talks", "2024-04-10", "tags: [harbour]"));
    }

    @Test
    void articlesArePublishedWhereThePermalinkSaysAndEveryLinkLeadsThere() {
        TestSite site = site("/:year/:month/:day/:slug.html");

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(site.read("site/2024/05/01/wall.html")).contains("<h1>Harbour Wall</h1>",
                "<link rel=\"canonical\" href=\"https://example.org/2024/05/01/wall.html\">");
        assertThat(site.exists("site/2024/05/wall/index.html")).isFalse();
        assertThat(site.read("site/tags/harbour/index.html")).contains("href=\"../../2024/05/01/wall.html\"");
        assertThat(site.read("site/sitemap.xml")).contains("<loc>https://example.org/2024/04/10/ferry.html</loc>");
        assertThat(site.read("site/search-index.js")).contains("\"permalink\":\":year/:month/:day/:slug.html\"");
        assertThat(LinkChecker.brokenLinks(root.resolve("site"), "https://example.org/")).isEmpty();
    }

    @Test
    void twoArticlesAtOneAddressAreToldApartWithAWarning() {
        TestSite site = site("news/:slug/").file("content/2023/01/wall.md", TestSite.article("Old Wall", "2023-01-02"));

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.err()).contains("content/2024/05/wall.md: the URL name 'wall' is also used by content/2023/01/wall.md "
                + "at the same address; this article is published as 'wall-2'");
        assertThat(site.read("site/news/wall/index.html")).contains("<h1>Old Wall</h1>");
        assertThat(site.read("site/news/wall-2/index.html")).contains("<h1>Harbour Wall</h1>");
    }

    @Test
    void anArticleWhereTheSiteMakesAPageOfItsOwnIsRefusedAtItsFile() {
        site(":slug/").file("content/2024/03/tags.md", TestSite.article("All About Tags", "2024-03-01"));

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("error: content/2024/03/tags.md: this article would be published at tags/index.html, "
                + "which the site makes itself; set another 'slug:', or another 'permalink' in the config");
        assertThat(root.resolve("site")).doesNotExist();
    }

    @Test
    void aBadPermalinkIsAConfigErrorAtItsLine() {
        site(":year/:author/");

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("error: broadsheet.yaml:3: permalink ':year/:author/' has ':author'");
    }
}
