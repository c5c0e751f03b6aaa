package org.broadsheet.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.broadsheet.config.SitePaths;
import org.broadsheet.fs.AtomicFiles;
import org.broadsheet.fs.CodeIdentity;

/**
 * Which build of Broadsheet last checked every source in the sources folder against what it would write now. Import
 * takes a source whose file is unchanged as it is, without reading it; after Broadsheet is updated it reads each once
 * more, so that an article nobody edited follows the new conversion. The stamp is in the cache folder: it is this
 * machine's build, not the site's. Without one (a fresh clone, a deleted cache) nothing says the build is new, and
 * reading every source again there made each clean build of a digest convert all its sources.
 */
final class ConverterStamp {

    private ConverterStamp() {
    }

    /** Who checked the sources last, as far as the stamp tells. */
    enum State {
        /** The running build: nothing to read again. */
        CURRENT,
        /** No stamp: nothing says Broadsheet changed; the running build is recorded after a full import. */
        UNKNOWN,
        /** Another build: every unchanged source is read again, once. */
        OTHER
    }

    static State of(SitePaths paths) {
        Path file = file(paths);
        if (!Files.exists(file)) {
            return State.UNKNOWN;
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip().equals(current()) ? State.CURRENT : State.OTHER;
        } catch (IOException e) {
            return State.OTHER; // unreadable: check
        }
    }

    /** Records that the running build has checked every source. */
    static void record(SitePaths paths) {
        try {
            AtomicFiles.write(file(paths), (current() + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // a cache: the next run checks again
        }
    }

    private static String current() {
        return Long.toString(CodeIdentity.current());
    }

    private static Path file(SitePaths paths) {
        return paths.cache().resolve("import-checked-by");
    }
}
