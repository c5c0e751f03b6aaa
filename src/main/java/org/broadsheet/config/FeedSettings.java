package org.broadsheet.config;

/**
 * The {@code feeds:} section of the config: how many of the latest articles each feed carries, whether items
 * carry the whole article or only its summary, and whether there are RSS feeds besides the Atom and JSON ones.
 *
 * @param entries articles per feed (the site's, each tag's, each publication's)
 * @param fullContent true to put the article body in each item, false for the summary only
 * @param rss true to publish an RSS 2.0 feed too, where Hugo has its feeds ({@code index.xml} beside each listing)
 */
public record FeedSettings(int entries, boolean fullContent, boolean rss) {

    public static final FeedSettings DEFAULTS = new FeedSettings(20, false, false);

    public FeedSettings {
        if (entries < 1) {
            throw new IllegalArgumentException("a feed needs at least one entry");
        }
    }
}
