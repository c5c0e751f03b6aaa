package org.broadsheet.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.broadsheet.output.SiteOutput;
import org.broadsheet.output.WriteResult;
import org.broadsheet.render.RenderedFile;
import org.junit.jupiter.api.Test;

/** serve's in-memory output: a new snapshot only when the site changed, and what changed in it. */
class MemoryOutputTest {

    private static RenderedFile file(String path, String text) {
        return new RenderedFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRebuildWithTheSameBytesKeepsTheSnapshotSoNoTabReloads() {
        MemoryOutput output = new MemoryOutput();
        output.write(List.of(file("index.html", "a"), file("x/index.html", "b")));
        SiteSnapshot first = output.current();

        WriteResult again = output.write(List.of(file("index.html", "a"), file("x/index.html", "b")));

        assertThat(again).isEqualTo(new WriteResult(0, 2, 0));
        assertThat(output.current()).isSameAs(first);
        assertThat(first.build()).isEqualTo(1);
    }

    @Test
    void changedAddedAndRemovedFilesAreNamedInTheNextSnapshot() {
        MemoryOutput output = new MemoryOutput();
        output.write(List.of(file("index.html", "a"), file("old/index.html", "b"), file("same.css", "c")));

        WriteResult result = output.write(List.of(file("index.html", "A"), file("new/index.html", "n"), file("same.css", "c")));

        assertThat(result).isEqualTo(new WriteResult(2, 1, 1));
        assertThat(output.current().build()).isEqualTo(2);
        assertThat(output.current().changed()).containsExactlyInAnyOrder("index.html", "new/index.html", "old/index.html");
        assertThat(output.current().file("old/index.html")).isNull();
    }

    @Test
    void aPatchServesThePagesAtOnceAndTheNextBuildRendersThemAgain() {
        MemoryOutput output = new MemoryOutput();
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
}
