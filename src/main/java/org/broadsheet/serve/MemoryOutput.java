package org.broadsheet.serve;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.broadsheet.fs.StreamedCopy;
import org.broadsheet.output.SiteOutput;
import org.broadsheet.output.WriteResult;
import org.broadsheet.render.CopiedFile;
import org.broadsheet.render.RenderedFile;

/**
 * The output of {@code serve}'s builds: a new {@link SiteSnapshot} in memory instead of files on disk, so the
 * preview (drafts, live-reload script) never reaches {@code site/}. Only a committed build replaces the snapshot,
 * so {@link #current()} is always the last good build, with any pages {@link #patch patched} into it since (serve's
 * preview of an edit). It remembers each file's input fingerprint, so a rebuild renders only the pages whose inputs
 * changed, and copies again only the static files that changed.
 */
final class MemoryOutput implements SiteOutput, Closeable {

    /** Where the files the site copies from disk are kept for the snapshots: not in memory (see PrivateCopies). */
    private final PrivateCopies copies;
    private volatile SiteSnapshot current = SiteSnapshot.EMPTY;
    private volatile Map<String, Long> fingerprints = Map.of();

    MemoryOutput(PrivateCopies copies) {
        this.copies = copies;
    }

    SiteSnapshot current() {
        return current;
    }

    /**
     * Serves {@code pages} at once, in place of their current versions ({@code serve}'s preview of an edit, before
     * the rebuild). Their fingerprints are forgotten, so the next build renders them again and settles their bytes.
     *
     * @return whether any page's bytes changed (only then is there a new snapshot)
     */
    synchronized boolean patch(List<RenderedFile> pages) {
        SiteSnapshot old = current;
        Map<String, byte[]> files = new HashMap<>(old.files());
        Set<String> changed = new HashSet<>();
        for (RenderedFile page : pages) {
            if (!Arrays.equals(old.file(page.path()), page.bytes())) {
                files.put(page.path(), page.bytes());
                changed.add(page.path());
            }
        }
        if (changed.isEmpty()) {
            return false;
        }
        Map<String, Long> kept = new HashMap<>(fingerprints);
        kept.keySet().removeAll(changed);
        fingerprints = Map.copyOf(kept);
        current = new SiteSnapshot(old.build() + 1, files, old.copies(), changed);
        return true;
    }

    @Override
    public Session begin() {
        SiteSnapshot old = current;
        Map<String, Long> oldFingerprints = fingerprints;
        // sized for the last build's files: growing them from empty cost a serve rebuild at 10,000 articles 6 %
        int expected = old.files().size() + 64;
        Map<String, byte[]> files = new ConcurrentHashMap<>(expected);
        Map<String, Path> copied = new ConcurrentHashMap<>();
        Map<String, Long> newFingerprints = new ConcurrentHashMap<>(expected);
        Set<String> changed = ConcurrentHashMap.newKeySet();
        AtomicInteger unchanged = new AtomicInteger();
        return new Session() {
            @Override
            public boolean has(String path, long fingerprint) {
                return fingerprint != 0 && oldFingerprints.getOrDefault(path, 0L) == fingerprint && old.has(path);
            }

            @Override
            public void keep(String path, long fingerprint) {
                byte[] bytes = old.file(path);
                if (bytes != null) {
                    files.put(path, bytes);
                } else {
                    copied.put(path, old.copy(path));
                }
                newFingerprints.put(path, fingerprint);
                unchanged.incrementAndGet();
            }

            @Override
            public void add(RenderedFile file, long fingerprint) {
                files.put(file.path(), file.bytes());
                newFingerprints.put(file.path(), fingerprint);
                if (Arrays.equals(old.file(file.path()), file.bytes())) {
                    unchanged.incrementAndGet();
                } else {
                    changed.add(file.path());
                }
            }

            @Override
            public void copy(CopiedFile file) {
                Path before = old.copy(file.path());
                try {
                    // a file only touched keeps the copy it has, and no tab reloads for it
                    Path own = before != null && StreamedCopy.sameBytes(before, file.source()) ? before
                            : copies.copy(file.source());
                    copied.put(file.path(), own);
                    if (own.equals(before)) {
                        unchanged.incrementAndGet();
                    } else {
                        changed.add(file.path());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                newFingerprints.put(file.path(), file.fingerprint());
            }

            @Override
            public WriteResult commit() {
                synchronized (MemoryOutput.this) {
                    Set<String> gone = new HashSet<>(old.files().keySet());
                    gone.addAll(old.copies().keySet());
                    gone.removeAll(files.keySet());
                    gone.removeAll(copied.keySet());
                    changed.addAll(gone);
                    if (!changed.isEmpty()) {
                        current = new SiteSnapshot(old.build() + 1, Map.copyOf(files), Map.copyOf(copied), Set.copyOf(changed));
                    }
                    fingerprints = Map.copyOf(newFingerprints);
                    copies.keepOnly(current.copies().values());
                    int all = files.size() + copied.size();
                    return new WriteResult(all - unchanged.get(), unchanged.get(), gone.size());
                }
            }

            @Override
            public void abort() {
                files.clear();
                copied.clear();
                synchronized (MemoryOutput.this) {
                    copies.keepOnly(current.copies().values()); // the ones this build made for nothing
                }
            }
        };
    }

    /** Deletes the copies: after serve stops, no snapshot is served. */
    @Override
    public void close() {
        copies.close();
    }
}
