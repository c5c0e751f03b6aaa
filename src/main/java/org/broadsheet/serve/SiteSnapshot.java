package org.broadsheet.serve;

import java.util.Map;
import java.util.Set;

/**
 * One successful build as {@code serve} holds it in memory: every file of the site by its path, the build's number
 * (it grows only when the site changed), and the paths that changed since the snapshot before.
 */
public record SiteSnapshot(long build, Map<String, byte[]> files, Set<String> changed) {

    /** What is served before the first build succeeded: nothing. */
    public static final SiteSnapshot EMPTY = new SiteSnapshot(0, Map.of(), Set.of());

    public SiteSnapshot {
        files = Map.copyOf(files);
        changed = Set.copyOf(changed);
    }

    /** The bytes of the file at {@code path}, or null. */
    public byte[] file(String path) {
        return files.get(path);
    }
}
