package org.broadsheet.render;

/**
 * Where rendering puts the files of a new version of the site, as they are made. It knows the previous version, so
 * a page whose inputs did not change need not be rendered again. Every method may be called from several threads.
 */
public interface FileSink {

    /**
     * True when the previous version holds {@code path} rendered from inputs with this fingerprint, still intact:
     * the renderer may skip rendering it and {@link #keep} it instead.
     */
    boolean has(String path, long fingerprint);

    /** Carries {@code path} over from the previous version, as {@link #has} confirmed. */
    void keep(String path, long fingerprint);

    /** A file of the new version; {@code fingerprint} 0 when its inputs have none. */
    void add(RenderedFile file, long fingerprint);

    /**
     * A file of the new version copied from disk, with {@link CopiedFile#fingerprint()} as its fingerprint: streamed,
     * never read whole into memory (asked for only when {@link #has} did not confirm the previous version's copy).
     */
    void copy(CopiedFile file);
}
