package org.broadsheet.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.broadsheet.cli.ExitCodes;
import org.broadsheet.testing.Cli;
import org.broadsheet.testing.LinkChecker;
import org.broadsheet.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hugo's page bundles: an article named index.md in a folder of its own, published with the folder's other files. */
class PageBundlesTest {

    @TempDir
    Path root;

    TestSite bundles(String config) {
        return new TestSite(root).file("broadsheet.yaml", config)
                .file("content/posts/harbour-wall/index.md", TestSite.articleWithBody("Harbour Wall", "2024-05-01",
                        "![chart](chart.png) ![photo](./images/photo.jpg) [the data](data.csv#row-2) [ferry](../ferry/index.md)"))
                .file("content/posts/harbour-wall/chart.png", "chart")
                .file("content/posts/harbour-wall/images/photo.jpg", "photo")
                .file("content/posts/harbour-wall/data.csv", "a,b")
                .file("content/posts/harbour-wall/.DS_Store", "litter")
                .file("content/posts/harbour-wall/notes/index.md", TestSite.articleWithBody("Notes", "2024-05-02", "![map](map.png)"))
                .file("content/posts/harbour-wall/notes/map.png", "map")
                .file("content/posts/ferry/index.md", TestSite.articleWithBody("Ferry", "2024-04-01", "Text."));
    }

    @Test
    void anIndexArticleIsNamedByItsFolderAndPublishedWithItsFilesWhichItsLinksReach() {
        TestSite site = bundles("title: Bundles\n");

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.err()).doesNotContain("warning");
        assertThat(site.read("site/2024/05/harbour-wall/chart.png")).isEqualTo("chart");
        assertThat(site.read("site/2024/05/harbour-wall/images/photo.jpg")).isEqualTo("photo");
        assertThat(site.read("site/2024/05/harbour-wall/data.csv")).isEqualTo("a,b");
        // the nested folder with an index.md is an article of its own, with its own files
        assertThat(site.read("site/2024/05/notes/map.png")).isEqualTo("map");
        assertThat(root.resolve("site/2024/05/harbour-wall/notes")).doesNotExist();
        assertThat(root.resolve("site/2024/05/harbour-wall/.DS_Store")).doesNotExist();
        assertThat(site.read("site/2024/05/harbour-wall/index.html")).contains(
                "<img src=\"../../../2024/05/harbour-wall/chart.png\" alt=\"chart\" />",
                "<img src=\"../../../2024/05/harbour-wall/images/photo.jpg\" alt=\"photo\" />",
                "<a href=\"../../../2024/05/harbour-wall/data.csv#row-2\">the data</a>",
                "<a href=\"../../../2024/04/ferry/index.html\">ferry</a>");
        assertThat(LinkChecker.brokenLinks(root.resolve("site"))).isEmpty();
    }

    @Test
    void feedsLinkTheFilesInFullAndAnHtmlPermalinkPutsThemInAFolderNamedLikeThePage() {
        TestSite site = bundles("title: Bundles\nbase_url: https://example.org/news/\npermalink: /:year/:slug.html\n"
                + "feeds:\n  content: full\n");

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(site.read("site/2024/harbour-wall/chart.png")).isEqualTo("chart");
        assertThat(site.read("site/2024/harbour-wall.html")).contains("<img src=\"../2024/harbour-wall/chart.png\" alt=\"chart\" />");
        assertThat(site.read("site/feed.xml")).contains("&lt;img src=\"https://example.org/news/2024/harbour-wall/chart.png\"");
        assertThat(LinkChecker.brokenLinks(root.resolve("site"), "https://example.org/news/")).isEmpty();
    }

    @Test
    void aChangedFileIsCopiedAgainAndARemovedOneLeavesTheSite() throws IOException {
        TestSite site = bundles("title: Bundles\n");
        assertThat(Cli.inSite(root, "build", "-q").exitCode()).isZero();

        site.file("content/posts/harbour-wall/chart.png", "a new chart");
        Files.delete(site.path("content/posts/harbour-wall/data.csv"));
        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(site.read("site/2024/05/harbour-wall/chart.png")).isEqualTo("a new chart");
        assertThat(root.resolve("site/2024/05/harbour-wall/data.csv")).doesNotExist();
        assertThat(site.read("site/2024/05/harbour-wall/index.html")).contains("<a href=\"data.csv#row-2\">the data</a>");
    }

    @Test
    void aFileWhereTheArticlesPageGoesIsRefusedAndAFileOutsideAnyBundleIsWarnedOf() {
        new TestSite(root).file("broadsheet.yaml", "title: Bundles\n")
                .file("content/posts/harbour-wall/index.md", TestSite.articleWithBody("Harbour Wall", "2024-05-01", "Text."))
                .file("content/posts/harbour-wall/index.html", "<p>an old copy</p>")
                .file("content/posts/stray.png", "stray");

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains(
                "error: content/posts/harbour-wall/index.html: this file of content/posts/harbour-wall/index.md would be "
                        + "published at 2024/05/harbour-wall/index.html, where the article content/posts/harbour-wall/index.md is; "
                        + "rename this file, or move it out of the article's folder",
                "warning: content/posts/stray.png: not an article");
    }

    @Test
    void aDraftsFilesAreNotPublishedAndNeitherAreBadNamesOrLinksOutOfTheContentFolder() throws IOException {
        TestSite site = new TestSite(root).file("broadsheet.yaml", "title: Bundles\n")
                .file("content/posts/draft/index.md", TestSite.articleWithBody("Draft", "2024-05-01", "![x](x.png)")
                        .replace("title:", "draft: true\ntitle:"))
                .file("content/posts/draft/x.png", "x")
                .file("content/posts/wall/index.md", TestSite.articleWithBody("Wall", "2024-05-02", "Text."))
                .file("content/posts/wall/my chart.png", "spaces")
                .file("content/posts/wall/v1..2.png", "dots")
                .file("content/posts/wall/con.txt", "device")
                .file("outside.txt", "secret")
                .file("content/index.md", TestSite.articleWithBody("Front", "2024-05-03", "Text."))
                .file("content/stray.png", "stray");
        Files.createSymbolicLink(site.path("content/posts/wall/leak.txt"), site.path("outside.txt"));

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(root.resolve("site/2024/05/draft")).doesNotExist();
        assertThat(root.resolve("site/2024/05/wall")).isDirectoryContaining(p -> p.endsWith("index.html"));
        try (var files = Files.list(root.resolve("site/2024/05/wall"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("index.html");
        }
        assertThat(run.err()).contains(
                "warning: content/posts/wall/my chart.png: this file of posts/wall/index.md is not published: 'my chart.png' "
                        + "is not a name every web server and system can serve; rename it",
                "warning: content/posts/wall/v1..2.png: this file of posts/wall/index.md is not published",
                "warning: content/posts/wall/con.txt: this file of posts/wall/index.md is not published",
                "warning: content/posts/wall/leak.txt: this link leads out of the content folder",
                // the content folder's own index.md is an article, not a folder of files
                "warning: content/stray.png: not an article");
        assertThat(site.read("site/2024/05/content/index.html")).contains("Front");
    }

    @Test
    void aBundleInAFolderLinkedIntoTheContentFolderKeepsItsFiles() throws IOException {
        TestSite site = new TestSite(root).file("broadsheet.yaml", "title: Bundles\n")
                .file("archive/wall/index.md", TestSite.articleWithBody("Wall", "2024-05-02", "![c](chart.png)"))
                .file("archive/wall/chart.png", "chart");
        Files.createDirectories(site.path("content"));
        Files.createSymbolicLink(site.path("content/posts"), site.path("archive"));

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.err()).doesNotContain("warning");
        assertThat(site.read("site/2024/05/wall/chart.png")).isEqualTo("chart");
    }
}
