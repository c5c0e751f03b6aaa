package org.broadsheet.pipeline;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.broadsheet.config.SitePaths;
import org.broadsheet.error.OutputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;

/**
 * One build, import or publish of a site at a time: two at once would import the same sources twice and swap the
 * output under each other. The lock is the operating system's, on a file in the cache folder, so a killed process
 * never leaves it held. The operating system holds it for the whole process, so the process counts its holders: a
 * publish that holds it may run the build that takes it again.
 */
public final class SiteLock {

    /** The locks this process holds, by lock file, with how many holders each. */
    private static final Map<Path, Held> HELD = new HashMap<>();

    private SiteLock() {
    }

    /**
     * {@code work}'s result, done while holding the site's lock.
     *
     * @throws OutputException when another process holds the lock of this site
     */
    public static <T> T holding(SitePaths paths, Supplier<T> work) {
        return holding(paths, false, work);
    }

    /**
     * Like {@link #holding(SitePaths, Supplier)}, or waiting while another process holds the lock.
     *
     * @param wait whether to wait for the lock (serve, whose rebuilds follow others' imports) or to refuse
     */
    static <T> T holding(SitePaths paths, boolean wait, Supplier<T> work) {
        Path file = paths.cache().resolve("build.lock").toAbsolutePath().normalize();
        // one thread of a process takes or gives up a lock at a time (a waiting serve rebuild is the only thread)
        synchronized (HELD) {
            HELD.computeIfAbsent(file, f -> lock(f, wait)).holders++;
        }
        try {
            return work.get();
        } finally {
            synchronized (HELD) {
                Held held = HELD.get(file);
                if (--held.holders == 0) {
                    HELD.remove(file);
                    close(held.channel); // closing the channel releases its lock
                }
            }
        }
    }

    private static Held lock(Path file, boolean wait) {
        FileChannel channel;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            return new Held(null); // a read-only file system: run unguarded rather than not at all
        }
        FileLock lock;
        try {
            lock = wait ? channel.lock() : channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this process holds it through another channel
        } catch (IOException e) {
            return new Held(channel); // a file system without locks (some network ones): run unguarded
        }
        if (lock == null) {
            close(channel);
            throw new OutputException(new Problem(SourcePosition.of(file), "another build, import or publish of this site"
                    + " is running (or a serve rebuilding it); wait for it to finish, then run this one again"), null);
        }
        return new Held(channel);
    }

    private static void close(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // the lock goes with the process at the latest
        }
    }

    /** A lock this process holds (a null channel: running unguarded), and how many hold it. */
    private static final class Held {
        final FileChannel channel;
        int holders;

        Held(FileChannel channel) {
            this.channel = channel;
        }
    }
}
