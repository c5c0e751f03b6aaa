package org.broadsheet.render;

/** One file of the built site made in memory: its path relative to the output folder (with '/') and its bytes. */
public record RenderedFile(String path, byte[] bytes) implements OutputFile {

    public RenderedFile {
        OutputFile.requireSafe(path);
    }
}
