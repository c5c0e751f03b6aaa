package org.broadsheet.ingest.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Keeps only the HTML an article needs, by allow-list, before it becomes Markdown: text structure, links, images,
 * tables, figures. No scripts, styles, frames, objects, forms, no {@code on*} or {@code style} attributes, and only
 * {@code http(s)} (and {@code mailto} for links) URLs, made absolute against the page's address; a URL that cannot
 * be made absolute is dropped, its text kept.
 */
public final class HtmlSanitizer {

    private static final Safelist ARTICLE = new Safelist()
            .addTags("a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "div", "dl", "dt", "em",
                    "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li",
                    "mark", "ol", "p", "pre", "q", "s", "small", "strike", "strong", "sub", "sup", "table", "tbody", "td",
                    "tfoot", "th", "thead", "tr", "u", "ul")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "title")
            .addAttributes("ol", "start")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("th", "colspan", "rowspan")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "http", "https");
    /** Removed with everything inside: their content is never article text. */
    private static final String DROPPED_WHOLE = "script, style, noscript, template, iframe, frame, frameset, object, embed, "
            + "applet, svg, math, form, input, button, select, textarea, canvas, audio, video, source, track, map, head, meta, link";

    private static final String BLOCK_CONTAINERS = "details, summary, section, article, header, footer, main, aside, nav, "
            + "center, address, hgroup, fieldset, legend, picture";

    private HtmlSanitizer() {
    }

    /** A clean copy of {@code content} (which is not changed), its URLs resolved against {@code baseUri}. */
    public static Element sanitize(Element content, String baseUri) {
        Document shell = Document.createShell(baseUri == null ? "" : baseUri);
        Element copy = content.clone();
        copy.select(DROPPED_WHOLE).remove();
        // block containers the allow-list does not know still separate their text from what follows
        copy.select(BLOCK_CONTAINERS).tagName("div");
        shell.body().appendChild(copy);
        Document clean = new Cleaner(ARTICLE).clean(shell);
        // an image without a usable address, or a link without one, is noise
        clean.body().select("img:not([src])").remove();
        clean.body().select("a:not([href])").unwrap();
        return clean.body();
    }

    /** Sanitises an HTML fragment (a feed item's content). */
    public static Element sanitizeFragment(String html, String baseUri) {
        Document dirty = org.jsoup.Jsoup.parseBodyFragment(html, baseUri == null ? "" : baseUri);
        return sanitize(dirty.body(), baseUri);
    }
}
