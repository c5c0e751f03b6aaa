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
                Arguments.of("lone CR", TEXT.replace("\n", "\r").getBytes(StandardCharsets.UTF_8), "whole"),
                // no declaration and not UTF-8: the charset is detected, and Western text stays windows-1252
                undeclared("Shift_JIS", "\u6e2f\u306e\u9632\u6ce2\u5824\u306e\u4fee\u5fa9\u5de5\u4e8b\u304c\u5148\u9031\u7d42\u308f\u308a\u3001"
                        + "\u6f01\u5e2b\u305f\u3061\u306f\u6e80\u8db3\u3057\u3066\u3044\u308b\u3068\u5e02\u8b70\u4f1a\u304c\u767a\u8868\u3057\u307e\u3057\u305f\u3002"),
                undeclared("GB18030", "\u6e2f\u53e3\u9632\u6ce2\u5824\u7684\u4fee\u590d\u5de5\u7a0b\u4e0a\u5468\u5b8c\u6210\uff0c"
                        + "\u5e02\u8bae\u4f1a\u8868\u793a\u6e14\u6c11\u4eec\u5bf9\u7ed3\u679c\u611f\u5230\u6ee1\u610f\u3002"),
                undeclared("windows-1251", "\u0420\u0435\u043c\u043e\u043d\u0442 \u043f\u0440\u0438\u0447\u0430\u043b\u044c\u043d\u043e\u0439 "
                        + "\u0441\u0442\u0435\u043d\u044b \u0437\u0430\u0432\u0435\u0440\u0448\u0451\u043d \u043d\u0430 \u043f\u0440\u043e\u0448\u043b\u043e\u0439 "
                        + "\u043d\u0435\u0434\u0435\u043b\u0435, \u0438 \u0440\u044b\u0431\u0430\u043a\u0438 \u0434\u043e\u0432\u043e\u043b\u044c\u043d\u044b "
                        + "\u0440\u0435\u0437\u0443\u043b\u044c\u0442\u0430\u0442\u043e\u043c, \u0441\u043e\u043e\u0431\u0449\u0438\u043b \u0441\u043e\u0432\u0435\u0442."),
                undeclared("windows-1252", "Le conseil a vot\u00e9 mercredi la r\u00e9fection du mur du port; les p\u00eacheurs "
                        + "\u00e9taient pr\u00e9sents \u00e0 la s\u00e9ance, et la fa\u00e7ade co\u00fbtera moins que pr\u00e9vu."));
    }

    /** The text source in {@code charset}, its body {@code body} (which the imported file must contain). */
    private static Arguments undeclared(String charset, String body) {
        String text = TEXT.replace("\u2013", "-").replace("The wall is whole again.", body);
        return Arguments.of(charset + " without declaration", text.getBytes(Charset.forName(charset)), body);
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
