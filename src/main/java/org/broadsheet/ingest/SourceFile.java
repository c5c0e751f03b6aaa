package org.broadsheet.ingest;

import java.nio.file.Path;

import org.broadsheet.fs.Hashes;

/**
 * A source as read from disk: where it is, how the user names it (relative to the site root), and its bytes.
 */
public record SourceFile(Path path, String name, byte[] bytes) {

    public String sha256() {
        return Hashes.sha256(bytes);
    }

    /** The bytes decoded as text (BOM, UTF-8, or windows-1252 for undeclared legacy files). */
    public String text() {
        return TextDecoding.decode(bytes);
    }
}
