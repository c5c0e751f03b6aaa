package org.broadsheet.content;

import java.nio.file.Path;
import java.util.Map;

/**
 * An article together with the file it was read from (absolute), and, for the {@code index.md} of a folder (Hugo's
 * page bundle), the folder's other files that are published with it.
 *
 * @param resources the folder's files that are not articles, by their path in the folder ({@code images/chart.png})
 */
public record ContentFile(Path file, Article article, Map<String, Path> resources) {

    public ContentFile {
        resources = resources.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(resources));
    }

    /** An article with no files of its own. */
    public ContentFile(Path file, Article article) {
        this(file, article, Map.of());
    }
}
