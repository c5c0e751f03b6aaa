package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.broadsheet.cli.ExitCodes;
import org.broadsheet.testing.Cli;
import org.broadsheet.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import as the editor sees it: what lands in content/, and that nothing the editor wrote is ever overwritten. */
class ImporterTest {

    static final String NYT = "content/2014/12/north-korea-angrily-denying-sony-attack-proposes-joint-investigation-with-us.md";

    @TempDir
    Path root;
    TestSite site;

    @BeforeEach
    void siteWithTheRealSample() throws IOException {
        site = new TestSite(root).file("broadsheet.yaml", "title: Import Test\n");
        site.bytes("sources/000_47be7e03b5eac460.txt",
                Files.readAllBytes(Path.of("src/test/resources/sources/000_47be7e03b5eac460.txt")));
    }

    @Test
    void importsTheSampleIntoAMonthFolderWithFrontMatterAndOrigin() {
        Cli.Run run = Cli.inSite(root, "import");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("sources/000_47be7e03b5eac460.txt → " + NYT).contains("import: 1 imported");
        String md = site.read(NYT);
        assertThat(md).contains("\norigin:\n  file: sources/000_47be7e03b5eac460.txt\n  sha256: ");
        assertThat(md).contains("\nsource: New York Times\n");
    }

    @Test
    void aLedgerLineThatIsNotUtf8IsAnErrorAtItsLineSayingWhatTheFileIsAndWhatToDo() throws IOException {
        assertThat(Cli.inSite(root, "import").exitCode()).isZero();
        Path ledger = root.resolve(".broadsheet/imports.tsv");
        Files.write(ledger, new byte[] {'s', 'o', 'u', 'r', 'c', 'e', '\t', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '\n'},
                java.nio.file.StandardOpenOption.APPEND);

        for (String command : new String[] {"import", "build"}) {
            Cli.Run run = Cli.inSite(root, command);

            assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.INPUT);
            assertThat(run.err()).contains("error: .broadsheet/imports.tsv:3: the file is not valid UTF-8 (from line 3 on)",
                    "import's record of the sources it wrote", "fix or delete that line")
                    .doesNotContain("internal error").doesNotContain("Exception");
        }
    }

    @Test
    void importingTwiceImportsNothingTheSecondTime() throws IOException {
        Cli.inSite(root, "import");
        String first = site.read(NYT);

        Cli.Run second = Cli.inSite(root, "import");

        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("0 imported, 1 unchanged").contains("nothing new");
        assertThat(site.read(NYT)).isEqualTo(first);
        try (var files = Files.walk(root.resolve("content"))) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(1);
        }
    }

    @Test
    void aHandEditedArticleIsKeptAndTheUserIsTold() {
        Cli.inSite(root, "import");
        String edited = site.read(NYT).replace("title: North Korea", "title: EDITED North Korea");
        site.file(NYT, edited);

        Cli.Run run = Cli.inSite(root, "import");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("edited since import; your version is kept");
        assertThat(site.read(NYT)).isEqualTo(edited);

        Cli.Run build = Cli.inSite(root, "build");
        assertThat(build.out()).as("every build would repeat it: counted only").contains("1 kept (edited)")
                .doesNotContain("your version is kept");
        assertThat(site.read(NYT)).isEqualTo(edited);
    }

    @Test
    void anEditedArticleIsKeptEvenWhenItsSourceChanges() {
        Cli.inSite(root, "import");
        String edited = site.read(NYT) + "\nAn editor's note.\n";
        site.file(NYT, edited);
        site.file("sources/000_47be7e03b5eac460.txt", site.read("sources/000_47be7e03b5eac460.txt") + "\nA correction.\n");

        Cli.Run run = Cli.inSite(root, "import");

        assertThat(run.out()).contains("was edited since import, and its source changed too; your version is kept")
                .contains("1 kept (edited)");
        assertThat(site.read(NYT)).isEqualTo(edited);
    }

    @Test
    void anArticleNobodyEditedFollowsItsChangedSource() {
        Cli.inSite(root, "import");
        String before = site.read(NYT);
        site.file("sources/000_47be7e03b5eac460.txt", site.read("sources/000_47be7e03b5eac460.txt")
                .replace("North Korea", "North Korea (corrected)"));

        Cli.Run dry = Cli.inSite(root, "import", "--dry-run");
        assertThat(dry.out()).contains("(updated: the source changed, and the file was as import wrote it)");
        assertThat(site.read(NYT)).isEqualTo(before);

        Cli.Run run = Cli.inSite(root, "import");

        assertThat(run.out()).contains(NYT + " (updated: the source changed", "1 updated, ").doesNotContain("nothing new");
        assertThat(site.read(NYT)).contains("North Korea (corrected)");
        assertThat(Cli.inSite(root, "import").out()).contains("0 imported, 1 unchanged");
    }

    @Test
    void anUneditedArticleFollowsANewBuildOfBroadsheetThatConvertsItsUnchangedSourceDifferently() {
        Cli.inSite(root, "import");
        String current = site.read(NYT);
        asAnOlderBroadsheetWroteIt(NYT, "North Korea", "North Korea (as an older Broadsheet wrote it)");
        String older = site.read(NYT);

        // the build that checked the sources: an unchanged source is not read again
        assertThat(Cli.inSite(root, "import").out()).contains("0 imported, 1 unchanged");
        assertThat(site.read(NYT)).isEqualTo(older);
        // no record of who checked (a fresh clone, a deleted cache): nothing says Broadsheet changed
        deleteTree(root.resolve(".broadsheet/cache"));
        assertThat(Cli.inSite(root, "import").out()).contains("0 imported, 1 unchanged");
        assertThat(site.read(NYT)).isEqualTo(older);

        aNewBuildOfBroadsheet();
        Cli.Run dry = Cli.inSite(root, "import", "--dry-run");
        assertThat(dry.out()).contains(NYT + " (updated: Broadsheet now converts this source differently, and the file was as import wrote it)");
        assertThat(site.read(NYT)).isEqualTo(older);

        Cli.Run run = Cli.inSite(root, "import");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("sources/000_47be7e03b5eac460.txt → " + NYT
                + " (updated: Broadsheet now converts this source differently, and the file was as import wrote it)", "1 updated, ");
        assertThat(site.read(NYT)).isEqualTo(current);
        assertThat(Cli.inSite(root, "import").out()).contains("0 imported, 1 unchanged");
    }

    @Test
    void anEditedArticleIsKeptWhenANewBuildOfBroadsheetConvertsItsSourceDifferently() {
        Cli.inSite(root, "import");
        asAnOlderBroadsheetWroteIt(NYT, "North Korea", "North Korea (as an older Broadsheet wrote it)");
        String edited = site.read(NYT) + "\nAn editor's note.\n";
        site.file(NYT, edited);
        aNewBuildOfBroadsheet();

        Cli.Run run = Cli.inSite(root, "import");

        assertThat(run.out()).contains("edited since import; your version is kept").contains("1 kept (edited)");
        assertThat(site.read(NYT)).isEqualTo(edited);
    }

    @Test
    void aFeedItemsUneditedArticleFollowsTheConverterAndTheReportSaysWhetherTheItemOrTheConversionChanged() {
        String feed = """
                <rss version="2.0"><channel><title>Notes</title><link>https://example.org/</link>
                <item><title>Quay</title><link>https://example.org/quay</link><pubDate>Sat, 20 Dec 2014 15:04:05 GMT</pubDate>
                <description>The quay reopened.</description></item>
                <item><title>Wall</title><link>https://example.org/wall</link><pubDate>Sat, 20 Dec 2014 16:00:00 GMT</pubDate>
                <description>The wall held.</description></item>
                </channel></rss>
                """;
        site.file("sources/notes.xml", feed);
        Cli.inSite(root, "import");
        String quay = "content/2014/12/quay.md";
        asAnOlderBroadsheetWroteIt(quay, "The quay reopened.", "The quay reopened (as an older Broadsheet wrote it).");
        asAnOlderBroadsheetWroteIt("content/2014/12/wall.md", "The wall held.", "The wall held (as an older Broadsheet wrote it).");
        String edited = site.read("content/2014/12/wall.md") + "\nAn editor's note.\n";
        site.file("content/2014/12/wall.md", edited);

        Cli.Run converted = Cli.inSite(root, "import");

        assertThat(converted.out()).contains("sources/notes.xml › item 1 'Quay' → " + quay
                + " (updated: Broadsheet now converts this source differently, and the file was as import wrote it)")
                .contains("sources/notes.xml › item 2 'Wall': content/2014/12/wall.md edited since import; your version is kept")
                .contains("1 updated, 1 unchanged, 1 kept (edited)"); // and the sample text, unchanged
        assertThat(site.read(quay)).endsWith("\nThe quay reopened.\n").contains("date: 2014-12-20T15:04:05Z\n");
        assertThat(site.read("content/2014/12/wall.md")).isEqualTo(edited);

        site.file("sources/notes.xml", feed.replace("The quay reopened.", "The quay reopened on Monday."));
        Cli.Run changed = Cli.inSite(root, "import");

        assertThat(changed.out()).contains("sources/notes.xml › item 1 'Quay' → " + quay
                + " (updated: the source changed, and the file was as import wrote it)");
        assertThat(site.read(quay)).endsWith("\nThe quay reopened on Monday.\n");
        assertThat(Cli.inSite(root, "import").out()).contains("0 imported, 2 unchanged, 1 kept (edited)");
    }

    private static void deleteTree(Path folder) {
        try (java.util.stream.Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Forgets which build of Broadsheet checked the sources, as a new build finds it. */
    private void aNewBuildOfBroadsheet() {
        site.file(".broadsheet/cache/import-checked-by", "0\n");
    }

    /** Makes {@code file} what an older Broadsheet would have written for the same source: changed, and so recorded. */
    private void asAnOlderBroadsheetWroteIt(String file, String text, String olderText) {
        String older = site.read(file).replace(text, olderText);
        assertThat(older).isNotEqualTo(site.read(file));
        site.file(file, older);
        String sha = org.broadsheet.fs.Hashes.sha256(older.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        site.file(".broadsheet/imports.tsv", site.read(".broadsheet/imports.tsv").lines()
                .map(l -> l.contains("\t" + file + "\t") ? l.replaceFirst("(\t" + file + "\t)[0-9a-f]{64}", "$1" + sha) : l)
                .collect(java.util.stream.Collectors.joining("\n", "", "\n")));
    }

    @Test
    void anArticleDeletedAfterImportDoesNotComeBack() throws IOException {
        Cli.inSite(root, "import");
        Files.delete(root.resolve(NYT));

        Cli.Run run = Cli.inSite(root, "import");

        assertThat(run.out()).contains("skipped").contains("since deleted");
        assertThat(root.resolve(NYT)).doesNotExist();
    }

    @Test
    void aDryRunWritesNothing() {
        Cli.Run run = Cli.inSite(root, "import", "--dry-run");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("1 to import");
        assertThat(root.resolve("content")).doesNotExist();
        assertThat(root.resolve(".broadsheet")).doesNotExist();
    }

    @Test
    void twoSourcesWithTheSameTitleGetDistinctFiles() {
        String text = "Same Headline – Paper A\n\nMay 1, 2024\n\nFirst text.\n";
        site.file("sources/a.txt", text).file("sources/b.txt", text.replace("First", "Second"));

        Cli.inSite(root, "import");

        assertThat(site.read("content/2024/05/same-headline.md")).contains("First text.");
        assertThat(site.read("content/2024/05/same-headline-2.md")).contains("Second text.");
    }

    @Test
    void aBadSourceFailsWithItsLineWhileTheOthersAreStillImported() {
        site.file("sources/bad.txt", "A Title – Paper\n\nsometime last week\n\nText.\n");

        Cli.Run run = Cli.inSite(root, "import");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("error: sources/bad.txt:3: cannot read 'sometime last week' as the publication date");
        assertThat(root.resolve(NYT)).exists();
    }

    @Test
    void importsAnExplicitFileFromOutsideTheSite(@TempDir Path elsewhere) throws IOException {
        Path file = elsewhere.resolve("note.txt");
        Files.writeString(file, "Harbour News – The Paper\n\n2024-06-01\n\nSome *text* with [brackets].\n");

        Cli.Run run = Cli.inSite(root, "import", file.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        String md = site.read("content/2024/06/harbour-news.md");
        assertThat(md).contains("Some \\*text\\* with \\[brackets\\].");
        assertThat(md).contains("  file: " + file.toAbsolutePath());
    }

    @Test
    void readmeFilesAndHiddenFilesInTheSourcesFolderAreNotSources() {
        site.file("sources/README.md", "# My sources\n").file("sources/.DS_Store", "junk");

        Cli.Run run = Cli.inSite(root, "import");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("1 imported");
    }

    @Test
    void textDumpReaderStripsOnlyTrailingBoilerplate() {
        Boilerplate boilerplate = new Boilerplate(List.of());
        List<String> lines = List.of("Real text.", "Bookmark the permalink.", "More real text.", "",
                "Want something else to read? How about X", "Bookmark the permalink.", "");
        assertThat(boilerplate.stripTrailing(lines)).containsExactly("Real text.", "Bookmark the permalink.", "More real text.");
    }

    @Test
    void configuredBoilerplatePatternsAreStrippedToo() {
        site.file("broadsheet.yaml", "title: T\nimport:\n  boilerplate:\n    - 'Read more at .*'\n")
                .file("sources/x.txt", "Title Here – Paper\n\n2024-01-02\n\nThe text.\n\nRead more at example.org\n");

        Cli.inSite(root, "import", root.resolve("sources/x.txt").toString());

        assertThat(site.read("content/2024/01/title-here.md")).contains("The text.").doesNotContain("Read more");
    }

    @Test
    void forceReplacesAnEditedArticleAndKeepsTheEditedOneAsBak() throws IOException {
        Cli.inSite(root, "import");
        String imported = site.read(NYT);
        String edited = imported.replace("title: North Korea", "title: EDITED North Korea");
        site.file(NYT, edited);

        Cli.Run run = Cli.inSite(root, "import", "--force");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("replaced; the previous version is in " + NYT + ".bak").contains("1 replaced");
        assertThat(site.read(NYT)).isEqualTo(imported);
        assertThat(site.read(NYT + ".bak")).isEqualTo(edited);

        site.file(NYT, edited + "\nAgain.\n");
        Cli.inSite(root, "import", "--force");
        assertThat(site.read(NYT + ".bak")).as("an older backup is never overwritten").isEqualTo(edited);
        assertThat(site.read(NYT + ".bak2")).isEqualTo(edited + "\nAgain.\n");
    }

    @Test
    void forceBringsBackAnArticleDeletedAfterImport() throws IOException {
        Cli.inSite(root, "import");
        Files.delete(root.resolve(NYT));

        Cli.Run run = Cli.inSite(root, "import", "--force");

        assertThat(run.out()).contains("1 imported");
        assertThat(root.resolve(NYT)).exists();
    }

    @Test
    void aBackupFileIsNotReadAsAnArticle() {
        Cli.inSite(root, "import");
        site.file(NYT + ".bak", "not front matter at all");

        Cli.Run build = Cli.inSite(root, "build", "-q");

        assertThat(build.exitCode()).as(build.all()).isZero();
    }
}
