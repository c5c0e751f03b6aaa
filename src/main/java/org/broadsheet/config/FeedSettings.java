package org.broadsheet.config;

/**
 * The {@code feeds:} section of the config: how many of the latest articles each feed carries, and whether items
 * carry the whole article or only its summary.
 *
 * @param entries articles per feed (the site's, each tag's, each publication's)
 * @param fullContent true to put the article body in each item, false for the summary only
 */
public record FeedSettings(int entries, boolean fullContent) {

    public static final FeedSettings DEFAULTS = new FeedSettings(20, false);

    public FeedSettings {
        if (entries < 1) {
            throw new IllegalArgumentException("a feed needs at least one entry");
        }
    }
}
