package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

/**
 * The catalogue of bad sources: each one is imported correctly or fails with a clear message naming it, never a
 * stack trace, never a hang; and a killed import leaves no partial article.
 */
class BadSourceCatalogueTest {

    static final String TEXT = "Harbour Wall Repaired \u2013 The Gazette\n\nMay 1, 2024\n\nThe wall is whole again.\n";

    @TempDir
    Path root;
    TestSite site;

    @BeforeEach
    void site() {
        site = new TestSite(root).file("broadsheet.yaml", "title: Sources\n");
    }

    static Stream<Arguments> unreadable() {
        return Stream.of(
                Arguments.of("empty file", new byte[0], "sources/bad.txt:1: the file is empty"),
                Arguments.of("binary file", new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0},
                        "sources/bad.txt: not a source Broadsheet can read"),
                Arguments.of("only whitespace", "   \n\n\t\n".getBytes(StandardCharsets.UTF_8), "sources/bad.txt:1: the file is empty"),
                Arguments.of("a title and nothing else", "Just A Title\n".getBytes(StandardCharsets.UTF_8), "sources/bad.txt"),
                Arguments.of("a date whose day and month could swap, after a URL line",
                        "Wall Vote\nhttps://example.com/wall\n\n05/06/2014\n\nThe council voted.\n".getBytes(StandardCharsets.UTF_8),
                        "sources/bad.txt:4: '05/06/2014' could be read day-first or month-first; write the date with the year first"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadable")
    void anUnreadableSourceFailsWithItsNameAndTheOthersAreImported(String name, byte[] bytes, String message) {
        site.bytes("sources/bad.txt", bytes).file("sources/good.txt", TEXT);

        Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Cli.inSite(root, "import"));

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("error: " + message);
        assertThat(run.all()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(root.resolve("content/2024/05/harbour-wall-repaired.md")).exists();
    }

    static Stream<Arguments> readable() {
        return Stream.of(
                Arguments.of("windows-1252 without declaration", TEXT.replace("\u2013", "-").replace("whole", "wh\u00f4le")
                        .getBytes(Charset.forName("windows-1252")), "wh\u00f4le"),
                Arguments.of("UTF-16 with BOM", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE)), "whole"),
                Arguments.of("CRLF", TEXT.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), "whole"),
                Arguments.of("lone CR", TEXT.replace("\n", "\r").getBytes(StandardCharsets.UTF_8), "whole"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readable")
    void oddButReadableSourcesImportCorrectly(String name, byte[] bytes, String word) {
        site.bytes("sources/odd.txt", bytes);

        Cli.Run run = Cli.inSite(root, "import");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(site.read("content/2024/05/harbour-wall-repaired.md")).contains("title: Harbour Wall Repaired").contains(word);
    }

    @Test
    void aFiftyMegabyteSourceIsImportedOrRefusedClearlyWithoutHanging() throws IOException {
        StringBuilder big = new StringBuilder(TEXT);
        String paragraph = "A long report about the harbour wall and the council that paid for it. ".repeat(20) + "\n\n";
        while (big.length() < 50 * 1024 * 1024) {
            big.append(paragraph);
        }
        site.file("sources/big.txt", big.toString());

        Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> Cli.inSite(root, "import"));

        assertThat(run.all()).doesNotContain("Exception").doesNotContain("\tat ");
        if (run.exitCode() == 0) {
            assertThat(Files.size(root.resolve("content/2024/05/harbour-wall-repaired.md"))).isGreaterThan(40L * 1024 * 1024);
        } else {
            assertThat(run.err()).contains("sources/big.txt");
        }
    }

    @Test
    void anImportKilledMidwayLeavesOnlyWholeArticlesAndTheNextOneTidiesUp() throws Exception {
        for (int i = 0; i < 400; i++) {
            site.file(String.format("sources/s%03d.txt", i), TEXT.replace("Harbour Wall Repaired", "Harbour Story " + i)
                    + ("More text about story " + i + ". ").repeat(400) + "\n");
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.broadsheet.cli.Main", "import", "-q",
                "--config", root.resolve("broadsheet.yaml").toString()));
        Process importing = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(root.resolve("import.log").toFile()).start();
        // kill it (SIGKILL: no clean-up) once it is writing articles, between two files or in the middle of one
        while (importing.isAlive() && articleCount() < 20) {
            Thread.sleep(5);
        }
        boolean killed = importing.isAlive();
        importing.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        assertThat(killed).as("the import was killed before it finished").isTrue();
        assertThat(articleCount()).isLessThan(400);

        List<Path> articles;
        try (Stream<Path> walk = Files.walk(root.resolve("content"))) {
            articles = walk.filter(p -> p.toString().endsWith(".md")).toList();
        }
        for (Path article : articles) {
            assertThat(Files.readString(article)).as("%s is whole", article).startsWith("---\n").endsWith("\n");
        }

        Cli.Run again = Cli.inSite(root, "import", "-q");
        assertThat(again.exitCode()).as(again.all()).isZero();
        try (Stream<Path> walk = Files.walk(root.resolve("content"))) {
            assertThat(walk.filter(p -> p.getFileName().toString().endsWith(".broadsheet-tmp"))).isEmpty();
        }
        try (Stream<Path> walk = Files.walk(root.resolve("content"))) {
            assertThat(walk.filter(p -> p.toString().endsWith(".md")).count()).isEqualTo(400);
        }
    }

    private long articleCount() throws IOException {
        Path content = root.resolve("content");
        if (!Files.isDirectory(content)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(content)) {
            return walk.filter(f -> f.toString().endsWith(".md")).count();
        } catch (java.io.UncheckedIOException racingWithTheImport) {
            return 0;
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
