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
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("site", ".broadsheet");
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

    @Test
    void aPageWhoseInputsAreUnchangedCanBeKeptWithoutRenderingAndAnEditedFileCannot() throws IOException {
        SiteOutput.Session first = writer(false).begin();
        first.add(file("a.html", "A"), 11);
        first.add(file("b.html", "B"), 22);
        first.commit();

        SiteOutput.Session second = writer(false).begin();
        assertThat(second.has("a.html", 11)).isTrue();
        assertThat(second.has("a.html", 12)).as("other inputs").isFalse();
        assertThat(second.has("c.html", 11)).as("never written").isFalse();
        Files.writeString(out().resolve("b.html"), "edited by hand");
        assertThat(second.has("b.html", 22)).as("changed on disk since").isFalse();
        second.keep("a.html", 11);
        second.add(file("b.html", "B"), 22);
        WriteResult result = second.commit();

        assertThat(result).isEqualTo(new WriteResult(1, 1, 0));
        assertThat(out().resolve("a.html")).hasContent("A");
        assertThat(out().resolve("b.html")).hasContent("B");
    }

    @Test
    void aSessionThatKeepsEverythingWritesNothing() throws IOException {
        writer(false).write(List.of(file("a.html", "A")));
        SiteOutput.Session first = writer(false).begin();
        first.add(file("a.html", "A"), 5);
        first.commit();
        Object inode = Files.readAttributes(out().resolve("a.html"), java.nio.file.attribute.BasicFileAttributes.class).fileKey();

        SiteOutput.Session second = writer(false).begin();
        second.keep("a.html", 5);
        assertThat(second.commit()).isEqualTo(new WriteResult(0, 1, 0));

        assertThat(root.resolve(".site.staging")).doesNotExist();
        assertThat(Files.readAttributes(out().resolve("a.html"), java.nio.file.attribute.BasicFileAttributes.class).fileKey()).isEqualTo(inode);
    }

    @Test
    void anAbortedSessionLeavesTheSiteAsItWas() throws IOException {
        writer(false).write(List.of(file("index.html", "v1")));
        SiteOutput.Session session = writer(false).begin();
        session.add(file("index.html", "v2"), 0);
        session.abort();

        assertThat(out().resolve("index.html")).hasContent("v1");
        assertThat(root.resolve(".site.staging")).doesNotExist();
    }

    @Test
    void anEditIsAppliedInPlaceAndUnrelatedFilesAreNotTouched() throws IOException {
        List<RenderedFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            files.add(file("p" + i + "/index.html", "page " + i));
        }
        writer(false).write(files);
        Object unrelated = Files.readAttributes(out().resolve("p7/index.html"), java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        Object siteFolder = Files.readAttributes(out(), java.nio.file.attribute.BasicFileAttributes.class).fileKey();

        SiteOutput.Session edit = writer(false).begin();
        for (int i = 0; i < 49; i++) {
            edit.add(file("p" + i + "/index.html", i == 3 ? "page 3, edited" : "page " + i), 0);
        }
        assertThat(edit.commit()).isEqualTo(new WriteResult(1, 48, 1));

        assertThat(out().resolve("p3/index.html")).hasContent("page 3, edited");
        assertThat(out().resolve("p49")).doesNotExist();
        assertThat(Files.readAttributes(out().resolve("p7/index.html"), java.nio.file.attribute.BasicFileAttributes.class).fileKey()).isEqualTo(unrelated);
        assertThat(Files.readAttributes(out(), java.nio.file.attribute.BasicFileAttributes.class).fileKey())
                .as("the folder itself was not swapped").isEqualTo(siteFolder);
        assertThat(root.resolve(".site.staging")).doesNotExist();
    }

    @Test
    void anEditKilledWhileApplyingItsJournalIsFinishedByTheNextRun() throws IOException {
        writer(false).write(List.of(file("a.html", "A"), file("b.html", "B"), file("old.html", "O")));
        // as a build killed after writing its journal and moving one of two files leaves it
        Path staging = root.resolve(".site.staging");
        Files.createDirectories(staging);
        Files.writeString(staging.resolve("b.html"), "B2");
        Files.writeString(staging.resolve(SiteWriter.JOURNAL), "move\ta.html\nmove\tb.html\ndelete\told.html\n");
        Files.writeString(out().resolve("a.html"), "A2");

        SiteOutput.Session next = writer(false).begin();
        next.abort();

        assertThat(out().resolve("a.html")).hasContent("A2");
        assertThat(out().resolve("b.html")).hasContent("B2");
        assertThat(out().resolve("old.html")).doesNotExist();
        assertThat(staging).doesNotExist();
    }

    @Test
    void aJournalReplayedAfterItsRemovalsWereDoneFinishesTheRest() throws IOException {
        writer(false).write(List.of(file("a.html", "A"), file("gone/index.html", "G")));
        // killed after removing gone/index.html and its folder, before moving a.html into place
        Files.delete(out().resolve("gone/index.html"));
        Files.delete(out().resolve("gone"));
        Path staging = root.resolve(".site.staging");
        Files.createDirectories(staging);
        Files.writeString(staging.resolve("a.html"), "A2");
        Files.writeString(staging.resolve(SiteWriter.JOURNAL), "delete\tgone/index.html\nmove\ta.html\n");

        writer(false).begin().abort();

        assertThat(out().resolve("a.html")).hasContent("A2");
        assertThat(staging).doesNotExist();
    }

    @Test
    void anEditWhereAFileBecomesAFolderOfTheSameNameAndBackIsAppliedInPlace() throws IOException {
        List<RenderedFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            files.add(file("p" + i + ".html", "page " + i));
        }
        List<RenderedFile> withFile = new java.util.ArrayList<>(files);
        withFile.add(file("assets/extra", "a file"));
        writer(false).write(withFile);

        List<RenderedFile> withFolder = new java.util.ArrayList<>(files);
        withFolder.add(file("assets/extra/x.css", "a file in a folder"));
        writer(false).write(withFolder);
        assertThat(out().resolve("assets/extra/x.css")).hasContent("a file in a folder");

        writer(false).write(withFile);
        assertThat(out().resolve("assets/extra")).isRegularFile().hasContent("a file");
        assertThat(root.resolve(".site.staging")).doesNotExist();
    }

    @Test
    void aJournalReplayedAfterAFileBecameAFolderOrBackFinishes() throws IOException {
        Path staging = root.resolve(".site.staging");
        // killed after moving assets/x/a.css into the folder that replaced the file assets/x
        writer(false).write(List.of(file("index.html", "home"), file("assets/x/a.css", "css")));
        Files.createDirectories(staging);
        Files.writeString(staging.resolve(SiteWriter.JOURNAL), "delete\tassets/x\nmove\tassets/x/a.css\n");
        writer(false).begin().abort();
        assertThat(out().resolve("assets/x/a.css")).hasContent("css");

        // killed after moving the file assets/x into the place of the folder it replaced
        Files.delete(out().resolve("assets/x/a.css"));
        Files.delete(out().resolve("assets/x"));
        Files.writeString(out().resolve("assets/x"), "a file");
        Files.createDirectories(staging);
        Files.writeString(staging.resolve(SiteWriter.JOURNAL), "delete\tassets/x/a.css\nmove\tassets/x\n");
        writer(false).begin().abort();
        assertThat(out().resolve("assets/x")).isRegularFile().hasContent("a file");
        assertThat(staging).doesNotExist();
    }

    @Test
    void theWorkingFolderAndLinksToPreciousFoldersAreRefusedAsOutput() throws IOException {
        SitePaths paths = SitePaths.defaults(root);
        Files.createDirectories(root.resolve("content"));
        Path link = Files.createSymbolicLink(root.resolve("public"), root.resolve("content"));
        for (Path bad : List.of(root.resolve(".broadsheet"), root.resolve(".broadsheet/cache"), link)) {
            assertThatThrownBy(() -> new SiteWriter(bad, paths, true)).as("output %s", bad)
                    .isInstanceOf(OutputException.class).hasMessageContaining("refusing to write the site here");
        }
    }

    @Test
    void aStagingFolderWithoutJournalIsAnUnfinishedBuildAndIsDropped() throws IOException {
        writer(false).write(List.of(file("a.html", "A")));
        Path staging = root.resolve(".site.staging");
        Files.createDirectories(staging);
        Files.writeString(staging.resolve("a.html"), "half-built");

        writer(false).begin().abort();

        assertThat(out().resolve("a.html")).hasContent("A");
        assertThat(staging).doesNotExist();
    }

    @Test
    void aCommitTellsTheStateTheOutputIsLeftInWithoutLookingAgain() throws IOException {
        SiteWriter writer = writer(false);
        for (List<RenderedFile> version : List.of(List.of(file("index.html", "home"), file("a/index.html", "a")),
                List.of(file("index.html", "home, edited"), file("b/index.html", "b")))) {
            SiteOutput.Session session = writer.begin();
            version.forEach(f -> session.add(f, 7));
            session.commit();

            assertThat(session.committedState()).isNotZero().isEqualTo(writer.currentState());
        }
        long before = writer.currentState();
        Files.writeString(out().resolve("b/index.html"), "touched by hand");
        assertThat(writer.currentState()).isNotEqualTo(before);
    }
}
