package org.broadsheet.site;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.broadsheet.config.SiteConfig;
import org.broadsheet.content.Page;

/**
 * The whole digest as the pages will show it: published articles newest first, tags and publications by name, the
 * timeline, each article's related articles, the story clusters, the editions and the pages that are not articles
 * (About…), and the address book of links between content files. Immutable; built by {@link SiteBuilder}.
 */
public record Site(SiteConfig config, List<Entry> entries, List<Tag> tags, List<Publication> publications,
        Timeline timeline, Related related, Stories stories, Editions editions, List<Page> pages, Scheduled scheduled,
        ContentLinks links) {

    /**
     * Articles held back because they are dated after the build (as Hugo and Jekyll do): how many, and the date the
     * first of them falls due, when a build must publish it (null when none is held back).
     */
    public record Scheduled(int count, java.time.Instant next) {
        public static final Scheduled NONE = new Scheduled(0, null);
    }

    public Site {
        entries = List.copyOf(entries);
        tags = List.copyOf(tags);
        publications = List.copyOf(publications);
        pages = List.copyOf(pages);
    }

    /** Tags by slug, for looking up an article's tags. */
    public Map<String, Tag> tagsBySlug() {
        return tags.stream().collect(Collectors.toUnmodifiableMap(Tag::slug, Function.identity()));
    }
}
