package org.broadsheet.content;

/**
 * Which source file an imported article came from, and that file's SHA-256 at import time: how import recognises
 * articles it already wrote and notices files edited since.
 *
 * @param file the source path relative to the site root, with forward slashes
 */
public record Origin(String file, String sha256) {

    public Origin {
        if (file == null || file.isBlank() || sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("origin needs a file and a hex SHA-256");
        }
    }
}
