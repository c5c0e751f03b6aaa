package org.broadsheet.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

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
}
