package org.broadsheet.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.broadsheet.fs.AtomicFiles;

/**
 * Remembers which sources import has written, and where, in {@code .broadsheet/imports.tsv} (meant to be committed
 * with the site). It is how import tells "never imported" from "imported, then deleted by the editor", so a
 * deleted article does not come back on the next build.
 */
final class ImportLedger {

    static final String FILE = ".broadsheet/imports.tsv";
    private static final String HEADER = "# sources Broadsheet imported: source<TAB>content file, or source<TAB>feed item<TAB>content file."
            + " Delete a line to import that source again.\n";

    private final Path file;
    private final Map<String, String> entries = new TreeMap<>();
    private boolean changed;

    private ImportLedger(Path file) {
        this.file = file;
    }

    static ImportLedger open(Path siteRoot) {
        ImportLedger ledger = new ImportLedger(siteRoot.resolve(FILE));
        if (Files.isRegularFile(ledger.file)) {
            try {
                for (String line : Files.readAllLines(ledger.file, StandardCharsets.UTF_8)) {
                    String[] cells = line.split("\t", -1);
                    if (!line.startsWith("#") && cells.length == 2) {
                        ledger.entries.put(cells[0], cells[1]);
                    } else if (!line.startsWith("#") && cells.length == 3) {
                        ledger.entries.put(cells[0] + "\t" + cells[1], cells[2]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ledger;
    }

    /** Where {@code source} (or its feed {@code item}; empty for none) was imported to, or null if it never was. */
    String contentFileOf(String source, String item) {
        return entries.get(key(source, item));
    }

    void record(String source, String item, String contentFile) {
        if (!contentFile.equals(entries.put(key(source, item), contentFile))) {
            changed = true;
        }
    }

    private static String key(String source, String item) {
        // a tab or line break inside a guid would break the line format
        return item.isEmpty() ? source : source + "\t" + item.replaceAll("\\s", " ");
    }

    void save() throws IOException {
        if (!changed) {
            return;
        }
        StringBuilder out = new StringBuilder(HEADER);
        entries.forEach((source, content) -> out.append(source).append('\t').append(content).append('\n'));
        AtomicFiles.write(file, out.toString().getBytes(StandardCharsets.UTF_8));
        changed = false;
    }
}
