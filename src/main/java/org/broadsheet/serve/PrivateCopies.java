package org.broadsheet.serve;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.commons.io.file.PathUtils;
import org.broadsheet.fs.StreamedCopy;

/**
 * {@code serve}'s own copies of the files a site copies from disk (its static folder, its theme assets). A snapshot
 * serves these rather than the files themselves, so that a file edited since, even during a build that then fails,
 * never changes what the last good snapshot serves; and rather than their bytes in memory, which a video of hundreds
 * of megabytes would cost again on every rebuild that copied it. They live in the site's cache folder (a temporary
 * folder is often memory: tmpfs), one folder per serve process, deleted when it stops or, after a kill, by the next.
 * Each serve holds an OS lock on a file in its folder for as long as it runs: a folder whose lock can be taken is a
 * leftover (process ids were no test: one is reused, often at once in a container, and another machine's serve on a
 * shared folder is no process here).
 */
final class PrivateCopies implements Closeable {

    private static final String LOCK = ".lock";
    /** A folder younger than this may be one a serve has just made and not yet locked: it is left alone. */
    private static final Duration UNLOCKED_GRACE = Duration.ofMinutes(1);

    /**
     * The folders this process holds: never opened to test their lock, since closing any channel to a locked file
     * releases the process's lock on it (POSIX).
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path folder;
    private final FileChannel lock;

    private PrivateCopies(Path folder, FileChannel lock) {
        this.folder = folder;
        this.lock = lock;
    }

    /** A new folder of copies under {@code cache}, where those of serve processes now gone are deleted. */
    static PrivateCopies in(Path cache) {
        Path all = cache.resolve("serve");
        try {
            Files.createDirectories(all);
            try (Stream<Path> folders = Files.list(all)) {
                folders.filter(Files::isDirectory).filter(PrivateCopies::isLeftover).forEach(PrivateCopies::delete);
            }
            Path folder = Files.createTempDirectory(all, "copies-");
            FileChannel channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            channel.lock(); // held until close(), or until the process ends
            HELD.add(folder.toAbsolutePath().normalize());
            return new PrivateCopies(folder, channel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether no running serve holds {@code folder}'s lock. */
    private static boolean isLeftover(Path folder) {
        Path lockFile = folder.resolve(LOCK);
        if (HELD.contains(folder.toAbsolutePath().normalize())) {
            return false;
        }
        try {
            // a new folder may be between its lock file's making and its locking: a serve's, however it looks now
            if (Files.getLastModifiedTime(folder).toInstant().isAfter(Instant.now().minus(UNLOCKED_GRACE))) {
                return false;
            }
            if (!Files.exists(lockFile)) {
                return true;
            }
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
                FileLock held = channel.tryLock();
                if (held == null) {
                    return false; // another process's serve
                }
                held.release();
                return true;
            }
        } catch (OverlappingFileLockException sameProcess) {
            return false; // a serve of this process
        } catch (IOException e) {
            return false; // cannot tell: leave it
        }
    }

    private static void delete(Path folder) {
        try {
            PathUtils.deleteDirectory(folder);
        } catch (IOException ignored) {
            // a leftover costs disk space only: the next serve tries again
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
            gone = files.filter(f -> !keep.contains(f) && !f.getFileName().toString().equals(LOCK)).toList();
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
        try {
            lock.close(); // releases the lock
        } catch (IOException ignored) {
            // the folder goes anyway
        }
        delete(folder);
        HELD.remove(folder.toAbsolutePath().normalize());
    }
}
