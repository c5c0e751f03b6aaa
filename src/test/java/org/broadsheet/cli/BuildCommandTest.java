package org.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.broadsheet.testing.Cli;
import org.broadsheet.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code broadsheet build} as a user runs it: output, errors with positions, exit codes, the previous site kept. */
class BuildCommandTest {

    @TempDir
    Path root;
    TestSite site;

    @BeforeEach
    void goodSite() {
        site = new TestSite(root)
                .file("broadsheet.yaml", "title: Errors Test\n")
                .file("content/good.md", TestSite.article("A Good Article", "2024-05-01", "tags: [x]"));
    }

    @Test
    void everyBadContentFileIsReportedWithItsLineAndTheBuildFails() {
        site.file("content/broken-yaml.md", "---\ntitle: Fine\ndate: 2024-05-01\ntags: [unclosed\n---\nbody\n")
                .file("content/no-title.md", "---\ndate: 2024-05-01\n---\nbody\n")
                .file("content/bad-date.md", "---\ntitle: Bad date\nsource: X\ndate: 20th of May\n---\nbody\n");

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err())
                .contains("error: content/broken-yaml.md:5: invalid YAML")
                .contains("error: content/no-title.md:1: missing 'title:'")
                .contains("error: content/bad-date.md:4: cannot read '20th of May' as a date")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(root.resolve("site")).doesNotExist();
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteUntouched() throws IOException {
        assertThat(Cli.inSite(root, "build", "-q").exitCode()).isZero();
        Path home = root.resolve("site/index.html");
        byte[] before = Files.readAllBytes(home);
        List<Path> filesBefore = listing(root.resolve("site"));

        site.file("content/good.md", "---\ntitle: Now broken\ndate: not a date\n---\n");
        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("content/good.md:3:");
        assertThat(Files.readAllBytes(home)).isEqualTo(before);
        assertThat(listing(root.resolve("site"))).isEqualTo(filesBefore);
    }

    @Test
    void aSourceThatCannotBeImportedFailsTheBuildButTheSiteIsBuiltFromTheContent() {
        site.file("sources/undated.txt", "Undated Story – The Gazette\n\nNo date here, only a body.\n")
                .file("content/second.md", TestSite.article("A Second Article", "2024-05-02"));

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("sources/undated.txt:", "broadsheet import sources/undated.txt --date");
        assertThat(site.read("site/index.html")).contains("A Second Article");
    }

    @Test
    void anArticlesAddressComesFromItsFileNameSoACorrectedHeadlineKeepsIt() {
        site.file("content/2024-05-03-harbour-wall.md", TestSite.article("Harbour Wall Repiared", "2024-05-03"))
                .file("content/own.md", TestSite.article("Chosen Address", "2024-05-04", "slug: my-own-name"));
        assertThat(Cli.inSite(root, "build").exitCode()).isZero();
        assertThat(root.resolve("site/2024/05/harbour-wall/index.html")).exists();
        assertThat(root.resolve("site/2024/05/good/index.html")).exists();
        assertThat(root.resolve("site/2024/05/my-own-name/index.html")).exists();

        site.file("content/2024-05-03-harbour-wall.md", TestSite.article("Harbour Wall Repaired", "2024-05-03"));
        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.out()).contains("0 removed");
        assertThat(site.read("site/2024/05/harbour-wall/index.html")).contains("Harbour Wall Repaired");
    }

    @Test
    void aBuildOrImportWhileAnotherOfTheSiteRunsStopsAndSaysSo() throws IOException {
        Path lockFile = root.resolve(".broadsheet/cache/build.lock");
        Files.createDirectories(lockFile.getParent());
        try (java.nio.channels.FileChannel other = java.nio.channels.FileChannel.open(lockFile,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                java.nio.channels.FileLock held = other.lock()) {
            for (String command : List.of("build", "import")) {
                Cli.Run run = Cli.inSite(root, command);

                assertThat(run.exitCode()).as(command).isNotZero();
                assertThat(run.err()).as(command).contains("another build, import or publish of this site is running");
            }
            assertThat(root.resolve("site")).doesNotExist();
            assertThat(held.isValid()).as("the other holder still has the lock").isTrue();
        }
        assertThat(Cli.inSite(root, "build").exitCode()).isZero();
    }

    @Test
    void aFileInContentThatIsNotAnArticleIsNamedNotSilentlyLeftOut() {
        site.bytes("content/2024/05/pic.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .file("content/2024/05/notes.txt", "to do\n")
                .file("content/2024/05/good.md.bak", "import's backup\n")
                .file("content/2024/05/good.md~", "an editor's backup\n");

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("warning: content/2024/05/notes.txt: not an article", "nor are 1 more files", "static/");
        assertThat(run.err().lines().filter(l -> l.contains("not an article")).count()).isEqualTo(1);
    }

    @Test
    void aCommentAddedToTheConfigRendersNothingAgain() {
        site.file("broadsheet.yaml", "title: Errors Test\npaths:\n  content: content\n");
        assertThat(Cli.inSite(root, "build").exitCode()).isZero();
        site.file("broadsheet.yaml", "# my digest\n\ntitle: Errors Test\npaths:\n  content: content\n");

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.out()).as("the lines moved, the settings did not")
                .containsAnyOf("nothing changed since the last build", "; 0 rendered)");
    }

    @Test
    void aRebuildKeepsUnchangedFilesWithTheirModificationTime() throws IOException {
        assertThat(Cli.inSite(root, "build", "-q").exitCode()).isZero();
        Path css = root.resolve("site/assets/style.css");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(css, old);

        Cli.Run second = Cli.inSite(root, "build");

        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("0 written");
        assertThat(Files.getLastModifiedTime(css)).isEqualTo(old);
    }

    @Test
    void aTemplateErrorNamesTheTemplateFileLineAndThePage() {
        site.file("templates/article.ftlh", "<html>\n<body>\n${article.noSuchField}\n</body>\n</html>\n");

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("error: templates/article.ftlh:3:").contains("content/good.md");
    }

    @Test
    void aTemplateFunctionThatCallsItselfWithoutEndNamesTheTemplateAndThePage() {
        site.file("templates/article.ftlh", "<#function f n><#return f(n + 1)></#function>\n${f(1)}\n");

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("error: templates/article.ftlh: the template recurses without end")
                .contains("content/good.md");
        assertThat(run.all()).doesNotContain("\tat ").doesNotContain("internal error");
        assertThat(root.resolve(".site.staging")).doesNotExist();
    }

    @Test
    void aTemplateThatIncludesItselfNamesTheTemplateAndThePage() {
        site.file("templates/tag.ftlh", "<p>tag</p>\n<#include \"tag.ftlh\">\n");

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("error: templates/tag.ftlh: the template recurses without end")
                .contains("the page of tag 'x'");
        assertThat(run.all()).doesNotContain("\tat ").doesNotContain("internal error");
        assertThat(root.resolve(".site.staging")).doesNotExist();
    }

    @Test
    void aTemplateWithAnEndlessListFailsAtItsLineInsteadOfRunningOutOfMemory() {
        site.file("templates/article.ftlh", "<html>\n<#list 1.. as i>${i}</#list>\n</html>\n");

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("error: templates/article.ftlh:2: the page grows past")
                .contains("content/good.md");
        assertThat(run.all()).doesNotContain("\tat ").doesNotContain("internal error");
        assertThat(root.resolve(".site.staging")).doesNotExist();
    }

    @Test
    void aTemplateSyntaxErrorNamesTheTemplateFileAndLine() {
        site.file("templates/tags.ftlh", "<html>\n<#if tags?has_content>\n<p>x</p>\n</html>\n");

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).containsPattern("error: templates/tags\\.ftlh:\\d+: template syntax error");
    }

    @Test
    void aTemplateThatIsNotUtf8FailsTheBuildAndTheCheckNamingItsLine() {
        byte[] latin1 = "<#-- saved by an old editor -->\n<p>Caf\u00e9</p>\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        site.bytes("templates/404.ftlh", latin1);

        Cli.Run build = Cli.inSite(root, "build");
        Cli.Run check = Cli.inSite(root, "check");

        for (Cli.Run run : List.of(build, check)) {
            assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.INPUT);
            assertThat(run.err()).contains("error: templates/404.ftlh:2: the file is not valid UTF-8")
                    .contains("save it as UTF-8");
        }
        assertThat(root.resolve("site")).doesNotExist();
    }

    @Test
    void aSiteTemplateOverridesTheBuiltInOneAndTheRestStayBuiltIn() {
        site.file("templates/tags.ftlh", "<!DOCTYPE html><title>t</title><p>custom tags page: ${tags?size}</p>\n");

        assertThat(Cli.inSite(root, "build", "-q").exitCode()).isZero();

        assertThat(site.read("site/tags/index.html")).contains("custom tags page: 1");
        assertThat(site.read("site/index.html")).contains("A Good Article");
    }

    @Test
    void anArticleDatedInTheFutureIsHeldBackUntilItsDateOrPublishedWithTheFutureOption() {
        site.file("content/later.md", TestSite.article("Tomorrow's Paper", "2999-01-01T08:00:00Z", "tags: [y]"));

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("build: 1 article, ")
                .contains("build: 1 article dated in the future is held back; the next is due 2999-01-01 08:00 (UTC)")
                .contains("--future publishes them now");
        assertThat(root.resolve("site/2999")).doesNotExist();
        assertThat(root.resolve("site/tags/y")).doesNotExist();
        assertThat(root.resolve("site/feed.xml")).content().doesNotContain("Tomorrow");

        Cli.Run future = Cli.inSite(root, "build", "--future");
        assertThat(future.out()).contains("build: 2 articles, ").doesNotContain("held back");
        assertThat(root.resolve("site/2999/01/later/index.html")).exists();
    }

    @Test
    void aBuildWithNothingChangedStillPublishesAnArticleWhoseDateHasCome() throws InterruptedException {
        java.time.Instant soon = java.time.Instant.now().plusSeconds(2).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        site.file("content/soon.md", TestSite.article("Due Shortly", soon.toString()));
        assertThat(Cli.inSite(root, "build").out()).contains("held back");
        assertThat(Cli.inSite(root, "build").out()).as("inputs unchanged, nothing due yet")
                .contains("nothing changed since the last build");

        Thread.sleep(java.time.Duration.between(java.time.Instant.now(), soon).toMillis() + 200);

        Cli.Run due = Cli.inSite(root, "build");
        assertThat(due.out()).contains("build: 2 articles, ").doesNotContain("nothing changed");
        assertThat(root.resolve("site/index.html")).content().contains("Due Shortly");
    }

    @Test
    void outputOptionAndDraftsOptionAreHonoured() {
        site.file("content/draft.md", TestSite.article("Secret Draft", "2024-05-02", "draft: true"));
        Path out = root.resolve("preview");

        assertThat(Cli.inSite(root, "build", "-q", "--drafts", "-o", out.toString()).exitCode()).isZero();

        assertThat(out.resolve("index.html")).content().contains("Secret Draft");
        assertThat(root.resolve("site")).doesNotExist();
    }

    @Test
    void refusesToUseTheSiteRootAsOutput() {
        Cli.Run run = Cli.inSite(root, "build", "-o", root.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("refusing to write the site here");
        assertThat(root.resolve("content/good.md")).exists();
    }

    @Test
    void aWrongConfigValueFailsWithItsLine() {
        site.file("broadsheet.yaml", "title: T\npage_size: many\n");

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("broadsheet.yaml:2: 'page_size' must be a whole number");
    }

    @Test
    void aMistypedContentFolderFailsBuildAndCheckAtItsConfigLineAndTheSiteIsKept() {
        assertThat(Cli.inSite(root, "build", "-q").exitCode()).isZero();
        site.file("broadsheet.yaml", "title: T\npaths:\n  content: contnet\n");

        for (String command : new String[] {"check", "build"}) {
            Cli.Run run = Cli.inSite(root, command);

            assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.INPUT);
            assertThat(run.err()).contains("error: broadsheet.yaml:3: paths.content names contnet, which does not exist;"
                    + " correct the path");
        }
        assertThat(site.read("site/index.html")).contains("A Good Article");
        assertThat(root.resolve("contnet")).doesNotExist();
    }

    @Test
    void aMissingDefaultContentFolderFailsTheBuildNamingItAndSourcesAreNotImportedElsewhere() throws IOException {
        Files.delete(root.resolve("content/good.md"));
        Files.delete(root.resolve("content"));
        site.file("sources/story.txt", "A Story – The Gazette\n2024-05-02\n\nThe body of the story.\n");

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("error: content: the content folder does not exist; create it");
        assertThat(root.resolve("site")).doesNotExist();
        assertThat(root.resolve("content")).doesNotExist();

        assertThat(Cli.inSite(root, "import", "-q").exitCode()).isZero(); // import makes the folder it writes into
        assertThat(Cli.inSite(root, "build", "-q").exitCode()).isZero();
        assertThat(site.read("site/index.html")).contains("A Story");
    }

    @Test
    void aBaseUrlOptionWithAQueryOrFragmentIsRefusedAndNothingIsBuilt() {
        Cli.Run run = Cli.inSite(root, "build", "--base-url", "https://e.org/?q=1#f");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("error: --base-url: 'https://e.org/?q=1#f' has a query (?...) or a fragment (#...)",
                "write the site's address alone, e.g. https://e.org/");
        assertThat(root.resolve("site")).doesNotExist();
    }

    @Test
    void anUnknownConfigKeyIsAWarningNotAnError() {
        site.file("broadsheet.yaml", "title: T\ntitel: typo\n");

        Cli.Run run = Cli.inSite(root, "build", "-q");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("warning: broadsheet.yaml:2: unknown key 'titel'").contains("did you mean 'title'");
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.map(dir::relativize).sorted().toList();
        }
    }
}
