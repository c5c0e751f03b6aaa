package org.broadsheet.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.broadsheet.cli.ExitCodes;
import org.broadsheet.testing.Cli;
import org.broadsheet.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages that are not articles, through a whole build: where they go, what lists them, and what refuses them. */
class ContentPagesTest {

    @TempDir
    Path root;
    TestSite site;

    @BeforeEach
    void siteWithAnArticle() {
        site = new TestSite(root).file("broadsheet.yaml", "title: Pages\nbase_url: https://example.org/\n")
                .file("content/2024/05/story.md", TestSite.article("A Story", "2024-05-01", "tags: [harbour]"));
    }

    @Test
    void aPageIsPublishedAtItsNameInTheMenuAndSitemapButNoListOfArticles() {
        site.file("content/pages/about.md", "---\ntitle: About Us\nmenu: 1\n---\n\nWe read the *news*.\n")
                .file("content/pages/imprint.md", "---\ntitle: Imprint\n---\n\nPublisher: nobody.\n");

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(site.read("site/about/index.html")).contains("<title>About Us · Pages</title>", "<em>news</em>");
        assertThat(site.read("site/index.html")).contains("<a href=\"about/index.html\">About Us</a>")
                .doesNotContain("Imprint");
        assertThat(site.read("site/about/index.html")).contains(
                "<a href=\"../about/index.html\" aria-current=\"page\">About Us</a>");
        assertThat(site.read("site/imprint/index.html")).contains("Publisher: nobody.");
        assertThat(site.read("site/sitemap.xml")).contains("<url><loc>https://example.org/about/</loc></url>",
                "<url><loc>https://example.org/imprint/</loc></url>");
        for (String list : new String[] {"site/feed.xml", "site/feed.json", "site/search-index.js", "site/timeline/index.html",
            "site/tags/harbour/index.html"}) {
            assertThat(site.read(list)).as(list).doesNotContain("We read the").doesNotContain("Publisher: nobody");
        }
    }

    @Test
    void aDraftPageIsPublishedOnlyWithDrafts() {
        site.file("content/pages/soon.md", "---\ntitle: Coming Soon\nmenu: true\ndraft: true\n---\nLater.\n");

        assertThat(Cli.inSite(root, "build", "-q").exitCode()).isZero();
        assertThat(site.exists("site/soon/index.html")).isFalse();
        assertThat(site.read("site/index.html")).doesNotContain("Coming Soon");

        assertThat(Cli.inSite(root, "build", "-q", "--drafts").exitCode()).isZero();
        assertThat(site.read("site/soon/index.html")).contains("Later.");
    }

    @Test
    void aPageWhereTheSiteMakesAPageOfItsOwnIsRefusedAtItsFile() {
        site.file("content/pages/tags.md", "---\ntitle: Our Tags\n---\n")
                .file("content/pages/year.md", "---\ntitle: A Year\nslug: '2024'\n---\n");

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("error: content/pages/tags.md: this page would be published at tags/index.html, which "
                + "the site makes itself; set another 'slug:'",
                "error: content/pages/year.md: this page would be published at 2024/index.html, which the site makes itself");
        assertThat(root.resolve("site")).doesNotExist();
    }

    @Test
    void editingAPageShowsInTheNextBuild() {
        site.file("content/pages/about.md", "---\ntitle: About\n---\nFirst words.\n");
        assertThat(Cli.inSite(root, "build", "-q").exitCode()).isZero();

        site.file("content/pages/about.md", "---\ntitle: About\n---\nSecond thoughts.\n");
        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(site.read("site/about/index.html")).contains("Second thoughts.").doesNotContain("First words.");
    }
}
