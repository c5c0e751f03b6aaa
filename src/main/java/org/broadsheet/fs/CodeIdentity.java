package org.broadsheet.fs;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which build of Broadsheet is running, as a number: a new jar may render the same input differently, so caches
 * keyed by inputs include it.
 */
public final class CodeIdentity {

    private static final long CURRENT = compute();

    private CodeIdentity() {
    }

    public static long current() {
        return CURRENT;
    }

    private static long compute() {
        try {
            Path code = Path.of(CodeIdentity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return Files.size(code) * 31 + Files.getLastModifiedTime(code).toMillis();
            }
        } catch (Exception e) {
            // no code source (unusual class loaders): treat every run as a new build of the code
        }
        return System.nanoTime(); // classes on disk (development): never trust a cache across runs
    }
}
