package org.broadsheet.render;

/** One file of the built site: its path relative to the output folder (with '/') and its bytes. */
public record RenderedFile(String path, byte[] bytes) {

    public RenderedFile {
        if (path.isEmpty() || path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("not a safe site path: " + path);
        }
    }
}
