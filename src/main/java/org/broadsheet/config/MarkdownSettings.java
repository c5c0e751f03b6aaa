package org.broadsheet.config;

import java.util.Locale;

/**
 * The {@code markdown:} section of the config, and the path links written from the host's root are read against.
 *
 * @param rawHtml what happens to HTML written inside Markdown files
 * @param rootPath the path of the published site's base URL ({@code /news/} for {@code https://example.org/news/};
 *     {@code /} without one): a link written {@code /news/tags/} is the site's {@code tags/}. {@code serve} previews
 *     under another URL and keeps it, so that links lead where the published site's do.
 */
public record MarkdownSettings(RawHtml rawHtml, String rootPath) {

    public static final MarkdownSettings DEFAULTS = new MarkdownSettings(RawHtml.KEEP, "/");

    /** These settings for a site published under {@code baseUrl}. */
    public MarkdownSettings publishedAt(String baseUrl) {
        return new MarkdownSettings(rawHtml, rootPathOf(baseUrl));
    }

    /** The path of {@code baseUrl}, ending in /: "/" when it has none or is empty. */
    static String rootPathOf(String baseUrl) {
        try {
            String raw = baseUrl.isEmpty() ? null : java.net.URI.create(baseUrl).getRawPath();
            if (raw != null && !raw.isEmpty()) {
                return raw.endsWith("/") ? raw : raw + "/";
            }
        } catch (IllegalArgumentException e) {
            // the config refuses a base URL that is no URI; "/" then
        }
        return "/";
    }

    /** Raw HTML in Markdown: kept as written (the editor is trusted), cleaned to safe tags, or shown as text. */
    public enum RawHtml {
        KEEP, SANITIZE, ESCAPE;

        public String configName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
