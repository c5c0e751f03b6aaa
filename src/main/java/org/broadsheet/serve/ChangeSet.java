package org.broadsheet.serve;

import java.nio.file.Path;
import java.util.Set;

/**
 * The files that changed since the last build, as the watcher saw them (absolute paths: created, modified or
 * deleted). {@code everything} means the watcher lost track (its event queue overflowed): assume all changed.
 * {@code due} means no file changed but an article's date came (it is published, or loses its "future" badge). This
 * is what a rebuild gets to decide how much work to redo.
 */
public record ChangeSet(Set<Path> paths, boolean everything, boolean due) {

    public ChangeSet {
        paths = Set.copyOf(paths);
    }

    public static ChangeSet of(Set<Path> paths) {
        return new ChangeSet(paths, false, false);
    }

    public static ChangeSet all() {
        return new ChangeSet(Set.of(), true, false);
    }

    /** Nothing changed on disk, but an article's date came: it is published, or its "future" badge goes. */
    public static ChangeSet articleDue() {
        return new ChangeSet(Set.of(), true, true);
    }

    public boolean isEmpty() {
        return !everything && paths.isEmpty();
    }

    /** True when {@code file} changed, or anything in the folder {@code file}. */
    public boolean touches(Path fileOrFolder) {
        return everything || paths.stream().anyMatch(p -> p.startsWith(fileOrFolder));
    }
}
