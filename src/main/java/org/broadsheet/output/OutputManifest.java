package org.broadsheet.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.broadsheet.fs.AtomicFiles;
import org.broadsheet.fs.RegularFiles;
import org.broadsheet.parallel.Parallel;

/**
 * What the last build wrote into an output folder: per file, the fingerprint of its inputs and the size and
 * modification time it was written with. A file whose fingerprint is unchanged and which nobody touched since
 * need not be rendered again. Kept outside the site, in the site root's cache folder.
 */
final class OutputManifest {

    private static final String HEADER = "broadsheet-output-manifest 1";

    /** One written file. */
    record Entry(long fingerprint, long size, long modifiedMillis) {
    }

    private final Path file;
    private final Path output;
    private final Map<String, Entry> entries;

    private OutputManifest(Path file, Path output, Map<String, Entry> entries) {
        this.file = file;
        this.output = output;
        this.entries = entries;
    }

    /** The manifest for {@code output} kept at {@code file}, or an empty one when there is none or it is unreadable. */
    static OutputManifest load(Path file, Path output) {
        Map<String, Entry> entries = new HashMap<>();
        if (file != null && Files.isRegularFile(file)) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String header = in.readLine();
                String folder = in.readLine();
                if (HEADER.equals(header) && output.toString().equals(folder)) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        String[] f = line.split("\t", 4);
                        if (f.length == 4) {
                            entries.put(f[3], new Entry(Long.parseUnsignedLong(f[0], 16), Long.parseLong(f[1]), Long.parseLong(f[2])));
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                entries.clear(); // a damaged manifest only costs one full build
            }
        }
        return new OutputManifest(file, output, entries);
    }

    /**
     * A hash of the manifest when every file it lists is on disk exactly as written (size and modification time)
     * and the output holds no other files; 0 otherwise, or when there is no manifest.
     */
    long intactState() {
        if (entries.isEmpty() || file == null) {
            return 0;
        }
        try {
            // one walk reads every file's attributes: each must be one the manifest lists, as it was written
            class Tally {
                int listed;
                boolean intact = true;
            }
            Tally tally = new Tally();
            RegularFiles.forEach(output, false, (p, a) -> {
                String path = SiteWriter.sitePath(output, p);
                Entry e = entries.get(path);
                if (e != null) {
                    tally.listed++;
                    tally.intact &= a.size() == e.size() && a.lastModifiedTime().toMillis() == e.modifiedMillis();
                } else if (!path.equals(SiteWriter.MARKER)) {
                    tally.intact = false;
                }
            });
            return tally.intact && tally.listed == entries.size() ? stateOf(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** The state of an intact output: the manifest file's size and modification time, never 0. */
    private static long stateOf(Path manifestFile) throws IOException {
        long h = Files.size(manifestFile) * 31 + Files.getLastModifiedTime(manifestFile).toMillis();
        return h == 0 ? 1 : h;
    }

    /** True when there is no manifest: no build wrote this output, or its record is lost. */
    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** True when the last build wrote {@code path}. */
    boolean lists(String path) {
        return entries.containsKey(path);
    }

    /** True when {@code path} was written from inputs with {@code fingerprint} and is on disk as it was written. */
    boolean isCurrent(String path, long fingerprint) {
        Entry e = entries.get(path);
        if (e == null || e.fingerprint() != fingerprint || fingerprint == 0) {
            return false;
        }
        try {
            BasicFileAttributes a = Files.readAttributes(output.resolve(path), BasicFileAttributes.class);
            return a.isRegularFile() && a.size() == e.size() && a.lastModifiedTime().toMillis() == e.modifiedMillis();
        } catch (IOException notThere) {
            return false;
        }
    }

    /**
     * Writes the manifest of a committed site: {@code fingerprints} of its files, sizes and times read from disk.
     *
     * @return what {@link #intactState()} gives while nobody touches the output (without walking it again); 0
     *     without a manifest file
     */
    static long save(Path file, Path output, Map<String, Long> fingerprints) throws IOException {
        if (file == null) {
            return 0;
        }
        StringBuilder out = new StringBuilder(fingerprints.size() * 64).append(HEADER).append('\n').append(output).append('\n');
        List<String> paths = List.copyOf(fingerprints.keySet());
        // one system call a file, on every core: a large site's files are many
        List<BasicFileAttributes> attributes = Parallel.map(paths, p -> {
            try {
                return Files.readAttributes(output.resolve(p), BasicFileAttributes.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        for (int i = 0; i < paths.size(); i++) {
            BasicFileAttributes a = attributes.get(i);
            out.append(Long.toHexString(fingerprints.get(paths.get(i)))).append('\t').append(a.size()).append('\t')
                    .append(a.lastModifiedTime().toMillis()).append('\t').append(paths.get(i)).append('\n');
        }
        AtomicFiles.write(file, out.toString().getBytes(StandardCharsets.UTF_8));
        return stateOf(file);
    }

    Path file() {
        return file;
    }
}
