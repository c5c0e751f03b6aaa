package org.broadsheet.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.broadsheet.fs.AtomicFiles;
import org.broadsheet.fs.TextFiles;

/**
 * Remembers which sources import has written, where, and the SHA-256 of the bytes it wrote, in
 * {@code .broadsheet/imports.tsv} (meant to be committed with the site). It is how import tells "never imported"
 * from "imported, then deleted by the editor", so a deleted article does not come back on the next build; and
 * "imported and untouched" from "edited since", without reading the source again.
 */
final class ImportLedger {

    static final String FILE = ".broadsheet/imports.tsv";
    private static final String HEADER = "# sources Broadsheet imported: source<TAB>feed item (empty for a whole file)<TAB>content file"
            + "<TAB>SHA-256 of what import wrote, then + and the SHA-256 of what it read (the file, or the feed item)."
            + " Delete a line to import that source again.\n";
    /**
     * Joins the two hashes in the fourth cell: a line keeps the four cells every earlier build reads (one that found
     * a fifth dropped the whole line, and brought a deleted article back), and an earlier build, finding no hash it
     * knows there, takes the file for edited and keeps it.
     */
    private static final String THEN_READ = "+";

    /**
     * Where a source went. {@code writtenSha} is empty for lines from before it was recorded, and {@code readSha} for
     * lines from before it was, or when it is not known.
     */
    record Entry(String contentFile, String writtenSha, String readSha) {
    }

    private final Path file;
    private final Map<String, Entry> entries = new TreeMap<>();
    private boolean changed;

    private ImportLedger(Path file) {
        this.file = file;
    }

    static ImportLedger open(Path siteRoot) {
        ImportLedger ledger = new ImportLedger(siteRoot.resolve(FILE));
        if (Files.isRegularFile(ledger.file)) {
            String text = TextFiles.readUtf8(ledger.file, "this is import's record of the sources it wrote: fix or delete"
                    + " that line (import then looks at its source again)");
            for (String line : text.lines().toList()) {
                String[] cells = line.split("\t", -1);
                if (line.startsWith("#")) {
                    continue;
                }
                if (cells.length >= 4) {
                    int plus = cells[3].indexOf(THEN_READ);
                    // a fifth cell: the read hash, as one development build wrote it; more: a later layout's
                    String read = plus >= 0 ? cells[3].substring(plus + 1) : cells.length >= 5 ? cells[4] : "";
                    ledger.entries.put(key(cells[0], cells[1]), new Entry(cells[2], plus < 0 ? cells[3]
                            : cells[3].substring(0, plus), read));
                } else if (cells.length == 3) { // the layouts before what import wrote was recorded
                    ledger.entries.put(key(cells[0], cells[1]), new Entry(cells[2], "", ""));
                } else if (cells.length == 2) {
                    ledger.entries.put(key(cells[0], ""), new Entry(cells[1], "", ""));
                }
            }
        }
        return ledger;
    }

    /** Where {@code source} (or its feed {@code item}; empty for none) was imported to, or null if it never was. */
    String contentFileOf(String source, String item) {
        Entry entry = entries.get(key(source, item));
        return entry == null ? null : entry.contentFile();
    }

    /** The SHA-256 of what import last wrote for {@code source} and {@code item}; empty when not known. */
    String writtenSha(String source, String item) {
        Entry entry = entries.get(key(source, item));
        return entry == null ? "" : entry.writtenSha();
    }

    /**
     * The SHA-256 of what import read when it last wrote or checked {@code source}'s ({@code item}'s) file: the source
     * file, or the feed item; empty when not known.
     */
    String readSha(String source, String item) {
        Entry entry = entries.get(key(source, item));
        return entry == null ? "" : entry.readSha();
    }

    void record(String source, String item, String contentFile, String writtenSha, String readSha) {
        Entry entry = new Entry(contentFile, writtenSha, readSha);
        if (!entry.equals(entries.put(key(source, item), entry))) {
            changed = true;
        }
    }

    private static String key(String source, String item) {
        // a tab or line break inside a guid would break the line format
        return source + "\t" + item.replaceAll("\\s", " ");
    }

    void save() throws IOException {
        if (!changed) {
            return;
        }
        StringBuilder out = new StringBuilder(HEADER);
        entries.forEach((key, entry) -> out.append(key).append('\t').append(entry.contentFile()).append('\t')
                .append(entry.writtenSha()).append(entry.readSha().isEmpty() ? "" : THEN_READ + entry.readSha()).append('\n'));
        AtomicFiles.write(file, out.toString().getBytes(StandardCharsets.UTF_8));
        changed = false;
    }
}
