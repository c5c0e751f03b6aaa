package org.broadsheet.render;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.broadsheet.config.FeedSettings;

/**
 * A kind of file a listing of articles (the home page, a tag, a publication) or of editions is published as: the HTML pages, or a
 * feed written by an encoder. Which listing gets which formats is data ({@link #forListing}); the renderer iterates
 * over (listing, format) and has no special case per format.
 *
 * @param name short name, for messages
 * @param mediaType the type announced in {@code <link rel="alternate">}
 * @param fileName the file beside the listing's first page, e.g. {@code tags/x/feed.xml}
 * @param label how pages name the format to readers
 * @param encoder writes a feed; null for HTML, which templates render
 */
public record OutputFormat(String name, String mediaType, String fileName, String label, FeedEncoder encoder) {

    public static final OutputFormat HTML = new OutputFormat("html", "text/html", "index.html", "Web page", null);
    public static final OutputFormat ATOM = new OutputFormat("atom", "application/atom+xml", "feed.xml", "Atom feed",
            new AtomEncoder());
    public static final OutputFormat JSON_FEED = new OutputFormat("json-feed", "application/feed+json", "feed.json",
            "JSON feed", new JsonFeedEncoder());
    /** Where Hugo puts its feeds: a digest moved from Hugo keeps its subscribers. */
    public static final OutputFormat RSS = new OutputFormat("rss", "application/rss+xml", "index.xml", "RSS feed",
            new RssEncoder());

    /**
     * The formats of each kind of listing, HTML first: the site has Atom and JSON feeds, tags and publications Atom,
     * and the editions index an Atom feed whose entries are whole editions. {@code feeds: rss: true} adds RSS to the
     * listings of articles.
     */
    private static final Map<String, List<OutputFormat>> FOR_LISTING = Map.of(
            "home", List.of(HTML, ATOM, JSON_FEED),
            "tag", List.of(HTML, ATOM),
            "publication", List.of(HTML, ATOM),
            "editions", List.of(HTML, ATOM));

    public static List<OutputFormat> forListing(String kind, FeedSettings settings) {
        List<OutputFormat> formats = FOR_LISTING.getOrDefault(kind, List.of(HTML));
        if (settings.rss() && !kind.equals("editions") && formats.size() > 1) {
            formats = Stream.concat(formats.stream(), Stream.of(RSS)).toList();
        }
        return formats;
    }

    public boolean isFeed() {
        return encoder != null;
    }
}
