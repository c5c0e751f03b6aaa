package org.broadsheet.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.broadsheet.config.SitePaths;
import org.broadsheet.error.OutputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.broadsheet.render.RenderedFile;

/**
 * The only code that writes the built site. The new site is written into a staging folder beside the output and
 * swapped in only when complete, so a failed build leaves the previous site as it was. Files whose bytes did not
 * change keep their modification time, so deploy tools upload only what changed.
 */
public final class SiteWriter implements SiteOutput {

    private final Path output;
    private final Path staging;
    private final Path previous;

    public SiteWriter(Path output, SitePaths paths) {
        OutputGuard.check(output, paths);
        this.output = output.toAbsolutePath().normalize();
        this.staging = this.output.resolveSibling("." + this.output.getFileName() + ".staging");
        this.previous = this.output.resolveSibling("." + this.output.getFileName() + ".previous");
    }

    @Override
    public WriteResult write(List<RenderedFile> files) {
        try {
            recoverInterruptedSwap();
            deleteTree(staging);
            Files.createDirectories(staging);
            AtomicInteger unchanged = new AtomicInteger();
            files.parallelStream().forEach(f -> {
                if (stage(f)) {
                    unchanged.incrementAndGet();
                }
            });
            int removed = countRemoved(files);
            swap();
            return new WriteResult(files.size() - unchanged.get(), unchanged.get(), removed);
        } catch (IOException | UncheckedIOException e) {
            try {
                deleteTree(staging);
            } catch (IOException ignored) {
                // the staging folder is rebuilt by the next run anyway
            }
            throw new OutputException(new Problem(SourcePosition.of(output),
                    "cannot write the site: " + e.getMessage() + "; the previous site was left as it was"), e);
        }
    }

    /** Writes one file into staging; true when the previous site had the same bytes (its mtime is kept). */
    private boolean stage(RenderedFile file) {
        try {
            Path target = staging.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.write(target, file.bytes());
            Path old = output.resolve(file.path());
            if (Files.isRegularFile(old) && Files.size(old) == file.bytes().length
                    && Arrays.equals(Files.readAllBytes(old), file.bytes())) {
                FileTime mtime = Files.getLastModifiedTime(old);
                Files.setLastModifiedTime(target, mtime);
                return true;
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int countRemoved(List<RenderedFile> files) throws IOException {
        if (!Files.isDirectory(output)) {
            return 0;
        }
        Set<String> now = new HashSet<>();
        files.forEach(f -> now.add(f.path()));
        try (Stream<Path> walk = Files.walk(output)) {
            return (int) walk.filter(Files::isRegularFile)
                    .filter(p -> !now.contains(output.relativize(p).toString().replace('\\', '/')))
                    .count();
        }
    }

    /** Two renames: the old site aside, the new one in. A crash between them is repaired by the next run. */
    private void swap() throws IOException {
        deleteTree(previous);
        if (Files.exists(output)) {
            Files.move(output, previous);
        }
        Files.move(staging, output);
        deleteTree(previous);
    }

    private void recoverInterruptedSwap() throws IOException {
        if (!Files.exists(output) && Files.isDirectory(previous)) {
            Files.move(previous, output);
        }
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
