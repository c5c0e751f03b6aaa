package org.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.broadsheet.testing.Cli;
import org.broadsheet.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code broadsheet check}: every problem reported, nothing written. */
class CheckCommandTest {

    @TempDir
    Path root;
    TestSite site;

    @BeforeEach
    void site() {
        site = new TestSite(root).file("broadsheet.yaml", "title: Check\n")
                .file("content/a.md", TestSite.article("Alpha", "2024-01-01", "tags: [x]"))
                .file("content/b.md", TestSite.article("Beta", "2024-02-01"));
    }

    @Test
    void aGoodSitePassesAndNothingIsWritten() {
        Cli.Run run = Cli.inSite(root, "check", "--links");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("check: 2 articles").contains("no problems");
        assertThat(root.resolve("site")).doesNotExist();
    }

    @Test
    void linksToStaticFilesAreCheckedForTheFilesBeingThere() {
        site.file("static/media/clip.mp4", "a video")
                .file("content/c.md", "---\ntitle: Gamma\ndate: 2024-03-01\n---\n\n[Watch](../../../media/clip.mp4), "
                        + "[gone](../../../media/missing.mp4).\n");

        Cli.Run run = Cli.inSite(root, "check", "--links");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("broken link '../../../media/missing.mp4'").doesNotContain("clip.mp4");
    }

    @Test
    void aSiteWithWarningsDoesNotPassAsHavingNoProblems() {
        site.file("content/dir/a.md", TestSite.article("Alpha Again", "2024-01-03"));

        Cli.Run run = Cli.inSite(root, "check");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.err()).contains("warning: content/dir/a.md: the URL name 'a' is also used by content/a.md");
        assertThat(run.out()).contains("no errors, 1 warning (above)").doesNotContain("no problems");
    }

    @Test
    void listsEveryBadContentFileWithItsLine() {
        site.file("content/c.md", "---\ntitle: C\ndate: 2024-13-01\n---\n")
                .file("content/d.md", "---\ntitle: D\ndate: 2024-01-01\ntags: 5\n---\n");

        Cli.Run run = Cli.inSite(root, "check");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("content/c.md:3:").contains("content/d.md:4: 'tags' must be a list");
        assertThat(root.resolve("site")).doesNotExist();
    }

    @Test
    void aTemplateThatBreaksManyPagesIsReportedOnceWithTheCount() {
        site.file("templates/article.ftlh", "${article.card.title}\n${article.missing}\n");

        Cli.Run run = Cli.inSite(root, "check");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("templates/article.ftlh:2:").contains("(and 1 more pages)");
        assertThat(run.err().lines().filter(l -> l.startsWith("error:")).count()).isEqualTo(1);
    }

    @Test
    void linksFindsABrokenLinkInATemplate() {
        site.file("templates/tags.ftlh", "<!DOCTYPE html><title>t</title><a href=\"${root}nowhere/index.html\">x</a>\n");

        Cli.Run run = Cli.inSite(root, "check", "--links");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("tags/index.html: broken link '../nowhere/index.html': no such file");
    }
}
