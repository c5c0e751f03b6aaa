package org.broadsheet.ingest;

import java.util.List;

import org.broadsheet.error.Problem;

/**
 * What a reader made of one source: its items, and warnings about the source as a whole (e.g. "not well-formed,
 * read leniently") that do not stop the import.
 */
public record SourceReading(String kind, List<SourceItem> items, List<Problem> warnings) {

    public SourceReading {
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }
}
