package org.broadsheet.render;

import java.time.Instant;
import java.util.List;

import org.broadsheet.site.Site;

/**
 * A file about the whole site, made once the pages are planned: the sitemap, {@code robots.txt}, the search index.
 * The renderer iterates over a list of them.
 */
interface SiteFile {

    /** A planned HTML page; {@code updated} is null for pages that search engines need not list (404, search). */
    record PageRef(String path, Instant updated) {
    }

    List<RenderedFile> render(Site site, List<PageRef> pages);
}
