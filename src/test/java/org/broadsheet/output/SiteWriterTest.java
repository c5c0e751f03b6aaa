package org.broadsheet.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.broadsheet.config.SitePaths;
import org.broadsheet.error.OutputException;
import org.broadsheet.render.RenderedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the site reaches the disk: staged, swapped, unchanged files kept, foreign folders refused. */
class SiteWriterTest {

    @TempDir
    Path root;

    private Path out() {
        return root.resolve("site");
    }

    private SiteWriter writer(boolean force) {
        return new SiteWriter(out(), SitePaths.defaults(root), force);
    }

    private static RenderedFile file(String path, String text) {
        return new RenderedFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void firstWriteCreatesTheFolderWithItsMarkerAndNoLeftovers() throws IOException {
        WriteResult result = writer(false).write(List.of(file("index.html", "home"), file("a/b/index.html", "deep")));

        assertThat(result).isEqualTo(new WriteResult(2, 0, 0));
        assertThat(out().resolve("a/b/index.html")).hasContent("deep");
        assertThat(out().resolve(SiteWriter.MARKER)).isRegularFile();
        try (var siblings = Files.list(root)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("site");
        }
    }

    @Test
    void anIdenticalSecondWriteWritesNothingAndKeepsEveryFileAsItWas() throws IOException {
        List<RenderedFile> files = List.of(file("index.html", "home"), file("x/index.html", "x"));
        writer(false).write(files);
        FileTime old = FileTime.fromMillis(1_500_000_000_000L);
        Files.setLastModifiedTime(out().resolve("x/index.html"), old);
        Object inode = Files.readAttributes(out().resolve("x/index.html"), java.nio.file.attribute.BasicFileAttributes.class).fileKey();

        WriteResult second = writer(false).write(files);

        assertThat(second).isEqualTo(new WriteResult(0, 2, 0));
        assertThat(Files.getLastModifiedTime(out().resolve("x/index.html"))).isEqualTo(old);
        assertThat(Files.readAttributes(out().resolve("x/index.html"), java.nio.file.attribute.BasicFileAttributes.class).fileKey())
                .isEqualTo(inode);
    }

    @Test
    void aChangedFileIsRewrittenUnchangedOnesKeepTheirTimeAndStaleOnesGo() throws IOException {
        writer(false).write(List.of(file("index.html", "home"), file("keep.html", "same"), file("gone.html", "old")));
        FileTime old = FileTime.fromMillis(1_500_000_000_000L);
        Files.setLastModifiedTime(out().resolve("keep.html"), old);

        WriteResult result = writer(false).write(List.of(file("index.html", "home v2"), file("keep.html", "same")));

        assertThat(result).isEqualTo(new WriteResult(1, 1, 1));
        assertThat(out().resolve("index.html")).hasContent("home v2");
        assertThat(Files.getLastModifiedTime(out().resolve("keep.html"))).isEqualTo(old);
        assertThat(out().resolve("gone.html")).doesNotExist();
    }

    @Test
    void aFolderHoldingForeignFilesIsRefusedAndLeftAlone() throws IOException {
        Files.createDirectories(out());
        Files.writeString(out().resolve("my-notes.txt"), "precious");

        assertThatThrownBy(() -> writer(false).write(List.of(file("index.html", "home"))))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining("did not write (my-notes.txt)").hasMessageContaining("--force");
        assertThat(out().resolve("my-notes.txt")).hasContent("precious");
    }

    @Test
    void forceReplacesAForeignFolder() throws IOException {
        Files.createDirectories(out());
        Files.writeString(out().resolve("old.txt"), "x");

        writer(true).write(List.of(file("index.html", "home")));

        assertThat(out().resolve("old.txt")).doesNotExist();
        assertThat(out().resolve("index.html")).hasContent("home");
    }

    @Test
    void anEmptyExistingFolderIsUsed() throws IOException {
        Files.createDirectories(out());
        writer(false).write(List.of(file("index.html", "home")));
        assertThat(out().resolve("index.html")).hasContent("home");
    }

    @Test
    void aSwapInterruptedBetweenItsTwoRenamesIsRepairedByTheNextWrite() throws IOException {
        writer(false).write(List.of(file("index.html", "v1")));
        Files.move(out(), root.resolve(".site.previous")); // as if killed right after the first rename

        writer(false).write(List.of(file("index.html", "v2"), file("new.html", "n")));

        assertThat(out().resolve("index.html")).hasContent("v2");
        assertThat(root.resolve(".site.previous")).doesNotExist();
    }

    @Test
    void outputPathsThatWouldDestroyTheSiteAreRefused() {
        SitePaths paths = SitePaths.defaults(root);
        for (Path bad : List.of(root, root.getParent(), root.resolve("content"), root.resolve("content/2024"),
                root.resolve("templates"), root.resolve("sources"), Path.of("/"), Path.of(System.getProperty("user.home")))) {
            assertThatThrownBy(() -> new SiteWriter(bad, paths, true)).as("output %s", bad)
                    .isInstanceOf(OutputException.class).hasMessageContaining("refusing to write the site here");
        }
    }
}
