package org.broadsheet.render;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * One file of the built site copied as it is from {@code source}. Outputs stream it and never hold it whole: a static
 * folder may hold a video of hundreds of megabytes.
 *
 * @param fingerprint of the source's name, size, modification time and identity, as a folder walk reads them without
 *     opening the file: an output that holds this file copied from a source with the same fingerprint keeps it
 *     unread (Hugo's and rsync's quick check, with the time to the nanosecond and the inode, which a file replaced
 *     by renaming another over it changes)
 */
public record CopiedFile(String path, Path source, long fingerprint) implements OutputFile {

    public CopiedFile {
        OutputFile.requireSafe(path);
        if (fingerprint == 0) {
            throw new IllegalArgumentException("0 means no fingerprint: " + path);
        }
    }

    /** {@code source}, to be published at {@code path}, as {@code attributes} (read by a walk just now) describe it. */
    static CopiedFile of(String path, Path source, BasicFileAttributes attributes) {
        long h = Fingerprint.string("copied file");
        h = Fingerprint.mix(h, Fingerprint.string(path));
        h = Fingerprint.mix(h, Fingerprint.string(source.toAbsolutePath().toString()));
        h = Fingerprint.mix(h, attributes.size());
        h = Fingerprint.mix(h, attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        h = Fingerprint.mix(h, Fingerprint.string(String.valueOf(attributes.fileKey()))); // null where unsupported
        return new CopiedFile(path, source, h == 0 ? 1 : h);
    }
}
