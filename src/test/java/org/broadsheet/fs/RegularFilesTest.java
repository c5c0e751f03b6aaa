package org.broadsheet.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walk gives every regular file once, with the size the file has, and counts links as Files.isRegularFile does. */
class RegularFilesTest {

    @TempDir
    Path root;

    private Map<String, Long> sizes(Path start, boolean followLinks) throws IOException {
        Map<String, Long> sizes = new TreeMap<>();
        RegularFiles.forEach(start, followLinks, (p, a) -> sizes.put(root.relativize(p).toString(), a.size()));
        return sizes;
    }

    @Test
    void givesEveryRegularFileWithItsAttributesAndNoFolder() throws IOException {
        Files.createDirectories(root.resolve("a/b"));
        Files.writeString(root.resolve("top.txt"), "12345");
        Files.writeString(root.resolve("a/b/deep.html"), "x");
        Files.createDirectories(root.resolve("empty"));

        assertThat(sizes(root, false)).containsExactly(Map.entry("a/b/deep.html", 1L), Map.entry("top.txt", 5L));
        assertThat(sizes(root.resolve("top.txt"), false)).containsExactly(Map.entry("top.txt", 5L));
    }

    @Test
    void aLinkToAFileCountsWithItsTargetsAttributesAndALinkedFolderIsEnteredOnlyWhenFollowed() throws IOException {
        Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("inside.txt"), "abc");
        Path site = Files.createDirectories(root.resolve("site"));
        Files.createSymbolicLink(site.resolve("file-link"), elsewhere.resolve("inside.txt"));
        Files.createSymbolicLink(site.resolve("folder-link"), elsewhere);

        Files.createSymbolicLink(site.resolve("broken-link"), elsewhere.resolve("gone.txt"));

        // a link gives its target's size, as the manifest records it; a broken one is no file
        assertThat(sizes(site, false)).containsOnly(Map.entry("site/file-link", 3L));
        assertThat(sizes(site, true))
                .containsOnly(Map.entry("site/file-link", 3L), Map.entry("site/folder-link/inside.txt", 3L));
    }
}
