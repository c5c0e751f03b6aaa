package org.broadsheet.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.broadsheet.config.SiteConfig;
import org.broadsheet.fs.AtomicFiles;
import org.broadsheet.fs.CodeIdentity;
import org.broadsheet.fs.Hashes;
import org.broadsheet.fs.RegularFiles;
import org.broadsheet.render.Fingerprint;

/**
 * Everything a build reads, summed up in one hash without reading it: the config, the options, the running code,
 * and the name, size, modification time and identity (inode) of every file under content, templates, static and
 * (when importing) sources.
 * When it and the output are exactly as after the last build, the build has nothing to do and stops at once.
 */
final class InputState {

    private final String hash;

    private InputState(String hash) {
        this.hash = hash;
    }

    /** The inputs as they are on disk now. */
    static InputState of(SiteConfig config, SiteBuild.Options options) {
        StringBuilder all = new StringBuilder(64 * 1024);
        all.append(Long.toHexString(Fingerprint.ofValues(config, options))).append('\n')
                .append(CodeIdentity.current()).append('\n');
        list(config.paths().content(), all);
        list(config.paths().templates(), all);
        list(config.paths().staticFiles(), all);
        if (options.importSources()) {
            list(config.paths().sources(), all);
            list(config.paths().root().resolve(".broadsheet/imports.tsv"), all);
        }
        return new InputState(Hashes.sha256(all.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * True when the last build recorded these inputs together with {@code outputState}, the state its commit left
     * the output in ({@link org.broadsheet.output.SiteOutput#currentState()}; 0 never matches), and no article it
     * held back for its date has fallen due by {@code now}.
     */
    boolean matches(Path file, long outputState, Instant now) {
        try {
            if (outputState == 0 || !Files.isRegularFile(file)) {
                return false;
            }
            String[] saved = Files.readString(file, StandardCharsets.UTF_8).strip().split(" ");
            return saved.length >= 2 && saved[0].equals(hash) && saved[1].equals(Long.toString(outputState))
                    && (saved.length == 2 || now.toEpochMilli() < Long.parseLong(saved[2]));
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    /**
     * Records these inputs as the ones the output, now in {@code outputState}, was built from; {@code nextDue}, when
     * not null, is when the first article held back for its date must be published.
     */
    void save(Path file, long outputState, Instant nextDue) throws IOException {
        if (outputState != 0) {
            String due = nextDue == null ? "" : " " + nextDue.toEpochMilli();
            AtomicFiles.write(file, (hash + " " + outputState + due + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    static void forget(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // an unreadable state file only means the next build does the work
        }
    }

    private static void list(Path root, StringBuilder all) {
        if (!Files.exists(root)) {
            all.append("absent ").append(root).append('\n');
            return;
        }
        List<String> lines = new ArrayList<>();
        try {
            // a broken link is no input: the content loader skips it too. The time to the nanosecond and the file's
            // identity (inode), as static files are fingerprinted: a file replaced by renaming another over it, or
            // rewritten twice within a millisecond, is a change
            RegularFiles.forEach(root, true, (p, a) -> lines.add(p + "\t" + a.size() + "\t"
                    + a.lastModifiedTime().to(TimeUnit.NANOSECONDS) + "\t" + a.fileKey()));
        } catch (IOException | RuntimeException e) {
            lines.add(root + "\tunlistable " + System.nanoTime()); // never matches: the build does the work
        }
        lines.sort(null);
        lines.forEach(l -> all.append(l).append('\n'));
    }
}
