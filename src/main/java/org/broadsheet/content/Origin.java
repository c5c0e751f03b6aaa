package org.broadsheet.content;

/**
 * Which source an imported article came from, and a SHA-256 of what was imported: how import recognises articles it
 * already wrote and notices files edited since.
 *
 * @param file the source path relative to the site root, with forward slashes
 * @param item which article of a many-article source (a feed item's guid or link); empty for one-article sources
 * @param sha256 of the source file, or for a feed item, of the item as imported
 */
public record Origin(String file, String item, String sha256) {

    public Origin {
        if (file == null || file.isBlank() || sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("origin needs a file and a hex SHA-256");
        }
        item = item == null ? "" : item.strip();
    }

    public Origin(String file, String sha256) {
        this(file, "", sha256);
    }

    /** Identifies the article among all imports: the file, and the item within it. */
    public String key() {
        return key(file, item);
    }

    /** The {@link #key()} of the article imported from {@code file} (and its {@code item}; empty for none). */
    public static String key(String file, String item) {
        String i = item == null ? "" : item.strip();
        return i.isEmpty() ? file : file + "\u0000" + i;
    }
}
