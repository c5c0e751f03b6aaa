package org.broadsheet.serve;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.broadsheet.output.SiteOutput;
import org.broadsheet.output.WriteResult;
import org.broadsheet.render.RenderedFile;

/**
 * The output of {@code serve}'s builds: a new {@link SiteSnapshot} in memory instead of files on disk, so the
 * preview (drafts, live-reload script) never reaches {@code site/}. The pipeline calls it only with a complete site,
 * so {@link #current()} is always the last good build.
 */
final class MemoryOutput implements SiteOutput {

    private volatile SiteSnapshot current = SiteSnapshot.EMPTY;

    SiteSnapshot current() {
        return current;
    }

    @Override
    public synchronized WriteResult write(List<RenderedFile> files) {
        SiteSnapshot old = current;
        Map<String, byte[]> byPath = new HashMap<>(files.size() * 2);
        Set<String> changed = new HashSet<>();
        int unchanged = 0;
        for (RenderedFile f : files) {
            byPath.put(f.path(), f.bytes());
            if (Arrays.equals(old.file(f.path()), f.bytes())) {
                unchanged++;
            } else {
                changed.add(f.path());
            }
        }
        int removed = 0;
        for (String path : old.files().keySet()) {
            if (!byPath.containsKey(path)) {
                changed.add(path);
                removed++;
            }
        }
        if (!changed.isEmpty()) {
            current = new SiteSnapshot(old.build() + 1, byPath, changed);
        }
        return new WriteResult(files.size() - unchanged, unchanged, removed);
    }
}
