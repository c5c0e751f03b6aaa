package org.broadsheet.ingest.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The measures and walks the extractor uses on a Jsoup tree: text length as a reader sees it, link density, class
 * weight, document-order traversal that survives removing the current node.
 */
final class Dom {

    static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story", Pattern.CASE_INSENSITIVE);
    static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain"
            + "|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget", Pattern.CASE_INSENSITIVE);
    private static final Pattern HASH_URL = Pattern.compile("^#.+");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");

    static final Set<String> PHRASING = Set.of("abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data",
            "datalist", "dfn", "em", "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter", "noscript",
            "object", "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span", "strong", "sub",
            "sup", "textarea", "time", "var", "wbr");
    static final Set<String> BLOCKS_INSIDE_DIV = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul");

    private Dom() {
    }

    /** The element's text with runs of whitespace collapsed and ends trimmed: what a reader would count. */
    static String innerText(Element e) {
        return SPACES.matcher(e.wholeText().strip()).replaceAll(" ");
    }

    static int textLength(Element e) {
        return innerText(e).length();
    }

    /** The share of the element's text that sits inside links (in-page anchor links count less). */
    static double linkDensity(Element e) {
        int length = textLength(e);
        if (length == 0) {
            return 0;
        }
        double linkLength = 0;
        for (Element a : e.getElementsByTag("a")) {
            if (a == e) {
                continue;
            }
            double coefficient = HASH_URL.matcher(a.attr("href")).matches() ? 0.3 : 1;
            linkLength += textLength(a) * coefficient;
        }
        return linkLength / length;
    }

    /** ±25 for class and for id names that say "content" or "clutter". */
    static int classWeight(Element e) {
        return nameWeight(e.className()) + nameWeight(e.id());
    }

    private static int nameWeight(String name) {
        if (name.isEmpty()) {
            return 0;
        }
        return (NEGATIVE.matcher(name).find() ? -25 : 0) + (POSITIVE.matcher(name).find() ? 25 : 0);
    }

    /** The next element in document order; with {@code skipChildren}, the next one after this subtree. */
    static Element next(Element node, boolean skipChildren) {
        if (!skipChildren && node.firstElementChild() != null) {
            return node.firstElementChild();
        }
        Element n = node;
        while (n != null) {
            Element sibling = n.nextElementSibling();
            if (sibling != null) {
                return sibling;
            }
            n = n.parent();
        }
        return null;
    }

    /** Removes {@code node} and returns the element that follows it in document order. */
    static Element removeAndNext(Element node) {
        Element next = next(node, true);
        node.remove();
        return next;
    }

    static boolean hasAncestor(Element node, String tag, int maxDepth, Predicate<Element> filter) {
        int depth = 0;
        for (Element p = node.parent(); p != null; p = p.parent()) {
            if (maxDepth > 0 && depth > maxDepth) {
                return false;
            }
            if (p.normalName().equals(tag) && (filter == null || filter.test(p))) {
                return true;
            }
            depth++;
        }
        return false;
    }

    static boolean hasAncestor(Element node, String tag) {
        return hasAncestor(node, tag, 3, null);
    }

    /** True when the element holds exactly one child element, of {@code tag}, and no text of its own. */
    static boolean hasSingleChild(Element e, String tag) {
        if (e.childrenSize() != 1 || !e.child(0).normalName().equals(tag)) {
            return false;
        }
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return false;
            }
        }
        return true;
    }

    static boolean isWithoutContent(Element e) {
        if (!e.wholeText().isBlank()) {
            return false;
        }
        int children = e.childrenSize();
        return children == 0 || children == e.getElementsByTag("br").size() + e.getElementsByTag("hr").size();
    }

    static boolean hasBlockChild(Element e) {
        for (Element child : e.children()) {
            if (BLOCKS_INSIDE_DIV.contains(child.normalName()) || hasBlockChild(child)) {
                return true;
            }
        }
        return false;
    }

    static boolean isPhrasing(Node n) {
        if (n instanceof TextNode) {
            return true;
        }
        if (!(n instanceof Element e)) {
            return false;
        }
        String tag = e.normalName();
        if (PHRASING.contains(tag)) {
            return true;
        }
        return (tag.equals("a") || tag.equals("del") || tag.equals("ins")) && e.childNodes().stream().allMatch(Dom::isPhrasing);
    }

    static boolean isWhitespace(Node n) {
        return (n instanceof TextNode t && t.isBlank()) || (n instanceof Element e && e.normalName().equals("br"));
    }

    /** Renames the element in place, keeping its attributes and children. */
    static Element retag(Element e, String tag) {
        return e.tagName(tag);
    }

    /** The share of the element's text inside elements with these tags. */
    static double textDensity(Element e, List<String> tags) {
        int length = textLength(e);
        if (length == 0) {
            return 0;
        }
        int inside = 0;
        for (Element child : e.select(String.join(",", tags))) {
            if (child != e) {
                inside += textLength(child);
            }
        }
        return (double) inside / length;
    }

    static String matchString(Element e) {
        return e.className() + " " + e.id();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
