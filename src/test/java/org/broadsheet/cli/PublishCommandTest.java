package org.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.broadsheet.testing.Cli;
import org.broadsheet.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code broadsheet publish} against a local bare repository, with the real git command line. */
class PublishCommandTest {

    @TempDir
    Path root;
    @TempDir
    Path remotes;
    TestSite site;
    Path remote;

    @BeforeEach
    void siteAndBareRepository() throws Exception {
        site = new TestSite(root)
                .file("broadsheet.yaml", "title: Publish Test\nbase_url: https://news.example.org/\npublish:\n  cname: news.example.org\n")
                .file("content/first.md", TestSite.article("First Story", "2024-05-01", "tags: [x]"));
        remote = remotes.resolve("pages.git");
        git(remotes, "init", "-q", "--bare", remote.toString());
    }

    @Test
    void commitsTheSiteWithNojekyllAndCnameThenNothingWhenUnchangedThenTheChange() throws Exception {
        Cli.Run first = Cli.inSite(root, "publish", "--git", remote.toString());

        assertThat(first.exitCode()).as(first.all()).isZero();
        assertThat(first.out()).contains("committed to gh-pages of " + remote);
        List<String> files = List.of(git(remote, "ls-tree", "-r", "--name-only", "gh-pages").split("\n"));
        assertThat(files).contains("index.html", "feed.xml", "sitemap.xml", ".nojekyll", "CNAME",
                "2024/05/first/index.html", "assets/style.css").doesNotContain(".broadsheet-output");
        assertThat(first.out()).contains("publish: " + files.size() + " files committed");
        assertThat(git(remote, "show", "gh-pages:CNAME")).isEqualTo("news.example.org\n");
        assertThat(git(remote, "show", "gh-pages:index.html")).contains("First Story");

        Cli.Run again = Cli.inSite(root, "publish", "--git", remote.toString());
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(again.out()).contains("nothing changed");
        assertThat(git(remote, "rev-list", "--count", "gh-pages").strip()).isEqualTo("1");

        site.file("content/second.md", TestSite.article("Second Story", "2024-05-02"));
        Cli.Run changed = Cli.inSite(root, "publish", "--git", remote.toString());
        assertThat(changed.exitCode()).as(changed.all()).isZero();
        assertThat(git(remote, "rev-list", "--count", "gh-pages").strip()).isEqualTo("2");
        assertThat(git(remote, "show", "gh-pages:index.html")).contains("Second Story");
    }

    @Test
    void publishesToTheConfiguredRepositoryAndBranchAndRemovesFilesTheSiteNoLongerHas() throws Exception {
        site.file("broadsheet.yaml", "title: Publish Test\npublish:\n  git: " + remote + "\n  branch: site\n");
        assertThat(Cli.inSite(root, "publish").exitCode()).isZero();
        assertThat(git(remote, "ls-tree", "-r", "--name-only", "site")).contains("2024/05/first/index.html")
                .doesNotContain("CNAME");

        site.file("content/first.md", TestSite.article("First Story", "2024-05-01", "draft: true"));
        Cli.Run run = Cli.inSite(root, "publish");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.err()).contains("warning: broadsheet.yaml: base_url is not set");
        assertThat(git(remote, "ls-tree", "-r", "--name-only", "site")).doesNotContain("2024/05/first/index.html");
    }

    @Test
    void withoutARepositoryOrWithABrokenOneItFailsWithAMessage() {
        Cli.Run none = Cli.inSite(root, "publish");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(none.err()).contains("error: --git: no repository to publish to; pass --git REMOTE or set publish: git:");

        Cli.Run broken = Cli.inSite(root, "publish", "--git", remotes.resolve("missing.git").toString());
        assertThat(broken.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(broken.err()).contains("missing.git: git ls-remote failed").doesNotContain("\tat ");
    }

    private static String git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
