package org.broadsheet.render;

import java.time.Instant;
import java.util.List;

/**
 * A feed as every feed format sees it: the latest articles of a listing. Links are absolute when the site has a
 * base URL, else relative to the feed file. Ids never depend on the build: permalinks, or (without a base URL)
 * name-based UUIDs of the page path.
 *
 * @param updated the newest item's date, so an unchanged listing gives an unchanged feed
 */
public record Feed(String id, String title, String subtitle, String language, String homeUrl, String selfUrl,
        String author, Instant updated, List<Item> items) {

    public Feed {
        items = List.copyOf(items);
    }

    /**
     * One article in a feed.
     *
     * @param originalUrl the article at its publication; empty when unknown
     * @param contentHtml the whole article as HTML, or empty when feeds carry summaries only
     */
    public record Item(String id, String title, String url, String originalUrl, Instant published, String author,
            String publication, List<String> tags, String summary, String contentHtml) {
        public Item {
            tags = List.copyOf(tags);
        }
    }
}
