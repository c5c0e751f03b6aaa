package org.broadsheet.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.broadsheet.output.SiteOutput;
import org.broadsheet.output.WriteResult;
import org.broadsheet.render.CopiedFile;
import org.broadsheet.render.RenderedFile;
import org.broadsheet.testing.Bytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve's in-memory output: a new snapshot only when the site changed, and what changed in it; files the site copies
 * from disk served from serve's own copies.
 */
class MemoryOutputTest {

    @TempDir
    Path cache;

    private MemoryOutput output() {
        return new MemoryOutput(PrivateCopies.in(cache));
    }

    private static RenderedFile file(String path, String text) {
        return new RenderedFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRebuildWithTheSameBytesKeepsTheSnapshotSoNoTabReloads() {
        MemoryOutput output = output();
        output.write(List.of(file("index.html", "a"), file("x/index.html", "b")));
        SiteSnapshot first = output.current();

        WriteResult again = output.write(List.of(file("index.html", "a"), file("x/index.html", "b")));

        assertThat(again).isEqualTo(new WriteResult(0, 2, 0));
        assertThat(output.current()).isSameAs(first);
        assertThat(first.build()).isEqualTo(1);
    }

    @Test
    void changedAddedAndRemovedFilesAreNamedInTheNextSnapshot() {
        MemoryOutput output = output();
        output.write(List.of(file("index.html", "a"), file("old/index.html", "b"), file("same.css", "c")));

        WriteResult result = output.write(List.of(file("index.html", "A"), file("new/index.html", "n"), file("same.css", "c")));

        assertThat(result).isEqualTo(new WriteResult(2, 1, 1));
        assertThat(output.current().build()).isEqualTo(2);
        assertThat(output.current().changed()).containsExactlyInAnyOrder("index.html", "new/index.html", "old/index.html");
        assertThat(output.current().file("old/index.html")).isNull();
    }

    @Test
    void aPatchServesThePagesAtOnceAndTheNextBuildRendersThemAgain() {
        MemoryOutput output = output();
        SiteOutput.Session build = output.begin();
        build.add(file("a/index.html", "old a"), 11);
        build.add(file("b/index.html", "b"), 22);
        build.commit();

        boolean patched = output.patch(List.of(file("a/index.html", "new a"), file("b/index.html", "b")));

        assertThat(patched).isTrue();
        assertThat(output.current().build()).isEqualTo(2);
        assertThat(output.current().changed()).containsExactly("a/index.html");
        assertThat(new String(output.current().file("a/index.html"), StandardCharsets.UTF_8)).isEqualTo("new a");
        SiteOutput.Session next = output.begin();
        assertThat(next.has("a/index.html", 11)).as("a patched page is never kept by its old fingerprint").isFalse();
        assertThat(next.has("b/index.html", 22)).isTrue();
        assertThat(output.patch(List.of(file("a/index.html", "new a")))).as("the same bytes again").isFalse();
        assertThat(output.current().build()).isEqualTo(2);
    }

    @Test
    void aCopiedFileIsServedFromServesOwnCopyWhichNeitherAnEditNorAFailedBuildChanges(@TempDir Path staticFolder) throws IOException {
        Path source = Files.write(staticFolder.resolve("clip.mp4"), Bytes.random(4096, 1));
        MemoryOutput output = output();
        output.write(List.of(file("index.html", "a"), copied("media/clip.mp4", source, 1)));
        Path copy = output.current().copy("media/clip.mp4");
        assertThat(copy).isNotEqualTo(source).startsWith(cache).hasBinaryContent(Bytes.random(4096, 1));

        Files.write(source, Bytes.random(4096, 2));
        SiteOutput.Session failed = output.begin();
        failed.copy(copied("media/clip.mp4", source, 2));
        failed.abort();
        assertThat(output.current().copy("media/clip.mp4")).isEqualTo(copy).hasBinaryContent(Bytes.random(4096, 1));
        assertThat(copiesOnDisk()).as("the failed build's copy is deleted").containsExactly(copy);

        output.write(List.of(file("index.html", "a"), copied("media/clip.mp4", source, 2)));
        Path edited = output.current().copy("media/clip.mp4");
        assertThat(edited).hasBinaryContent(Bytes.random(4096, 2));
        assertThat(output.current().changed()).containsExactly("media/clip.mp4");
        assertThat(copiesOnDisk()).as("the copy no snapshot serves is deleted").containsExactly(edited);

        output.close();
        assertThat(copiesOnDisk()).isEmpty();
    }

    @Test
    void anUnchangedCopiedFileIsKeptByItsFingerprintAndATouchedOneKeepsItsCopy(@TempDir Path staticFolder) throws IOException {
        Path source = Files.write(staticFolder.resolve("clip.mp4"), Bytes.random(4096, 1));
        MemoryOutput output = output();
        SiteOutput.Session first = output.begin();
        first.copy(copied("media/clip.mp4", source, 1));
        first.commit();
        SiteSnapshot built = output.current();

        SiteOutput.Session same = output.begin();
        assertThat(same.has("media/clip.mp4", 1)).isTrue();
        same.keep("media/clip.mp4", 1);
        assertThat(same.commit()).isEqualTo(new WriteResult(0, 1, 0));

        SiteOutput.Session touched = output.begin();
        assertThat(touched.has("media/clip.mp4", 2)).isFalse();
        touched.copy(copied("media/clip.mp4", source, 2)); // a new time, the same bytes
        assertThat(touched.commit()).isEqualTo(new WriteResult(0, 1, 0));
        assertThat(output.current()).as("no tab reloads").isSameAs(built);
        assertThat(copiesOnDisk()).containsExactly(built.copy("media/clip.mp4"));
        assertThat(output.begin().has("media/clip.mp4", 2)).isTrue();
    }

    private static CopiedFile copied(String path, Path source, long fingerprint) {
        return new CopiedFile(path, source, fingerprint);
    }

    /** serve's copies on disk now (not the lock file that marks their folder as a running serve's). */
    private List<Path> copiesOnDisk() throws IOException {
        try (Stream<Path> files = Files.walk(cache)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals(".lock")).toList();
        }
    }
}
