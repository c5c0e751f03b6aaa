package org.broadsheet.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The allow-list for HTML that must not run anything: text structure, links, images and tables pass; scripts,
 * frames, styles, forms, event handlers and {@code javascript:} or {@code data:} URLs do not.
 */
public final class SafeHtml {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("figure", "figcaption", "del", "ins", "mark", "hr", "abbr", "time")
            .addAttributes("time", "datetime")
            .addAttributes("abbr", "title")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);

    private SafeHtml() {
    }

    /** {@code html} (a fragment) with everything outside the allow-list removed. */
    public static String clean(String html) {
        Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
        // a base URI lets the allow-list judge relative links; they are kept relative (preserveRelativeLinks)
        return Jsoup.clean(html, "https://site.invalid/", SAFELIST, settings);
    }
}
