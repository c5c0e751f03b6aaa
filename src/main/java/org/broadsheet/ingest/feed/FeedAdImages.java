package org.broadsheet.ingest.feed;

import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Removes the images a feed adds to its items to count readers or sell ads: tracking pixels (1×1 images), FeedBurner's
 * flares and pixels, Feedsportal's ads, Slashdot's counters. They are never the article's, and each would call a
 * tracker whenever the article's page is read.
 */
public final class FeedAdImages {

    /** Addresses that serve only counters and ads in feeds. */
    private static final Pattern AD_SOURCE = Pattern.compile("https?://(?:rss\\.slashdot\\.org/"
            + "|(?:[\\w-]+\\.)*feedsportal\\.com/|(?:feeds\\.feedburner\\.com|feedproxy\\.google\\.com)/~)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PIXEL_SIZE = Pattern.compile("\\s*[01](?:px)?\\s*");

    private FeedAdImages() {
    }

    /** Removes the ad images from {@code html}, and links that held nothing else; call before sanitising (sizes go). */
    public static void removeFrom(Element html) {
        for (Element img : html.select("img")) {
            if (isAd(img)) {
                Element parent = img.parent();
                img.remove();
                if (parent != null && parent.normalName().equals("a") && parent.children().isEmpty()
                        && parent.text().isBlank()) {
                    parent.remove(); // the ad's click-through, now empty
                }
            }
        }
    }

    private static boolean isAd(Element img) {
        return AD_SOURCE.matcher(img.attr("src").strip()).lookingAt()
                || PIXEL_SIZE.matcher(img.attr("width")).matches() && PIXEL_SIZE.matcher(img.attr("height")).matches();
    }
}
