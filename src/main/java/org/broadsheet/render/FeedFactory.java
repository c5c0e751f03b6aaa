package org.broadsheet.render;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.broadsheet.config.SiteConfig;
import org.broadsheet.content.Markdown;
import org.broadsheet.site.Edition;
import org.broadsheet.site.Entry;
import org.broadsheet.site.Permalinks;
import org.broadsheet.site.Site;
import org.broadsheet.site.SiteBuilder;
import org.broadsheet.site.Tag;

/** Builds the {@link Feed} of a listing: its latest articles, with links and ids as feed readers need them. */
final class FeedFactory {

    private final SiteConfig config;
    private final Markdown markdown;
    private final BodyLinks bodyLinks;
    private final Map<String, Tag> tags;

    FeedFactory(Site site, Markdown markdown) {
        this.config = site.config();
        this.markdown = markdown;
        this.tags = site.tagsBySlug();
        this.bodyLinks = new BodyLinks(config.markdown().rootPath());
    }

    /**
     * @param pagePath the listing's first HTML page
     * @param feedPath where the feed file goes
     * @param entries the listing's articles, newest first
     */
    Feed feed(String title, String subtitle, String pagePath, String feedPath, List<Entry> entries) {
        List<Entry> latest = entries.subList(0, Math.min(entries.size(), config.feeds().entries()));
        List<Feed.Item> items = latest.stream().map(e -> item(e, feedPath)).toList();
        Instant updated = latest.isEmpty() ? Instant.EPOCH : latest.get(0).article().date().instant();
        return new Feed(id(feedPath), title, subtitle, config.language(), url(pagePath, feedPath), url(feedPath, feedPath),
                config.title(), updated, items);
    }

    /**
     * A feed whose items are whole editions, newest first: subscribers get one item per issue.
     *
     * @param content an edition's whole text as HTML, links made for the feed file
     */
    Feed editionFeed(String title, String subtitle, String pagePath, String feedPath, List<Edition> editions,
            Function<Edition, Views.EditionLink> links, Function<Edition, String> content) {
        List<Edition> latest = editions.subList(0, Math.min(editions.size(), config.feeds().entries()));
        List<Feed.Item> items = latest.stream().map(e -> {
            Views.EditionLink link = links.apply(e);
            String itemTitle = link.title().equals(link.name()) ? link.name() : link.name() + ": " + link.title();
            String summary = link.dates() + " · " + link.stories() + (link.stories() == 1 ? " story" : " stories");
            return new Feed.Item(id(e.path()), itemTitle, url(e.path(), feedPath), "", newest(e), "", "", List.of(), summary,
                    content.apply(e).strip());
        }).toList();
        Instant updated = items.stream().map(Feed.Item::published).max(Instant::compareTo).orElse(Instant.EPOCH);
        return new Feed(id(feedPath), title, subtitle, config.language(), url(pagePath, feedPath), url(feedPath, feedPath),
                config.title(), updated, items);
    }

    /** When an edition last changed: its newest article's date, so an unchanged edition gives an unchanged item. */
    private static Instant newest(Edition e) {
        return e.entries().stream().map(x -> x.article().date().instant()).max(Instant::compareTo).orElse(Instant.EPOCH);
    }

    private Feed.Item item(Entry e, String feedPath) {
        var a = e.article();
        String original = ViewFactory.webUrl(a.url());
        String content = "";
        if (config.feeds().fullContent()) {
            content = Markdown.from(e.file(), () -> markdown.toHtml(a.body(),
                    bodyLinks.addresses(a.body(), e.links(), e.resources(), Permalinks.folderOf(e.path()), path -> url(path, feedPath)))) + (original.isEmpty() ? "" : "<p><a href=\"" + escapeAttribute(original)
                    + "\">Read the original" + (a.source().isEmpty() ? "" : " at " + escapeText(a.source())) + "</a></p>");
            content = content.strip();
        }
        return new Feed.Item(id(e.path()), a.title(), url(e.path(), feedPath), original, a.date().instant(), a.author(),
                a.source(), a.tags().stream().map(t -> tags.get(SiteBuilder.tagSlug(t)).name()).distinct().toList(),
                e.summary(), content);
    }

    /**
     * A stable id: the permalink when the base URL is known, else a UUID named by the page path, so rebuilding never
     * makes readers show an item twice.
     */
    private String id(String path) {
        String base = config.baseUrl();
        return base.isEmpty()
                ? "urn:uuid:" + UUID.nameUUIDFromBytes(("broadsheet:" + path).getBytes(StandardCharsets.UTF_8))
                : Permalinks.absolute(base, path);
    }

    /** Absolute under the base URL; without one, relative to the feed file, as feed readers resolve it. */
    private String url(String path, String feedPath) {
        String base = config.baseUrl();
        return base.isEmpty() ? Permalinks.rootFrom(feedPath) + path : Permalinks.absolute(base, path);
    }

    private static String escapeText(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String escapeAttribute(String s) {
        return escapeText(s).replace("\"", "&quot;");
    }
}
