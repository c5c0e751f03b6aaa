package org.broadsheet.render;

/**
 * One file of the built site: made in memory ({@link RenderedFile}: pages, feeds, the theme's built-in assets) or
 * copied as it is from a file on disk ({@link CopiedFile}: the static folder, the site's own theme assets).
 */
public sealed interface OutputFile permits RenderedFile, CopiedFile {

    /** Its path relative to the output folder, with '/'. */
    String path();

    /** {@code path}, when it stays inside the output folder. */
    static String requireSafe(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("not a safe site path: " + path);
        }
        return path;
    }
}
