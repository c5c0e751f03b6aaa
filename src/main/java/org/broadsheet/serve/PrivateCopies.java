package org.broadsheet.serve;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.io.file.PathUtils;
import org.broadsheet.fs.StreamedCopy;

/**
 * {@code serve}'s own copies of the files a site copies from disk (its static folder, its theme assets). A snapshot
 * serves these rather than the files themselves, so that a file edited since, even during a build that then fails,
 * never changes what the last good snapshot serves; and rather than their bytes in memory, which a video of hundreds
 * of megabytes would cost again on every rebuild that copied it. They live in the site's cache folder (a temporary
 * folder is often memory: tmpfs), one folder per serve process, deleted when it stops or, after a kill, by the next.
 */
final class PrivateCopies implements Closeable {

    private final Path folder;

    private PrivateCopies(Path folder) {
        this.folder = folder;
    }

    /** A new folder of copies under {@code cache}, where those of serve processes now gone are deleted. */
    static PrivateCopies in(Path cache) {
        Path all = cache.resolve("serve");
        try {
            Files.createDirectories(all);
            try (Stream<Path> folders = Files.list(all)) {
                folders.filter(PrivateCopies::ofEndedProcess).forEach(PrivateCopies::delete);
            }
            return new PrivateCopies(Files.createTempDirectory(all, ProcessHandle.current().pid() + "-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try {
            PathUtils.deleteDirectory(folder);
        } catch (IOException ignored) {
            // a leftover costs disk space only: the next serve tries again
        }
    }

    /** Whether {@code folder} is named for a process (its number, a dash) that is no longer running. */
    private static boolean ofEndedProcess(Path folder) {
        String name = folder.getFileName().toString();
        int dash = name.indexOf('-');
        try {
            return dash > 0 && ProcessHandle.of(Long.parseLong(name.substring(0, dash))).isEmpty();
        } catch (NumberFormatException notOurs) {
            return false;
        }
    }

    /** A new copy of {@code source}, streamed. */
    Path copy(Path source) throws IOException {
        Path target = Files.createTempFile(folder, "copy-", "");
        StreamedCopy.copy(source, target);
        return target;
    }

    /** Deletes every copy but {@code kept}, the ones a snapshot may still serve. */
    void keepOnly(Collection<Path> kept) {
        Set<Path> keep = new HashSet<>(kept);
        List<Path> gone;
        try (Stream<Path> files = Files.list(folder)) {
            gone = files.filter(f -> !keep.contains(f)).toList();
        } catch (IOException e) {
            return; // left for the next call, or for close()
        }
        for (Path copy : gone) {
            try {
                Files.deleteIfExists(copy); // a request still sending it reads on (POSIX)
            } catch (IOException stillOpen) {
                // Windows refuses while it is sent: deleted by the next call
            }
        }
    }

    @Override
    public void close() {
        delete(folder);
    }
}
