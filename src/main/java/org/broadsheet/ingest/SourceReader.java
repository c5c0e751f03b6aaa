package org.broadsheet.ingest;

import java.util.List;

import org.broadsheet.content.Article;

/**
 * Reads one kind of article source (plain-text dump, HTML page, feed, …) into articles. Implementations are
 * stateless and thread-safe; the importer asks each in turn whether it recognises a source from its content.
 */
public interface SourceReader {

    /** A short name for reports, e.g. "text". */
    String kind();

    /** Whether this reader recognises {@code source}, judged by its content more than its name. */
    boolean accepts(SourceFile source);

    /**
     * The articles in {@code source}, without origin (the importer adds it).
     *
     * @throws org.broadsheet.error.InputException naming the file and line when the source cannot be read
     */
    List<Article> read(SourceFile source);

    /**
     * Everything in {@code source}, item by item: readers of many-article sources (feeds) override this so one bad
     * item does not cost the others, and to report warnings.
     *
     * @throws org.broadsheet.error.InputException when the source as a whole cannot be read
     */
    default SourceReading readAll(SourceFile source) {
        return new SourceReading(kind(), read(source).stream().map(SourceItem::of).toList(), java.util.List.of());
    }
}
