package org.broadsheet.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.broadsheet.config.SitePaths;
import org.broadsheet.error.OutputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.broadsheet.render.RenderedFile;

/**
 * The only code that writes the built site.
 *
 * <p>The new site is assembled in a staging folder beside the output: files whose bytes did not change are
 * hard links to the current ones (so they keep their modification time and cost no copying), changed files are
 * written new. Only when the staging folder is complete is it swapped in, so a failed or killed build leaves the
 * previous site as it was. A build that changes nothing writes nothing.
 *
 * <p>The output folder carries a marker file; a folder without it that holds files is not Broadsheet's, and is
 * replaced only with {@code force}.
 */
public final class SiteWriter implements SiteOutput {

    /** Marks a folder as Broadsheet's output; published with the site, harmless. */
    public static final String MARKER = ".broadsheet-output";
    private static final byte[] MARKER_TEXT = ("This folder is written by Broadsheet (broadsheet build), which replaces "
            + "its contents on every build. Edit the content and templates instead.\n").getBytes(StandardCharsets.UTF_8);

    private final Path output;
    private final Path staging;
    private final Path previous;
    private final boolean force;

    public SiteWriter(Path output, SitePaths paths, boolean force) {
        OutputGuard.check(output, paths);
        this.output = output.toAbsolutePath().normalize();
        this.staging = this.output.resolveSibling("." + this.output.getFileName() + ".staging");
        this.previous = this.output.resolveSibling("." + this.output.getFileName() + ".previous");
        this.force = force;
    }

    @Override
    public WriteResult write(List<RenderedFile> files) {
        try {
            recoverInterruptedSwap();
            checkOwnership();
            Set<String> unchanged = files.parallelStream().filter(this::sameAsCurrent).map(RenderedFile::path)
                    .collect(Collectors.toUnmodifiableSet());
            Set<String> stale = staleFiles(files);
            boolean marked = Files.isRegularFile(output.resolve(MARKER));
            if (unchanged.size() == files.size() && stale.isEmpty() && marked) {
                return new WriteResult(0, unchanged.size(), 0);
            }
            stage(files, unchanged);
            swap();
            return new WriteResult(files.size() - unchanged.size(), unchanged.size(), stale.size());
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(staging);
            throw new OutputException(new Problem(SourcePosition.of(output),
                    "cannot write the site: " + e.getMessage() + "; the previous site was left as it was"), e);
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

    /** Files in the current output that the new site no longer has. */
    private Set<String> staleFiles(List<RenderedFile> files) throws IOException {
        Set<String> stale = new HashSet<>();
        if (!Files.isDirectory(output)) {
            return stale;
        }
        Set<String> now = new HashSet<>();
        files.forEach(f -> now.add(f.path()));
        try (Stream<Path> walk = Files.walk(output)) {
            walk.filter(Files::isRegularFile).map(this::relative)
                    .filter(p -> !now.contains(p) && !p.equals(MARKER)).forEach(stale::add);
        }
        return stale;
    }

    private void stage(List<RenderedFile> files, Set<String> unchanged) throws IOException {
        deleteTree(staging);
        Files.createDirectories(staging);
        files.parallelStream().forEach(f -> {
            try {
                Path target = staging.resolve(f.path());
                Files.createDirectories(target.getParent());
                if (unchanged.contains(f.path())) {
                    linkOrCopy(output.resolve(f.path()), target);
                } else {
                    Files.write(target, f.bytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Files.write(staging.resolve(MARKER), MARKER_TEXT);
    }

    /** A hard link keeps bytes and mtime for free; where links are not supported, a copy with its attributes. */
    private static void linkOrCopy(Path existing, Path target) throws IOException {
        try {
            Files.createLink(target, existing);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(existing, target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Refuses to replace a folder that holds files Broadsheet did not write, unless forced. */
    private void checkOwnership() throws IOException {
        if (!Files.exists(output) || force || Files.isRegularFile(output.resolve(MARKER))) {
            if (Files.exists(output) && !Files.isDirectory(output)) {
                throw refusal("it is a file, not a folder");
            }
            return;
        }
        if (!Files.isDirectory(output)) {
            throw refusal("it is a file, not a folder");
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

    private String relative(Path p) {
        return output.relativize(p).toString().replace('\\', '/');
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

    private static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException ignored) {
            // the next run deletes the staging folder before using it
        }
    }
}
