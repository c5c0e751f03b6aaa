package org.broadsheet.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.broadsheet.config.SitePaths;
import org.broadsheet.error.OutputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.broadsheet.fs.Hashes;
import org.broadsheet.fs.RegularFiles;
import org.broadsheet.fs.StreamedCopy;
import org.broadsheet.render.CopiedFile;
import org.broadsheet.render.RenderedFile;

/**
 * The only code that writes the built site.
 *
 * <p>Rendering streams the files of the new version into a staging folder beside the output; files whose bytes or
 * inputs did not change are not written at all (a file copied from disk, such as a video in the static folder, is
 * compared and copied a buffer at a time, never held in memory, and kept unread when its source's size, modification
 * time and identity are as when it was copied). Nothing in the output changes before {@link Session#commit()}, so a
 * failed or killed build leaves the previous site as it was. The commit then takes one of two ways:
 * <ul>
 * <li>when much changed (or on the first build), the staging folder is completed with hard links to the unchanged
 * files (which keeps their bytes and modification times for free) and swapped in whole by two renames;</li>
 * <li>when little changed (an edit), a journal naming the changed and removed files is written, then each is moved
 * into place; a build killed while applying the journal has it finished by the next run.</li>
 * </ul>
 * A build that changes nothing writes nothing.
 *
 * <p>The output folder carries a marker file; a folder without it that holds files is not Broadsheet's, and is
 * replaced only with {@code force}. A manifest in the cache folder remembers each file's input fingerprint, so the
 * next build can skip rendering pages whose inputs did not change.
 */
public final class SiteWriter implements SiteOutput {

    /** Marks a folder as Broadsheet's output; published with the site, harmless. */
    public static final String MARKER = ".broadsheet-output";
    private static final byte[] MARKER_TEXT = ("This folder is written by Broadsheet (broadsheet build), which replaces "
            + "its contents on every build. Edit the content and templates instead.\n").getBytes(StandardCharsets.UTF_8);
    /** In the staging folder: the list of moves and removals of an edit, written last; its presence commits them. */
    static final String JOURNAL = ".broadsheet-journal";
    /** Why a site may have no manifest, for messages. */
    private static final String CACHE_HINT = ".broadsheet/cache deleted, or the site moved";
    /** Up to this many changed or removed files, an edit is applied in place instead of swapping the whole site. */
    private static final int IN_PLACE_LIMIT = 200;

    private final Path output;
    private final Path staging;
    private final Path previous;
    private final boolean force;
    private final Path manifestFile;

    /** A writer for a site's output folder, remembering fingerprints in the site's cache folder. */
    public SiteWriter(Path output, SitePaths paths, boolean force) {
        this(output, paths, force, paths.cache().resolve("output-" + Hashes.sha256(
                output.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16) + ".manifest"));
    }

    /** @param manifestFile where to keep the fingerprints of what was written; null to keep none */
    public SiteWriter(Path output, SitePaths paths, boolean force, Path manifestFile) {
        OutputGuard.check(output, paths);
        this.output = output.toAbsolutePath().normalize();
        this.staging = this.output.resolveSibling("." + this.output.getFileName() + ".staging");
        this.previous = this.output.resolveSibling("." + this.output.getFileName() + ".previous");
        this.force = force;
        this.manifestFile = manifestFile;
    }

    @Override
    public Session begin() {
        try {
            recoverInterruptedCommit();
            checkOwnership();
            deleteTree(staging);
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw failure(e);
        }
        return new DiskSession(OutputManifest.load(manifestFile, output));
    }

    @Override
    public boolean tracksState() {
        return manifestFile != null;
    }

    @Override
    public long currentState() {
        if (!Files.isRegularFile(output.resolve(MARKER)) || Files.exists(staging)) {
            return 0;
        }
        return OutputManifest.load(manifestFile, output).intactState();
    }

    /** One new version of the site on its way to disk. */
    private final class DiskSession implements Session {

        private final OutputManifest manifest;
        private final Map<String, Long> fingerprints = new ConcurrentHashMap<>();
        /** Files of the new version identical to the current ones: never written. */
        private final Set<String> unchanged = ConcurrentHashMap.newKeySet();
        /** Files of the new version written into staging. */
        private final Set<String> changed = ConcurrentHashMap.newKeySet();
        /** The folders of staging known to exist: each is made by one system call, and looked for by none. */
        private final Set<Path> folders = ConcurrentHashMap.newKeySet();

        /** A first build has no current files to compare with. */
        private final boolean outputExists = Files.isDirectory(output);
        private long committedState;

        DiskSession(OutputManifest manifest) {
            this.manifest = manifest;
        }

        @Override
        public boolean has(String path, long fingerprint) {
            return manifest.isCurrent(path, fingerprint);
        }

        @Override
        public void keep(String path, long fingerprint) {
            fingerprints.put(path, fingerprint);
            unchanged.add(path);
        }

        @Override
        public void add(RenderedFile file, long fingerprint) {
            fingerprints.put(file.path(), fingerprint);
            if (outputExists && sameAsCurrent(file)) {
                unchanged.add(file.path());
                return;
            }
            try {
                Files.write(staged(file.path()), file.bytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            changed.add(file.path());
        }

        @Override
        public void copy(CopiedFile file) {
            fingerprints.put(file.path(), file.fingerprint());
            try {
                // compared and copied a buffer at a time: the file may be larger than the memory a build has
                Path current = output.resolve(file.path());
                if (outputExists && Files.isRegularFile(current) && StreamedCopy.sameBytes(current, file.source())) {
                    unchanged.add(file.path());
                    return;
                }
                StreamedCopy.copy(file.source(), staged(file.path()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            changed.add(file.path());
        }

        /** Where {@code path} goes in staging, its folder made. */
        private Path staged(String path) throws IOException {
            Path target = staging.resolve(path);
            ensureFolder(target.getParent());
            return target;
        }

        @Override
        public WriteResult commit() {
            try {
                Set<String> stale = staleFiles(fingerprints.keySet());
                refuseForeignFiles(stale);
                boolean marked = Files.isRegularFile(output.resolve(MARKER));
                if (changed.isEmpty() && stale.isEmpty() && marked) {
                    deleteTree(staging);
                } else if (marked && changed.size() + stale.size() <= IN_PLACE_LIMIT) {
                    applyInPlace(stale);
                } else {
                    swapWhole();
                }
                committedState = OutputManifest.save(manifestFile, output, new TreeMap<>(fingerprints));
                return new WriteResult(changed.size(), unchanged.size(), stale.size());
            } catch (IOException | UncheckedIOException e) {
                abort();
                throw failure(e);
            }
        }

        /** Completes staging with links to the unchanged files and swaps it in by two renames. */
        private void swapWhole() throws IOException {
            unchanged.parallelStream().forEach(SiteWriter.this::link);
            Files.write(staging.resolve(MARKER), MARKER_TEXT);
            deleteTree(previous);
            if (Files.exists(output)) {
                Files.move(output, previous);
            }
            Files.move(staging, output);
            deleteTree(previous);
        }

        /**
         * Writes the journal (the commit point), then removes stale files and moves each changed file into place. Removals
         * come first: a theme file that became a folder of the same name (or the other way round) is out of the way
         * before its successor moves in.
         */
        private void applyInPlace(Set<String> stale) throws IOException {
            StringBuilder journal = new StringBuilder();
            stale.stream().sorted().forEach(p -> journal.append("delete\t").append(p).append('\n'));
            changed.stream().sorted().forEach(p -> journal.append("move\t").append(p).append('\n'));
            Files.write(staging.resolve(JOURNAL + ".tmp"), journal.toString().getBytes(StandardCharsets.UTF_8));
            Files.move(staging.resolve(JOURNAL + ".tmp"), staging.resolve(JOURNAL), StandardCopyOption.ATOMIC_MOVE);
            applyJournal();
        }

        private void ensureFolder(Path folder) throws IOException {
            if (folder == null || folder.equals(staging) || folders.contains(folder)) {
                return;
            }
            ensureFolder(folder.getParent());
            try {
                Files.createDirectory(folder);
            } catch (FileAlreadyExistsException madeByAnotherThread) {
                if (!Files.isDirectory(folder)) {
                    throw madeByAnotherThread;
                }
            }
            folders.add(folder);
        }

        /**
         * Stops before the commit when the output holds files that neither the last build wrote (its manifest) nor this
         * one makes: someone put them there, and a build must not delete what it did not write. Without a manifest (a
         * deleted cache, a moved site) nothing says who wrote a file this build does not make, so none is deleted.
         */
        private void refuseForeignFiles(Set<String> stale) throws IOException {
            if (force) {
                return;
            }
            List<String> foreign = stale.stream().filter(p -> manifest.isEmpty() || !manifest.lists(p)).sorted().toList();
            if (!foreign.isEmpty()) {
                deleteTree(staging);
                throw refusal("it holds " + (foreign.size() == 1 ? "a file" : foreign.size() + " files") + (manifest.isEmpty()
                        ? " this build does not make, and the record of what earlier builds wrote is gone (" + CACHE_HINT + ")"
                        : " Broadsheet did not write") + " (" + String.join(", ", foreign.subList(0, Math.min(3, foreign.size())))
                        + (foreign.size() > 3 ? ", …" : "") + "); to publish a file as it is, put it in the static folder ("
                        + "static/ beside content/), which every build copies into the site; otherwise delete it, or build"
                        + " with --force to let the build remove it");
            }
        }

        @Override
        public long committedState() {
            return committedState;
        }

        @Override
        public void abort() {
            try {
                deleteTree(staging);
            } catch (IOException ignored) {
                // the next run deletes the staging folder before using it
            }
        }
    }

    /** Carries out the journal in staging, idempotently (it may be re-run after a crash), then drops staging. */
    private void applyJournal() throws IOException {
        for (String line : Files.readAllLines(staging.resolve(JOURNAL), StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            String path = line.substring(tab + 1);
            Path target = output.resolve(path).normalize();
            if (!target.startsWith(output)) {
                continue; // a journal names only files inside the output; anything else is not ours to touch
            }
            if (line.startsWith("move\t")) {
                Path staged = staging.resolve(path);
                if (Files.exists(staged)) { // already moved when re-running after a crash
                    Files.createDirectories(target.getParent());
                    Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            } else if (line.startsWith("delete\t")) {
                // only a file: replayed after a crash, the path may be a folder of moved-in files by now, or lie under
                // a file that replaced its folder
                if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(target)) {
                    Files.delete(target);
                }
                deleteEmptyFolders(target.getParent());
            }
        }
        deleteTree(staging);
    }

    private void deleteEmptyFolders(Path folder) throws IOException {
        for (Path f = folder; f != null && f.startsWith(output) && !f.equals(output); f = f.getParent()) {
            if (!Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
                continue; // removed already: a journal replayed after a crash meets its own earlier work
            }
            try (Stream<Path> list = Files.list(f)) {
                if (list.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(f);
        }
    }

    private boolean sameAsCurrent(RenderedFile file) {
        Path current = output.resolve(file.path());
        try {
            return Files.isRegularFile(current) && Files.size(current) == file.bytes().length
                    && Arrays.equals(Files.readAllBytes(current), file.bytes());
        } catch (IOException e) {
            return false;
        }
    }

    /** A hard link keeps bytes and mtime for free; where links are not supported, a copy with its attributes. */
    private void link(String path) {
        Path existing = output.resolve(path);
        Path target = staging.resolve(path);
        try {
            Files.createDirectories(target.getParent());
            try {
                Files.createLink(target, existing);
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(existing, target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file's path in the site, as pages and the manifest name it: relative to the output folder, with '/'. */
    static String sitePath(Path output, Path file) {
        return output.relativize(file).toString().replace('\\', '/');
    }

    /** Files in the current output that the new site no longer has. */
    private Set<String> staleFiles(Set<String> now) throws IOException {
        Set<String> stale = new HashSet<>();
        if (!Files.isDirectory(output)) {
            return stale;
        }
        RegularFiles.forEach(output, false, (file, attributes) -> {
            String p = sitePath(output, file);
            if (!now.contains(p) && !p.equals(MARKER)) {
                stale.add(p);
            }
        });
        return stale;
    }

    /** Refuses to replace a folder that holds files Broadsheet did not write, unless forced. */
    private void checkOwnership() throws IOException {
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw refusal("it is a file, not a folder");
        }
        if (!Files.exists(output) || force || Files.isRegularFile(output.resolve(MARKER))) {
            return;
        }
        List<String> foreign;
        try (Stream<Path> list = Files.list(output)) {
            foreign = list.map(p -> p.getFileName().toString()).sorted().limit(3).toList();
        }
        if (!foreign.isEmpty()) {
            throw refusal("it holds files Broadsheet did not write (" + String.join(", ", foreign)
                    + "); move them away, choose another output folder, or build with --force to replace the folder");
        }
    }

    private OutputException refusal(String why) {
        return new OutputException(new Problem(SourcePosition.of(output), "refusing to write the site here: " + why), null);
    }

    private OutputException failure(Exception e) {
        return new OutputException(new Problem(SourcePosition.of(output),
                "cannot write the site: " + e.getMessage() + "; the previous site was left as it was"), e);
    }

    /**
     * Repairs what a build killed while committing left behind: a whole swap caught between its two renames, or an
     * edit's journal not yet carried out. A staging folder without a journal is an unfinished build: dropped.
     */
    private void recoverInterruptedCommit() throws IOException {
        if (!Files.exists(output) && Files.isDirectory(previous)) {
            Files.move(previous, output);
        }
        if (Files.isRegularFile(staging.resolve(JOURNAL))) {
            applyJournal();
        }
        deleteTree(previous);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
