package org.broadsheet.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.broadsheet.cli.ExitCodes;
import org.broadsheet.testing.Cli;
import org.broadsheet.testing.LinkChecker;
import org.broadsheet.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Old addresses (aliases:) through a whole build: each sends readers on, and none may take an address in use. */
class AliasesBuildTest {

    @TempDir
    Path root;

    @Test
    void eachOldAddressOfAnArticleOrPageSendsReadersToItsPage() {
        TestSite site = new TestSite(root).file("broadsheet.yaml", "title: Moved\nbase_url: https://example.org/news/\n")
                .file("content/2024/05/wall.md", TestSite.article("Harbour Wall", "2024-05-01",
                        "aliases: [/2019/05/07/harbour-wall.html, /posts/wall/]"))
                .file("content/pages/about.md", "---\ntitle: About\naliases: [/about-us/]\n---\nWho we are.\n");

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(site.read("site/2019/05/07/harbour-wall.html")).contains(
                "<meta http-equiv=\"refresh\" content=\"0; url=../../../2024/05/wall/index.html\">",
                "<link rel=\"canonical\" href=\"https://example.org/news/2024/05/wall/\">",
                "<meta name=\"robots\" content=\"noindex\">");
        assertThat(site.read("site/posts/wall/index.html")).contains("url=../../2024/05/wall/index.html");
        assertThat(site.read("site/about-us/index.html")).contains("url=../about/index.html");
        assertThat(site.read("site/sitemap.xml")).doesNotContain("posts/wall", "about-us", "harbour-wall.html");
        assertThat(LinkChecker.brokenLinks(root.resolve("site"), "https://example.org/news/")).isEmpty();
    }

    @Test
    void anAliasOfAnAddressInUseIsRefusedAtItsFile() {
        new TestSite(root).file("broadsheet.yaml", "title: Moved\n")
                .file("content/2024/05/wall.md", TestSite.article("Harbour Wall", "2024-05-01", "aliases: [/tags/]"))
                .file("content/2024/05/ferry.md", TestSite.article("Ferry", "2024-05-02", "aliases: [/old/]"))
                .file("content/2024/05/bus.md", TestSite.article("Bus", "2024-05-03", "aliases: [/old]"));

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("error: content/2024/05/wall.md:4: the alias /tags/ would be published at tags/index.html, "
                + "which the site makes itself; an alias is for an address no longer in use: remove it from 'aliases:'",
                "error: content/2024/05/ferry.md:4: the alias /old/ would be published at old/index.html, where the alias /old/ of "
                + "content/2024/05/bus.md is");
        assertThat(root.resolve("site")).doesNotExist();
    }

    @Test
    void aClashOfAFileWithAFolderOrOfCaseIsRefusedAtTheFileThatCausesIt() {
        new TestSite(root).file("broadsheet.yaml", "title: Moved\n")
                .file("content/2024/05/wall.md", TestSite.article("Harbour Wall", "2024-05-01",
                        "aliases: [/feed.xml, /robots.txt/, /ABOUT/]"))
                .file("content/pages/about.md", "---\ntitle: About\n---\nWho we are.\n")
                .file("content/pages/tags.md", "---\ntitle: Our Tags\nslug: Tags\n---\n");

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains(
                "error: content/2024/05/wall.md:4: the alias /feed.xml/ needs a folder at feed.xml, where the site's own feed.xml is a file",
                "error: content/2024/05/wall.md:4: the alias /robots.txt/ needs a folder at robots.txt, where the site's own "
                        + "robots.txt is a file",
                "error: content/2024/05/wall.md:4: the alias /ABOUT/ would be published at ABOUT/index.html (about/index.html but "
                        + "for case: one file on macOS and Windows), where the page content/pages/about.md is",
                "error: content/pages/tags.md: this page would be published at Tags/index.html (tags/index.html but for case: "
                        + "one file on macOS and Windows), which the site makes itself")
                .doesNotContain("internal error");
        assertThat(root.resolve("site")).doesNotExist();
    }

    @Test
    void theSitesOwnThemeFilesAndPathsThatLowerCaseChangesInLengthAreCheckedNeverACrash() {
        new TestSite(root).file("broadsheet.yaml", "title: Moved\n")
                .file("content/2024/05/wall.md", TestSite.article("Harbour Wall", "2024-05-01",
                        "aliases: ['/İstanbul.html', '/İstanbul.html/x/']"))
                .file("templates/assets/Style.css", "body{}\n")
                .file("templates/assets/search.js/x.png", "not an image\n");

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains(
                "error: content/2024/05/wall.md:4: the alias /İstanbul.html/x/ needs a folder at İstanbul.html, where the alias "
                        + "/İstanbul.html of content/2024/05/wall.md is a file",
                "error: templates/assets/Style.css: this theme file would be published at assets/Style.css (assets/style.css "
                        + "but for case: one file on macOS and Windows), which the site makes itself",
                "error: templates/assets/search.js/x.png: this theme file needs a folder at assets/search.js, where the site's "
                        + "own assets/search.js is a file")
                .doesNotContain("internal error");
    }
}
