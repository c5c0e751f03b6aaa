package org.broadsheet.fuzz;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.broadsheet.config.SiteConfig;
import org.broadsheet.error.BroadsheetException;
import org.broadsheet.ingest.Importer;
import org.broadsheet.ingest.SourceFile;
import org.broadsheet.ingest.SourceReader;

/** What every reader fuzz target does: feed bytes to one reader; only Broadsheet's own error may escape. */
final class Readers {

    private static final List<SourceReader> STANDARD = Importer.standardReaders(SiteConfig.defaults(Path.of("/fuzz")));

    private Readers() {
    }

    static SourceReader byKind(String kind) {
        return STANDARD.stream().filter(r -> r.kind().equals(kind)).findFirst().orElseThrow();
    }

    /** Reads {@code bytes} as a source with {@code reader}, as import would after the reader accepted it. */
    static void read(SourceReader reader, byte[] bytes) {
        try {
            SourceFile source = SourceFile.of(Path.of("/fuzz/sources/input"), "sources/input", bytes, Instant.EPOCH);
            reader.readAll(source);
        } catch (BroadsheetException expected) {
            // the declared failure: a problem naming the source
        }
    }

    static final ZoneId UTC = ZoneId.of("UTC");
}
