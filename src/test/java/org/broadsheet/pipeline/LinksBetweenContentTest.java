package org.broadsheet.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.broadsheet.testing.Cli;
import org.broadsheet.testing.LinkChecker;
import org.broadsheet.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links written as another content file's path, through whole builds: published at that file's address. */
class LinksBetweenContentTest {

    @TempDir
    Path root;

    TestSite digest(String config) {
        return new TestSite(root).file("broadsheet.yaml", config)
                .file("static/images/chart.png", "not really a PNG")
                .file("content/2024/04/talks.md", TestSite.articleWithBody("Ferry talks", "2024-04-02", "The talks begin.\n\n## More\n\nText.")
                        .replace("title:", "tags: [Harbour]\ntitle:"))
                .file("content/2024/05/wall.md", TestSite.articleWithBody("Harbour wall", "2024-05-01",
                        "As [reported in April](../04/talks.md#more), and [from the root](/2024/04/talks.md), "
                        + "[the Pelican way]({filename}../04/talks.md) and [a reference][talks]; see [who we are](/pages/about.md)."
                        + "\n\nNot [a web page](https://example.com/notes.md), nor `[code](../04/talks.md)`."
                        + "\n\n![chart](/images/chart.png) ![chart again]({static}/images/chart.png) [all tags](/tags/), "
                        + "[the harbour]({tag}Harbour), [home]({index}).\n\n[talks]: ../04/talks.md"))
                .file("content/pages/about.md", "---\ntitle: About\n---\n\nOur [latest story]({filename}/2024/05/wall.md).\n");
    }

    @Test
    void aLinkToAnArticlePageTagOrFromTheSiteRootIsWrittenRelativeToEachPage() {
        TestSite site = digest("title: Linked\n");

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.err()).doesNotContain("warning");
        String wall = site.read("site/2024/05/wall/index.html");
        assertThat(wall).contains(
                "<a href=\"../../../2024/04/talks/index.html#more\">reported in April</a>",
                "<a href=\"../../../2024/04/talks/index.html\">from the root</a>",
                "<a href=\"../../../2024/04/talks/index.html\">the Pelican way</a>",
                "<a href=\"../../../2024/04/talks/index.html\">a reference</a>",
                "<a href=\"../../../about/index.html\">who we are</a>",
                "<a href=\"https://example.com/notes.md\">a web page</a>",
                "<code>[code](../04/talks.md)</code>",
                "<img src=\"../../../images/chart.png\" alt=\"chart\" />",
                "<img src=\"../../../images/chart.png\" alt=\"chart again\" />",
                "<a href=\"../../../tags/index.html\">all tags</a>",
                "<a href=\"../../../tags/harbour/index.html\">the harbour</a>",
                "<a href=\"../../../index.html\">home</a>");
        assertThat(site.read("site/2024/04/talks/index.html")).contains("<h2 id=\"more\">More</h2>");
        assertThat(site.read("site/about/index.html")).contains("<a href=\"../2024/05/wall/index.html\">latest story</a>");
        assertThat(LinkChecker.brokenLinks(root.resolve("site"))).isEmpty();
    }

    @Test
    void followsTheLinkedArticleWhenItsAddressChanges() {
        TestSite site = digest("title: Linked\n");
        assertThat(Cli.inSite(root, "build", "-q").exitCode()).isZero();

        site.file("content/2024/04/talks.md", TestSite.articleWithBody("Ferry talks", "2024-04-02", "The talks begin.").replace(
                "title:", "slug: ferry-talks-open\ntitle:"));
        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(site.read("site/2024/05/wall/index.html"))
                .contains("<a href=\"../../../2024/04/ferry-talks-open/index.html#more\">reported in April</a>")
                .doesNotContain("2024/04/talks/");
    }

    @Test
    void feedsWriteTheLinkedAddressInFullUnderTheBaseUrlAndRelativeToTheFeedWithout() {
        TestSite site = digest("title: Linked\nbase_url: https://example.org/news/\nfeeds:\n  content: full\n");
        assertThat(Cli.inSite(root, "build", "-q").exitCode()).isZero();
        assertThat(site.read("site/feed.xml")).contains(
                "&lt;a href=\"https://example.org/news/2024/04/talks/#more\"&gt;reported in April",
                "&lt;img src=\"https://example.org/news/images/chart.png\" alt=\"chart\"",
                "&lt;a href=\"https://example.org/news/tags/\"&gt;all tags");

        site.file("broadsheet.yaml", "title: Linked\nfeeds:\n  content: full\n");
        assertThat(Cli.inSite(root, "build", "-q").exitCode()).isZero();
        assertThat(site.read("site/feed.xml")).contains("&lt;a href=\"2024/04/talks/index.html#more\"&gt;reported in April",
                "&lt;img src=\"images/chart.png\" alt=\"chart\"");
    }

    @Test
    void aLinkThatLeadsNowhereIsLeftAsWrittenWithAWarningAtItsLine() {
        TestSite site = new TestSite(root).file("broadsheet.yaml", "title: Linked\n")
                .file("content/2024/04/Talks.md", TestSite.articleWithBody("Ferry talks", "2024-04-02", "Text."))
                .file("content/2024/04/draft.md", TestSite.articleWithBody("Draft", "2024-04-03", "Text.").replace("title:", "draft: true\ntitle:"))
                .file("content/2024/05/wall.md", TestSite.articleWithBody("Harbour wall", "2024-05-01",
                        "First line.\n\nSee [the talks](../04/Talks.md),\n[a typo](Talks.md),\n[the case](../04/talks.md),"
                        + "\n[a draft](../04/draft.md),\n[outside](../../../README.md), [no tag]({tag}nowhere),"
                        + "\n![attached]({attach}chart.png) and [a picture]({filename}/images/x.png)."));

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.err()).contains(
                "warning: content/2024/05/wall.md:9: the link to 'Talks.md' leads to content/2024/05/Talks.md, which is no "
                        + "article or page; fix the path (it is read from this file's folder), or link to the address of a "
                        + "page the site makes itself; the link is left as written",
                "warning: content/2024/05/wall.md:10: the link to '../04/talks.md' names content/2024/04/talks.md, but the "
                        + "file is content/2024/04/Talks.md; write its name with the same capitals",
                "warning: content/2024/05/wall.md:11: the link to '../04/draft.md' leads to content/2024/04/draft.md, which is "
                        + "a draft and is not published (remove its 'draft: true', or build with --drafts to preview both); "
                        + "the link is left as written",
                "warning: content/2024/05/wall.md:12: the link to '../../../README.md' leads out of the content folder (to "
                        + "README.md)",
                "warning: content/2024/05/wall.md:12: the link to '{tag}nowhere' leads to no page: no published article has "
                        + "the tag 'nowhere'; fix the tag's name; the link is left as written",
                "warning: content/2024/05/wall.md:13: the link to '{attach}chart.png' uses Pelican's {attach}, which "
                        + "Broadsheet does not read; link to the address instead",
                "warning: content/2024/05/wall.md:13: the link to '{filename}/images/x.png' names a file that is not Markdown, "
                        + "which Broadsheet does not publish from content/; put it in the static/ folder");
        assertThat(site.read("site/2024/05/wall/index.html")).contains(
                "<a href=\"../../../2024/04/talks/index.html\">the talks</a>", "<a href=\"Talks.md\">a typo</a>",
                "<a href=\"../04/draft.md\">a draft</a>", "<a href=\"{tag}nowhere\">no tag</a>");
    }

    @Test
    void aBuildWithDraftsLinksToTheDraftsItPublishes() {
        TestSite site = new TestSite(root).file("broadsheet.yaml", "title: Linked\n")
                .file("content/2024/04/draft.md", TestSite.articleWithBody("Draft", "2024-04-03", "Text.").replace("title:", "draft: true\ntitle:"))
                .file("content/2024/05/wall.md", TestSite.articleWithBody("Harbour wall", "2024-05-01", "See [a draft](../04/draft.md)."));

        Cli.Run run = Cli.inSite(root, "build", "--drafts");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.err()).doesNotContain("warning");
        assertThat(site.read("site/2024/05/wall/index.html")).contains("<a href=\"../../../2024/04/draft/index.html\">a draft</a>");
    }
}
