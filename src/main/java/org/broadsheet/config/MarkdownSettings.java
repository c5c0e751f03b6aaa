package org.broadsheet.config;

import java.util.Locale;

/**
 * The {@code markdown:} section of the config.
 *
 * @param rawHtml what happens to HTML written inside Markdown files
 */
public record MarkdownSettings(RawHtml rawHtml) {

    public static final MarkdownSettings DEFAULTS = new MarkdownSettings(RawHtml.KEEP);

    /** Raw HTML in Markdown: kept as written (the editor is trusted), cleaned to safe tags, or shown as text. */
    public enum RawHtml {
        KEEP, SANITIZE, ESCAPE;

        public String configName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
