package org.broadsheet.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.broadsheet.fs.Hashes;
import org.broadsheet.testing.Cli;
import org.broadsheet.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A build after a change renders only what depends on the change, and its result is byte for byte what a clean
 * build of the same content gives.
 */
class IncrementalBuildTest {

    static final int ARTICLES = 90;
    /** Feeds with whole articles, whose links to other articles must follow them too. */
    static final String CONFIG = "title: Incremental\nbase_url: https://example.org/news/\npage_size: 5\ntimezone: UTC\n"
            + "feeds:\n  content: full\n";

    @TempDir
    Path edited;
    @TempDir
    Path clean;
    TestSite site;

    @BeforeEach
    void builtSite() {
        site = new TestSite(edited).file("broadsheet.yaml", CONFIG);
        for (int i = 0; i < ARTICLES; i++) {
            site.file(String.format("content/a%03d.md", i), article(i, "Headline number " + i, "tags: [t" + (i % 7) + ", t" + (i % 11) + "]"));
        }
        // links between content files: their addresses change with the file they lead to
        site.file("content/a001.md", LINKING);
        site.file("content/pages/about.md", page("About", "Who we are. We wrote [number 42](/a042.md)."));
        // an article with files of its own, whose body links to one it does not have yet
        site.file("content/bundle/index.md", BUNDLE).file("content/bundle/chart.png", "not really a PNG");
        assertThat(Cli.inSite(edited, "build", "-q").exitCode()).isZero();
    }

    static final String LINKING = article(1, "Headline number 1", "tags: [t1, t1]")
            .replace("Second paragraph:", "See [number 42](a042.md#more). Second paragraph:");

    static final String BUNDLE = article(3, "Headline number 3", "tags: [t3]")
            .replace("Second paragraph:", "![chart](chart.png) ![map](map.png) Second paragraph:");

    static String page(String title, String body) {
        return "---\ntitle: " + title + "\nmenu: 1\n---\n\n" + body + "\n";
    }

    static String article(int i, String title, String tags) {
        return "---\ntitle: \"" + title + "\"\ndate: 2024-" + String.format("%02d-%02d", 1 + i % 6, 1 + i % 27)
                + "\nsource: Paper " + (i % 4) + "\n" + tags + "\n---\n\n" + words(i, 40) + ".\n\nSecond paragraph: "
                + words(i + 1000, 30) + ".\n";
    }

    /** Text of its own for each article, so that no two are one story (a cluster is a legitimate wide dependency). */
    static String words(int seed, int count) {
        String[] vocabulary = {"harbour", "council", "ferry", "school", "budget", "storm", "library", "market", "bridge",
            "railway", "museum", "festival", "election", "hospital", "river", "quarry", "lighthouse", "orchard", "bakery",
            "stadium", "theatre", "tunnel", "reservoir", "vineyard", "cathedral", "airport", "factory", "garden"};
        java.util.Random random = new java.util.Random(seed);
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < count; w++) {
            text.append(w == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
        }
        return text.toString();
    }

    /** name, the change, the most files the incremental build may render (the changed page and its dependents). */
    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("nothing", (Consumer<TestSite>) s -> { }, 0),
                Arguments.of("a body's second paragraph", (Consumer<TestSite>) s -> s.file("content/a042.md",
                        article(42, "Headline number 42", "tags: [t0, t9]").replace("Second paragraph:", "A rewritten second paragraph:")), 12),
                Arguments.of("a title", (Consumer<TestSite>) s -> s.file("content/a042.md",
                        article(42, "A new headline", "tags: [t0, t9]")), 100),
                Arguments.of("tags", (Consumer<TestSite>) s -> s.file("content/a042.md",
                        article(42, "Headline number 42", "tags: [t0, brand-new]")), 100),
                Arguments.of("a new article", (Consumer<TestSite>) s -> s.file("content/new.md",
                        article(5, "Fresh news", "tags: [t1]")), 200),
                Arguments.of("a page's text", (Consumer<TestSite>) s -> s.file("content/pages/about.md",
                        page("About", "Who we are, and why.")), 1),
                Arguments.of("a page's title, which every page's menu shows", (Consumer<TestSite>) s -> s.file(
                        "content/pages/about.md", page("About us", "Who we are.")), 1000),
                Arguments.of("an article's old address (aliases)", (Consumer<TestSite>) s -> s.file("content/a042.md",
                        article(42, "Headline number 42", "tags: [t0, t9]\naliases: [/old/42/]")), 100),
                Arguments.of("a new page in the menu", (Consumer<TestSite>) s -> s.file("content/pages/contact.md",
                        page("Contact", "Write to us.")), 1000),
                Arguments.of("a page made a draft", (Consumer<TestSite>) s -> s.file("content/pages/about.md",
                        page("About", "Who we are.").replace("menu: 1", "menu: 1\ndraft: true")), 1000),
                Arguments.of("the address of an article that others link to", (Consumer<TestSite>) s -> s.file(
                        "content/a042.md", article(42, "Headline number 42", "tags: [t0, t9]\nslug: moved-42")), 100),
                Arguments.of("an article that others link to made a draft", (Consumer<TestSite>) s -> s.file(
                        "content/a042.md", article(42, "Headline number 42", "tags: [t0, t9]\ndraft: true")), 200),
                Arguments.of("a new article with files of its own (index.md)", (Consumer<TestSite>) s -> s
                        .file("content/harbour/index.md", article(7, "Harbour pictures", "tags: [t1]").replace(
                                "Second paragraph:", "![chart](chart.png) Second paragraph:"))
                        .file("content/harbour/chart.png", "not really a PNG"), 200),
                Arguments.of("a file added to an article's folder, which its body links to", (Consumer<TestSite>) s -> s
                        .file("content/bundle/map.png", "not really a PNG either"), 12),
                Arguments.of("a deleted article", (Consumer<TestSite>) s -> delete(s.path("content/a013.md")), 200),
                Arguments.of("a template", (Consumer<TestSite>) s -> s.file("templates/tags.ftlh",
                        "<!DOCTYPE html><html lang=\"en\"><title>Tags</title><p>${tags?size} tags</p></html>\n"), 1000));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void anIncrementalBuildRendersOnlyWhatChangedAndEqualsACleanBuild(String name, Consumer<TestSite> change, int maxRendered)
            throws IOException {
        Map<String, Long> inodesBefore = inodes(edited.resolve("site"));
        change.accept(site);

        Cli.Run incremental = Cli.inSite(edited, "build");
        TestSite.copyTree(edited.resolve("content"), clean.resolve("content"));
        if (Files.isDirectory(edited.resolve("templates"))) {
            TestSite.copyTree(edited.resolve("templates"), clean.resolve("templates"));
        }
        new TestSite(clean).file("broadsheet.yaml", CONFIG);
        Cli.Run fresh = Cli.inSite(clean, "build", "-q");

        assertThat(incremental.exitCode()).as(incremental.all()).isZero();
        assertThat(fresh.exitCode()).as(fresh.all()).isZero();
        assertThat(tree(edited.resolve("site"))).as("incremental build equals a clean build").isEqualTo(tree(clean.resolve("site")));
        int rendered = incremental.out().contains("nothing changed since the last build") ? 0
                : Integer.parseInt(incremental.out().replaceAll("(?s).*; (\\d+) rendered\\).*", "$1"));
        assertThat(rendered).as(incremental.out()).isLessThanOrEqualTo(maxRendered);
        if (maxRendered < 100) {
            // an unrelated article's page is the very same file: not rewritten, same inode and mtime
            Map<String, Long> inodesAfter = inodes(edited.resolve("site"));
            String unrelated = inodesAfter.keySet().stream().filter(p -> p.contains("/a077/")).findFirst().orElseThrow();
            assertThat(inodesAfter.get(unrelated)).isEqualTo(inodesBefore.get(unrelated));
        }
    }

    @org.junit.jupiter.api.Test
    void aBuildWithNothingChangedStopsAtOnceButNotWhenTheOutputWasTouchedOrAddedTo() throws IOException {
        Cli.Run again = Cli.inSite(edited, "build");
        assertThat(again.out()).contains("nothing changed since the last build");

        Path page = edited.resolve("site/tags/index.html");
        String original = Files.readString(page);
        Files.writeString(page, "tampered");
        Cli.Run repair = Cli.inSite(edited, "build");
        assertThat(repair.out()).doesNotContain("nothing changed");
        assertThat(page).hasContent(original);

        Files.delete(edited.resolve("site/index.html"));
        Cli.Run restore = Cli.inSite(edited, "build");
        assertThat(restore.out()).doesNotContain("nothing changed");
        assertThat(edited.resolve("site/index.html")).exists();

        Path stray = edited.resolve("site/tags/stray.html"); // a file the last build did not write
        Files.writeString(stray, "left here by hand");
        Map<String, String> before = tree(edited.resolve("site"));
        Cli.Run refused = Cli.inSite(edited, "build");
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.err()).contains("did not write (tags/stray.html)", "static/", "--force");
        assertThat(tree(edited.resolve("site"))).isEqualTo(before);
        Cli.Run tidy = Cli.inSite(edited, "build", "--force");
        assertThat(tidy.out()).doesNotContain("nothing changed");
        assertThat(stray).doesNotExist();
        assertThat(Cli.inSite(edited, "build").out()).contains("nothing changed since the last build");
    }

    @org.junit.jupiter.api.Test
    void aFileReplacedByAnotherOfTheSameSizeAndTimeIsAChange() throws IOException {
        Path article = edited.resolve("content/a042.md");
        String text = Files.readString(article);
        Path other = Files.writeString(edited.resolve("content/.a042.md.tmp"), text.replace("Second paragraph", "Xecond paragraph"));
        Files.setLastModifiedTime(other, Files.getLastModifiedTime(article));

        Files.move(other, article, java.nio.file.StandardCopyOption.REPLACE_EXISTING); // as editors save: its inode tells
        Cli.Run run = Cli.inSite(edited, "build");

        assertThat(run.out()).doesNotContain("nothing changed");
        assertThat(Files.readString(edited.resolve("site/2024/01/a042/index.html"))).contains("Xecond paragraph");
    }

    @org.junit.jupiter.api.Test
    void aChangedSettingInTheConfigOrOnTheCommandLineIsAChange() {
        // a nested setting (feeds.entries), a setting at the top, and an option that overrides the config
        site.file("broadsheet.yaml", CONFIG.replace("feeds:\n", "feeds:\n  entries: 3\n"));
        assertThat(Cli.inSite(edited, "build").out()).doesNotContain("nothing changed");
        site.file("broadsheet.yaml", CONFIG.replace("page_size: 5", "page_size: 6").replace("feeds:\n", "feeds:\n  entries: 3\n"));
        assertThat(Cli.inSite(edited, "build").out()).doesNotContain("nothing changed");
        assertThat(Cli.inSite(edited, "build", "--base-url", "https://other.example/").out()).doesNotContain("nothing changed");
        assertThat(Cli.inSite(edited, "build", "--base-url", "https://other.example/").out())
                .contains("nothing changed since the last build");
        assertThat(Cli.inSite(edited, "build").out()).doesNotContain("nothing changed");
    }

    private static void delete(Path p) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every file's path and content hash. */
    private static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Hashes.sha256(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    private static Map<String, Long> inodes(Path dir) throws IOException {
        Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Object key = Files.readAttributes(p, BasicFileAttributes.class).fileKey();
                files.put(dir.relativize(p).toString(), (long) String.valueOf(key).hashCode() * 31
                        + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return files;
    }
}
