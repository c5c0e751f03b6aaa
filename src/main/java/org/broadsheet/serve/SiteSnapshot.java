package org.broadsheet.serve;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * One successful build as {@code serve} holds it: every file of the site by its path (the rendered ones in memory;
 * those the site copies from disk as serve's own copies of them, {@link PrivateCopies}), the build's number (it grows
 * only when the site changed), and the paths that changed since the snapshot before.
 */
public record SiteSnapshot(long build, Map<String, byte[]> files, Map<String, Path> copies, Set<String> changed) {

    /** What is served before the first build succeeded: nothing. */
    public static final SiteSnapshot EMPTY = new SiteSnapshot(0, Map.of(), Set.of());

    public SiteSnapshot {
        files = Map.copyOf(files);
        copies = Map.copyOf(copies);
        changed = Set.copyOf(changed);
    }

    /** A snapshot of rendered files only. */
    public SiteSnapshot(long build, Map<String, byte[]> files, Set<String> changed) {
        this(build, files, Map.of(), changed);
    }

    /** The bytes of the rendered file at {@code path}, or null. */
    public byte[] file(String path) {
        return files.get(path);
    }

    /** Serve's own copy of the file copied from disk to {@code path}, or null. */
    public Path copy(String path) {
        return copies.get(path);
    }

    /** Whether the site has a file at {@code path}, of either kind. */
    public boolean has(String path) {
        return files.containsKey(path) || copies.containsKey(path);
    }
}
