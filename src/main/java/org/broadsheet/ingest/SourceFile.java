package org.broadsheet.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPInputStream;

import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.broadsheet.fs.Hashes;

/**
 * A source as read from disk: where it is, how the user names it (relative to the site root), its content (a
 * gzipped file is unpacked) and the SHA-256 of the file as stored, which identifies it across runs.
 */
public record SourceFile(Path path, String name, byte[] bytes, String sha256, Instant modified) {

    /** Unpacked sources larger than this are refused: no article is that long, and a gzip bomb would be. */
    static final int MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

    /** A source from bytes already in memory (tests, and files read by {@link #read}). */
    public static SourceFile of(Path path, String name, byte[] stored, Instant modified) {
        return new SourceFile(path, name, isGzip(stored) ? gunzip(path, stored) : stored, Hashes.sha256(stored), modified);
    }

    /** Reads {@code path}; an unreadable or oversized file is an {@link InputException} naming it. */
    public static SourceFile read(Path path, String name) {
        try {
            return of(path, name, Files.readAllBytes(path), Files.getLastModifiedTime(path).toInstant());
        } catch (IOException e) {
            throw new InputException(new Problem(SourcePosition.of(path), "cannot read: " + e.getMessage()), e);
        }
    }

    /** The bytes decoded as text (BOM, UTF-8, or windows-1252 for undeclared legacy files). */
    public String text() {
        return TextDecoding.decode(bytes);
    }

    private static boolean isGzip(byte[] b) {
        return b.length > 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B;
    }

    private static byte[] gunzip(Path path, byte[] stored) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(stored))) {
            byte[] out = in.readNBytes(MAX_UNPACKED_BYTES + 1);
            if (out.length > MAX_UNPACKED_BYTES) {
                throw new InputException(new Problem(SourcePosition.of(path),
                        "unpacks to more than " + MAX_UNPACKED_BYTES / (1024 * 1024) + " MB; not an article source"));
            }
            return out;
        } catch (IOException e) {
            throw new InputException(new Problem(SourcePosition.of(path), "a damaged gzip file: " + e.getMessage()), e);
        }
    }
}
