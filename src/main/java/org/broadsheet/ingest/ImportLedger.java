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
    private static final String HEADER = "# sources Broadsheet imported: source<TAB>content file. Delete a line to import that source again.\n";

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
                    int tab = line.indexOf('\t');
                    if (!line.startsWith("#") && tab > 0) {
                        ledger.entries.put(line.substring(0, tab), line.substring(tab + 1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ledger;
    }

    /** Where {@code source} was imported to (relative to the site root), or null if it never was. */
    String contentFileOf(String source) {
        return entries.get(source);
    }

    void record(String source, String contentFile) {
        if (!contentFile.equals(entries.put(source, contentFile))) {
            changed = true;
        }
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
