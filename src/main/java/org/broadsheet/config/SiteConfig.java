package org.broadsheet.config;

import java.time.ZoneId;
import java.util.Locale;

/**
 * A digest's settings from {@code broadsheet.yaml}, every one with a default.
 *
 * @param baseUrl absolute URL the site is published under, always ending in '/'; empty when unknown
 * @param pageSize articles per page on the home page and tag pages
 * @param timezone zone for dates written without one, and for grouping articles into days and months
 * @param imports the {@code import:} section
 * @param markdown the {@code markdown:} section
 * @param feeds the {@code feeds:} section
 * @param publish the {@code publish:} section
 * @param editions the {@code edition:} section
 * @param stories the {@code stories:} section
 */
public record SiteConfig(
        String title,
        String description,
        String baseUrl,
        String language,
        int pageSize,
        ZoneId timezone,
        SitePaths paths,
        ImportSettings imports,
        MarkdownSettings markdown,
        FeedSettings feeds,
        PublishSettings publish,
        EditionSettings editions,
        StorySettings stories,
        PermalinkPattern permalink) {

    public static final String FILE_NAME = "broadsheet.yaml";
    public static final int DEFAULT_PAGE_SIZE = 10;

    /** The settings of a site root without a config file. */
    public static SiteConfig defaults(java.nio.file.Path root) {
        return new SiteConfig("News digest", "", "", "en", DEFAULT_PAGE_SIZE, ZoneId.of("UTC"),
                SitePaths.defaults(root), ImportSettings.DEFAULTS, MarkdownSettings.DEFAULTS,
                FeedSettings.DEFAULTS, PublishSettings.DEFAULTS, EditionSettings.defaults(ZoneId.of("UTC")),
                StorySettings.DEFAULTS, PermalinkPattern.DEFAULT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public SiteConfig withPaths(SitePaths newPaths) {
        return new SiteConfig(title, description, baseUrl, language, pageSize, timezone, newPaths, imports, markdown, feeds, publish,
                editions, stories, permalink);
    }

    /** The settings of the site published under {@code url} instead. */
    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, url, language, pageSize, timezone, paths, imports,
                markdown.publishedAt(url), feeds, publish, editions, stories, permalink);
    }

    /**
     * The settings of the site previewed at {@code url} ({@code serve}): absolute links lead there, while links written
     * from the host's root are read as the published site's are ({@link MarkdownSettings#rootPath}).
     */
    public SiteConfig previewedAt(String url) {
        return new SiteConfig(title, description, url, language, pageSize, timezone, paths, imports, markdown, feeds,
                publish, editions, stories, permalink);
    }
}
