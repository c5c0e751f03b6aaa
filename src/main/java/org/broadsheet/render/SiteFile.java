package org.broadsheet.render;

import java.time.Instant;
import java.util.List;

import org.broadsheet.site.Site;

/**
 * A file about the whole site, made once the pages are planned: the sitemap, {@code robots.txt}, the search index.
 * The renderer iterates over a list of them.
 */
interface SiteFile {

    /**
     * A planned HTML page.
     *
     * @param listed false for pages that search engines need not list (404, search)
     * @param updated when it last changed, or null when it has no date (a page that is not an article)
     */
    record PageRef(String path, boolean listed, Instant updated) {
    }

    /** Where the file goes. */
    String path();

    /**
     * What the file is made from, besides the config and the code (which every fingerprint includes): when these
     * are unchanged since the last build, the file is kept without being made again.
     */
    default Object inputs(Site site, List<PageRef> pages) {
        return pages;
    }

    /** The file, or nothing when the site has none (no sitemap without a base URL). */
    List<RenderedFile> render(Site site, List<PageRef> pages);
}
