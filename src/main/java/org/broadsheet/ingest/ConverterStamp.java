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
 * takes a source whose file is unchanged as it is, without reading it; after a new build of Broadsheet it reads each
 * once more, so that an article nobody edited follows the new conversion. The stamp is in the cache folder: it is
 * this machine's build, not the site's (a fresh clone checks once).
 */
final class ConverterStamp {

    private ConverterStamp() {
    }

    /** True when the running build of Broadsheet has checked every source of the site already. */
    static boolean isCurrent(SitePaths paths) {
        try {
            return Files.readString(file(paths), StandardCharsets.UTF_8).strip().equals(current());
        } catch (IOException e) {
            return false; // none yet (or unreadable): check
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
