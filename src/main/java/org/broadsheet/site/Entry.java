package org.broadsheet.site;

import java.nio.file.Path;
import java.time.LocalDate;

import org.broadsheet.content.Article;

/**
 * An article placed in the site: its content file, its unique slug and page path, its day in the site's time zone,
 * and the summary shown in lists.
 *
 * @param path the page's path relative to the site root, e.g. {@code 2014/12/north-korea/index.html}
 */
public record Entry(Path file, Article article, String slug, String path, LocalDate day, String summary) {
}
