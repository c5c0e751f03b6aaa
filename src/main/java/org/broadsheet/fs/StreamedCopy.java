package org.broadsheet.fs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Copies and compares files without holding them in memory: a site's static folder may hold a video of hundreds of
 * megabytes, which reading whole cost a build its size in memory, and more.
 */
public final class StreamedCopy {

    private StreamedCopy() {
    }

    /**
     * Copies {@code source}'s bytes into {@code target}, made or replaced, by the kernel (no buffer passes through the
     * JVM's heap). The copy gets the permissions of any new file, not the source's: {@code Files.copy} would carry a
     * private file's mode into the published site.
     */
    public static void copy(Path source, Path target) throws IOException {
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
                FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
            long size = in.size();
            for (long done = 0; done < size; ) {
                long moved = in.transferTo(done, size - done, out);
                if (moved <= 0) {
                    break; // the source shrank while copied: its new time makes the next build copy it again
                }
                done += moved;
            }
        }
    }

    /** True when both files hold the same bytes, compared a buffer at a time (and at once when sizes differ). */
    public static boolean sameBytes(Path a, Path b) throws IOException {
        return Files.size(a) == Files.size(b) && Files.mismatch(a, b) == -1;
    }
}
