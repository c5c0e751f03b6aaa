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
public final class SiteLock implements AutoCloseable {

    /** The locks this process holds, by lock file, with how many holders each. */
    private static final Map<Path, Held> HELD = new HashMap<>();

    private final Path file;

    private SiteLock(Path file) {
        this.file = file;
    }

    /**
     * {@code work}'s result, done while holding the site's lock.
     *
     * @throws OutputException when another process holds the lock of this site
     */
    public static <T> T holding(SitePaths paths, java.util.function.Supplier<T> work) {
        return holding(paths, false, work);
    }

    /** Like {@link #holding(SitePaths, java.util.function.Supplier)}, waiting while another process holds the lock. */
    static <T> T holdingWhenFree(SitePaths paths, java.util.function.Supplier<T> work) {
        return holding(paths, true, work);
    }

    private static <T> T holding(SitePaths paths, boolean wait, java.util.function.Supplier<T> work) {
        SiteLock lock = acquire(paths, wait);
        try {
            return work.get();
        } finally {
            lock.close();
        }
    }

    /** @throws OutputException when another process holds the lock of this site and {@code wait} is false */
    static SiteLock acquire(SitePaths paths, boolean wait) {
        Path file = paths.cache().resolve("build.lock").toAbsolutePath().normalize();
        synchronized (HELD) {
            Held held = HELD.get(file);
            if (held == null) {
                held = lock(file, wait);
                HELD.put(file, held);
            }
            held.holders++;
        }
        return new SiteLock(file);
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

    @Override
    public void close() {
        synchronized (HELD) {
            Held held = HELD.get(file);
            if (held != null && --held.holders == 0) {
                HELD.remove(file);
                close(held.channel); // closing the channel releases its lock
            }
        }
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
