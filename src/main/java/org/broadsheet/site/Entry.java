package org.broadsheet.site;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.broadsheet.content.Article;

/**
 * An article placed in the site: its content file, its unique slug and page path, its day in the site's time zone,
 * the summary shown in lists, where its links to other content files lead, and the files published with it.
 *
 * @param path the page's path relative to the site root, e.g. {@code 2014/12/north-korea/index.html}
 * @param links the body's links to other published articles and pages ({@link ContentLinks}), by destination as
 *     written; part of the entry, so that every page and feed that shows the body changes when a target moves
 * @param resources the files of its folder when it is an {@code index.md} (Hugo's page bundle), by their path in the
 *     site: beside its page ({@link Permalinks#folderOf})
 */
public record Entry(Path file, Article article, String slug, String path, LocalDate day, String summary,
        Map<String, LinkTarget> links, Map<String, Path> resources) {

    public Entry {
        links = Map.copyOf(links);
        resources = resources.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(resources));
    }

    /** An entry whose body links to no other content file, and that has no files of its own. */
    public Entry(Path file, Article article, String slug, String path, LocalDate day, String summary) {
        this(file, article, slug, path, day, summary, Map.of(), Map.of());
    }
}
