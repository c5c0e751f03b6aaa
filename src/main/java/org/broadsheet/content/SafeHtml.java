package org.broadsheet.content;

import java.util.Set;

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

    /**
     * The allow-list that also keeps the ids of headings made as {@link HeadingIds} makes them and none of
     * {@code pageIds}, so that links to a section still lead there. Built once per {@link Markdown}.
     */
    static Safelist allowList(Set<String> pageIds) {
        Set<String> taken = Set.copyOf(pageIds);
        return new Safelist(SAFELIST) {
            @Override
            public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
                if (attribute.getKey().equals("id") && tagName.length() == 2 && tagName.charAt(0) == 'h'
                        && tagName.charAt(1) >= '1' && tagName.charAt(1) <= '6') {
                    String id = attribute.getValue();
                    return !id.isEmpty() && HeadingIds.idOf(id).equals(id) && !taken.contains(id);
                }
                return super.isSafeAttribute(tagName, element, attribute);
            }
        };
    }

    /** {@code html} (a fragment) with everything outside {@code allowList} removed. */
    static String clean(String html, Safelist allowList) {
        Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
        // a base URI lets the allow-list judge relative links; they are kept relative (preserveRelativeLinks)
        return Jsoup.clean(html, "https://site.invalid/", allowList, settings);
    }
}
