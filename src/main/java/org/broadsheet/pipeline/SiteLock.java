package org.broadsheet.pipeline;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.broadsheet.config.SitePaths;
import org.broadsheet.error.OutputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;

/**
 * One build at a time in a site: two at once would import the same sources twice and swap the output under each
 * other. The lock is the operating system's, on a file in the cache folder, so a killed build never leaves it held.
 */
final class SiteLock implements AutoCloseable {

    private final FileChannel channel;

    private SiteLock(FileChannel channel) {
        this.channel = channel;
    }

    /** @throws OutputException when another build of this site holds the lock */
    static SiteLock acquire(SitePaths paths) {
        Path file = paths.cache().resolve("build.lock");
        FileChannel channel;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            return new SiteLock(null); // a read-only or lock-less file system: build unguarded rather than not at all
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException | IOException e) {
            lock = null; // held in this process (an overlapping lock), or not available
        }
        if (lock == null) {
            close(channel);
            throw new OutputException(new Problem(SourcePosition.of(file), "another build of this site is running (a "
                    + "build, check, publish or serve started earlier); wait for it to finish, then run this one again"), null);
        }
        return new SiteLock(channel);
    }

    @Override
    public void close() {
        close(channel); // closing the channel releases its lock
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
}
