package org.broadsheet.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.broadsheet.cli.ExitCodes;
import org.broadsheet.testing.Cli;
import org.broadsheet.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The catalogue of bad content files: each one ends in a correct page or in a clear error naming the file, never
 * in a stack trace and never in a hang.
 */
class BadContentCatalogueTest {

    @TempDir
    Path root;
    TestSite site;

    @BeforeEach
    void siteWithOneGoodArticle() {
        site = new TestSite(root).file("broadsheet.yaml", "title: Catalogue\n")
                .file("content/good.md", TestSite.article("Good Article", "2024-05-01"));
    }

    /** name, file bytes, expected error text (null: the build must succeed). */
    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("empty file", bytes(""), "content/bad.md:1: no front matter: the file is empty"),
                Arguments.of("binary file", new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, (byte) 0xff, (byte) 0xfe},
                        "content/bad.md:1: the file is not valid UTF-8"),
                Arguments.of("invalid UTF-8", bytes("---\ntitle: Caf\u00e9\ndate: 2024-05-01\n---\n", StandardCharsets.ISO_8859_1),
                        "content/bad.md:2: the file is not valid UTF-8"),
                Arguments.of("windows-1252 text", bytes("---\ntitle: \u201cQuoted\u201d\ndate: 2024-05-01\n---\n", java.nio.charset.Charset.forName("windows-1252")),
                        "content/bad.md:2: the file is not valid UTF-8"),
                Arguments.of("duplicate keys", bytes("---\ntitle: A\ndate: 2024-05-01\ntitle: B\n---\n"),
                        "content/bad.md:4: duplicate key 'title' (first set on line 2)"),
                Arguments.of("tags: 5", bytes("---\ntitle: A\ndate: 2024-05-01\ntags: 5\n---\n"),
                        "content/bad.md:4: 'tags' must be a list"),
                Arguments.of("date: yesterday", bytes("---\ntitle: A\ndate: yesterday\n---\n"),
                        "content/bad.md:3: cannot read 'yesterday' as a date"),
                Arguments.of("whitespace title", bytes("---\ntitle: '   '\ndate: 2024-05-01\n---\n"),
                        "content/bad.md:2: the title is blank"),
                Arguments.of("YAML alias bomb", bytes(aliasBomb()), "content/bad.md"),
                Arguments.of("huge front matter", bytes("---\ntitle: A\ndate: 2024-05-01\nx: '" + "a".repeat(1_200_000) + "'\n---\n"),
                        "content/bad.md"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsAClearErrorNamingItNeverAStackTrace(String name, byte[] bytes, String expected) {
        site.bytes("content/bad.md", bytes);

        Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Cli.inSite(root, "build"));

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("error: " + expected);
        assertNoStackTrace(run);
        assertThat(root.resolve("site")).doesNotExist();
    }

    /** Encodings and line endings that are still valid UTF-8 text, or carry a byte-order mark, build fine. */
    static Stream<Arguments> oddButReadableFiles() {
        String text = "---\ntitle: Odd But Fine\ndate: 2024-05-02\n---\n\nA body.\n";
        return Stream.of(
                Arguments.of("CRLF", bytes(text.replace("\n", "\r\n"))),
                Arguments.of("lone CR", bytes(text.replace("\n", "\r"))),
                Arguments.of("UTF-8 BOM", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes(text))),
                Arguments.of("UTF-16LE BOM", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, bytes(text, StandardCharsets.UTF_16LE))),
                Arguments.of("UTF-16BE BOM", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, bytes(text, StandardCharsets.UTF_16BE))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddButReadableFiles")
    void oddButReadableFilesBuildIntoACorrectPage(String name, byte[] bytes) {
        site.bytes("content/odd.md", bytes);

        Cli.Run run = Cli.inSite(root, "build", "-q");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(site.read("site/2024/05/odd/index.html")).contains("<h1>Odd But Fine</h1>").contains("A body.");
    }

    /** Long runs of Markdown punctuation and deep nesting, which Flexmark parses by recursion. */
    static Stream<Arguments> deepMarkdown() {
        StringBuilder list = new StringBuilder();
        for (int level = 0; level < 500; level++) {
            list.append("  ".repeat(level)).append("- item ").append(level).append('\n');
        }
        return Stream.of(
                Arguments.of("3000 asterisks", "*".repeat(3000)),
                Arguments.of("2000 asterisk bullets", "* ".repeat(2000)),
                Arguments.of("1500 dashes", "-".repeat(1500)),
                Arguments.of("3000 underscores", "_".repeat(3000)),
                Arguments.of("2000 nested quotes", ">".repeat(2000) + " quoted"),
                Arguments.of("500-level list", list.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deepMarkdown")
    void deeplyNestedMarkdownBuildsIntoAPage(String name, String markdown) {
        for (String body : List.of(markdown, "A first paragraph.\n\n" + markdown)) { // in the summary, and after it
            site.file("content/deep.md", "---\ntitle: Deep\ndate: 2024-05-02\n---\n\n" + body + "\n");

            Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Cli.inSite(root, "build", "-q"));

            assertThat(run.exitCode()).as(run.all()).isZero();
            assertThat(site.read("site/2024/05/deep/index.html")).contains("<h1>Deep</h1>");
        }
    }

    @Test
    void aSourceWhoseMarkdownNestsTooDeeplyFailsAloneNamingTheSource() {
        site.file("sources/deep.md", "---\ntitle: Deep Source\ndate: 2024-05-02\n---\n\n" + ">".repeat(200_000) + " x\n")
                .file("sources/fine.md", "---\ntitle: Fine Source\ndate: 2024-05-03\n---\n\nA body.\n");

        Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Cli.inSite(root, "import"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("sources/deep.md: the Markdown nests too deeply to render").doesNotContain("internal error");
        assertThat(run.out()).contains("1 imported");
    }

    @ParameterizedTest(name = "in the {0}")
    @ValueSource(strings = {"summary", "body"})
    void markdownTooDeepToRenderIsAClearErrorNamingTheArticle(String where) {
        String tooDeep = "-".repeat(400_000);
        site.file("content/deep.md", "---\ntitle: Deep\ndate: 2024-05-02\n---\n\n"
                + (where.equals("summary") ? "" : "A first paragraph.\n\n") + tooDeep + "\n");

        Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Cli.inSite(root, "build"));

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("error: content/deep.md: the Markdown nests too deeply to render");
        assertNoStackTrace(run);
        assertThat(root.resolve("site")).doesNotExist();
        assertThat(root.resolve(".site.staging")).doesNotExist();
    }

    @Test
    void aHundredThousandLineArticleBuilds() {
        StringBuilder body = new StringBuilder("---\ntitle: Very Long\ndate: 2024-05-03\n---\n\n");
        for (int i = 0; i < 100_000; i++) {
            body.append(i % 10 == 9 ? "\n" : "Line " + i + " of a very long article.\n");
        }
        site.file("content/long.md", body.toString());

        Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.inSite(root, "build", "-q"));

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(site.read("site/2024/05/long/index.html")).contains("Line 99998 of a very long article.");
    }

    @Test
    void twoArticlesWithTheSameSlugAreBothPublishedWithAWarning() {
        site.file("content/a/same-title.md", TestSite.article("Same Title", "2024-05-04"))
                .file("content/b/same-title.md", TestSite.article("Same Title", "2024-05-20"))
                .file("content/c.md", "---\ntitle: Chosen\ndate: 2024-05-21\nslug: same-title\n---\n");

        Cli.Run run = Cli.inSite(root, "build", "-q");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("warning: content/b/same-title.md: the URL name 'same-title' is also used by content/a/same-title.md")
                .contains("warning: content/c.md: the URL name 'same-title' is also used by content/a/same-title.md");
        assertThat(root.resolve("site/2024/05/same-title/index.html")).exists();
        assertThat(root.resolve("site/2024/05/same-title-2/index.html")).exists();
        assertThat(root.resolve("site/2024/05/same-title-3/index.html")).exists();
    }

    @Test
    void articlesDatedInTheYears0001And9999BuildIntoTheirOwnPages() {
        site.file("content/early.md", TestSite.article("Very Early", "0001-01-01"))
                .file("content/late.md", TestSite.article("Very Late", "9999-12-31T23:00:00-05:00"));

        Cli.Run run = Cli.inSite(root, "build", "-q", "--future");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(root.resolve("site/0001/01/early/index.html")).exists();
        assertThat(root.resolve("site/0001/index.html")).exists();
        assertThat(org.broadsheet.testing.LinkChecker.brokenLinks(root.resolve("site"))).isEmpty();
    }

    @Test
    void hostileFileNamesTitlesAndSlugsGiveSafeDistinctPagesInsideTheSite() {
        site.file("content/t1.md", TestSite.article("../../etc/passwd", "2024-06-01"))
                .file("content/CON.md", TestSite.article("CON", "2024-06-01"))
                .file("content/a b.md", TestSite.article("a/b", "2024-06-01"))
                .file("content/\uD83D\uDE00\uD83D\uDE80.md", TestSite.article("\uD83D\uDE00\uD83D\uDE80", "2024-06-01"))
                .file("content/2024-06-01.md", TestSite.article("Only a Date in the Name", "2024-06-01"))
                .file("content/" + "x".repeat(200) + ".md", TestSite.article("Long", "2024-06-01"))
                .file("content/t6.md", "---\ntitle: Sneaky\ndate: 2024-06-01\nslug: ../x\n---\n");

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("content/t6.md:4: slug '../x' cannot be a URL name");
        assertNoStackTrace(run);

        site.file("content/t6.md", "---\ntitle: Sneaky\ndate: 2024-06-01\n---\n");
        run = Cli.inSite(root, "build", "-q");
        assertThat(run.exitCode()).as(run.all()).isZero();
        Path june = root.resolve("site/2024/06");
        assertThat(june.resolve("t1/index.html")).exists();
        assertThat(june.resolve("only-a-date-in-the-name/index.html")).exists();
        assertThat(june.resolve("con-1/index.html")).exists();
        assertThat(june.resolve("a-b/index.html")).exists();
        assertThat(june.resolve("article/index.html")).exists();
        assertThat(june.resolve("x".repeat(80) + "/index.html")).exists();
        assertThat(root.resolve("etc")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"build", "check"})
    void aLinkThatLeadsBackIntoItsOwnFolderIsSkippedWithAWarningNamingIt(String command) throws IOException {
        Files.createSymbolicLink(root.resolve("content/loop"), Path.of(".."));

        Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Cli.inSite(root, command));

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.err()).contains("warning: content/loop: this link leads back into a folder it is in",
                "it is skipped", "delete the link");
        assertNoStackTrace(run);
        if (command.equals("build")) {
            assertThat(root.resolve("site/2024/05/good/index.html")).exists();
        }
    }

    @Test
    void aLinkToAFileThatIsGoneIsSkippedWithAWarningNamingIt() throws IOException {
        Files.createSymbolicLink(root.resolve("content/gone.md"), root.resolve("elsewhere/gone.md"));

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.err()).contains("warning: content/gone.md: this link leads to " + root.resolve("elsewhere/gone.md")
                + ", which does not exist; it is skipped");
        assertThat(root.resolve("site/2024/05/good/index.html")).exists();
    }

    /** A slug that looks like a file the site writes would put a folder where that file goes, or pass for it. */
    @ParameterizedTest(name = "slug: {0}")
    @ValueSource(strings = {"index.html", "Index.HTML", "page.html", "feed.xml", "feed.json", "search-index.js", "robots.txt"})
    void aSlugThatLooksLikeAFileTheSiteWritesIsAnErrorAtItsLineInBuildAndCheck(String slug) {
        site.file("content/bad.md", "---\ntitle: Bad Slug\ndate: 2024-05-02\nslug: " + slug + "\n---\n");

        for (String command : new String[] {"check", "build"}) {
            Cli.Run run = Cli.inSite(root, command);

            assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.INPUT);
            assertThat(run.err()).contains("error: content/bad.md:4: slug '" + slug + "' looks like a file name");
            assertNoStackTrace(run);
        }
        assertThat(root.resolve("site")).doesNotExist();
    }

    private static void assertNoStackTrace(Cli.Run run) {
        assertThat(run.all()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error");
    }

    private static String aliasBomb() {
        StringBuilder y = new StringBuilder("---\ntitle: Bomb\ndate: 2024-05-01\na0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            y.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                y.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            y.append("]\n");
        }
        return y.append("---\n").toString();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s, java.nio.charset.Charset charset) {
        return s.getBytes(charset);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
