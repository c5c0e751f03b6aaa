package org.broadsheet.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
        return clean(html, java.util.Set.of());
    }

    /**
     * Like {@link #clean(String)}, keeping the ids of headings that are made as {@link HeadingIds} makes them and
     * are none of {@code pageIds}, so that links to a section still lead there.
     */
    static String clean(String html, java.util.Set<String> pageIds) {
        Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
        Safelist withHeadingIds = new Safelist(SAFELIST) {
            @Override
            public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
                if (attribute.getKey().equals("id") && tagName.length() == 2 && tagName.charAt(0) == 'h'
                        && tagName.charAt(1) >= '1' && tagName.charAt(1) <= '6') {
                    String id = attribute.getValue();
                    return !id.isEmpty() && HeadingIds.idOf(id).equals(id) && !pageIds.contains(id);
                }
                return super.isSafeAttribute(tagName, element, attribute);
            }
        };
        // a base URI lets the allow-list judge relative links; they are kept relative (preserveRelativeLinks)
        return Jsoup.clean(html, "https://site.invalid/", withHeadingIds, settings);
    }
}
