package org.broadsheet.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

import com.vladsch.flexmark.html2md.converter.ExtensionConversion;
import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Sanitised article HTML to clean Markdown with Flexmark's converter: ATX headings, {@code -} bullets, plain
 * Unicode (no typographic entity noise, no {@code &nbsp;}), no attribute blocks; empty links and runs of blank
 * lines are tidied afterwards. Built once; the converter is thread-safe.
 */
public final class HtmlToMarkdown {

    private static final Pattern EMPTY_LINK = Pattern.compile("(?<!!)\\[\\s*\\]\\([^)]*\\)");
    private static final Pattern EMPTY_IMAGE_LINK_TEXT = Pattern.compile("\\[\\s*\\]\\(\\s*\\)");
    private static final Pattern BLANK_RUNS = Pattern.compile("\\n{3,}");
    /** {@code \[MP3 SP\]}: brackets that cannot start a link need no escape (no reference definitions are written). */
    private static final Pattern ESCAPED_BRACKETS = Pattern.compile("\\\\\\[([^\\[\\]\\n]*?)\\\\\\](?![(\\[:])");
    private static final Pattern WIKI_EDIT_LINK = Pattern.compile("\\\\\\[\\[edit\\]\\([^)]*\\)\\\\\\]");
    /**
     * {@code \^}, {@code \&} (not before an entity name), {@code \<} not opening a tag, a lone {@code \~}, and
     * {@code \*} or {@code \_} between spaces.
     */
    private static final Pattern HARMLESS_ESCAPE = Pattern.compile(
            "\\\\(\\^|&(?![A-Za-z#][A-Za-z0-9]*;)|<(?![A-Za-z/!?]))|(?<!~)\\\\(~)(?!~)|(?<=\\s)\\\\([*_])(?=\\s)");
    private static final Pattern FOOTNOTE_BACKLINK = Pattern.compile("\\^|↑|Jump up");
    private static final String LINE_START = "\uE000";
    private static final Pattern LINE_MARKER = Pattern.compile("^\\s*(\\d{1,9}[.)]|[-+*#]|=+\\s*$)(\\s|$)");
    private static final Pattern MARKED_NUMBER = Pattern.compile(LINE_START + "(\\s*)(\\d{1,9})([.)])");
    private static final Pattern MARKED_SYMBOL = Pattern.compile(LINE_START + "(\\s*)([-+#=])");
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+\\n");

    private volatile FlexmarkHtmlConverter converter;

    /** Cheap: the converter is made when the first page needs it, so importing text sources never loads it. */
    public HtmlToMarkdown() {
    }

    private FlexmarkHtmlConverter converter() {
        FlexmarkHtmlConverter c = converter;
        if (c == null) {
            synchronized (this) {
                c = converter;
                if (c == null) {
                    c = newConverter();
                    converter = c;
                }
            }
        }
        return c;
    }

    private static FlexmarkHtmlConverter newConverter() {
        MutableDataSet options = new MutableDataSet();
        options.set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false);
        options.set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false);
        options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false);
        options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false);
        options.set(FlexmarkHtmlConverter.UNORDERED_LIST_DELIMITER, '-');
        options.set(FlexmarkHtmlConverter.LIST_ITEM_INDENT, 2);
        options.set(FlexmarkHtmlConverter.NBSP_TEXT, " ");
        options.set(FlexmarkHtmlConverter.THEMATIC_BREAK, "---");
        options.set(FlexmarkHtmlConverter.BR_AS_EXTRA_BLANK_LINES, false);
        options.set(FlexmarkHtmlConverter.MAX_BLANK_LINES, 1);
        options.set(FlexmarkHtmlConverter.WRAP_AUTO_LINKS, true);
        options.set(FlexmarkHtmlConverter.RENDER_COMMENTS, false);
        // Broadsheet's Markdown has no superscript, subscript, insert or math syntax: keep their text
        options.set(FlexmarkHtmlConverter.EXT_INLINE_SUP, ExtensionConversion.TEXT);
        options.set(FlexmarkHtmlConverter.EXT_INLINE_SUB, ExtensionConversion.TEXT);
        options.set(FlexmarkHtmlConverter.EXT_INLINE_INS, ExtensionConversion.TEXT);
        options.set(FlexmarkHtmlConverter.EXT_MATH, ExtensionConversion.TEXT);
        return FlexmarkHtmlConverter.builder(options).build();
    }

    /** The Markdown for sanitised HTML (see {@link HtmlSanitizer}); links back into {@code pageUrl} are dropped. */
    public String convert(Element sanitized, String pageUrl) {
        Element html = sanitized.clone();
        for (Element img : html.select("img[alt]")) {
            img.attr("alt", org.jsoup.Jsoup.parse(img.attr("alt")).text()); // some sites put markup in alt text
        }
        flattenDefinitionLists(html);
        unwrapDivs(html);
        dropEmptyTableParts(html);
        dropStrayRules(html);
        flattenFigures(html);
        markLineStarts(html);
        unwrapSelfLinks(html, pageUrl);
        String md = converter().convert(html.html());
        md = MARKED_NUMBER.matcher(md).replaceAll("$1$2\\\\$3");
        md = MARKED_SYMBOL.matcher(md).replaceAll("$1\\\\$2").replace(LINE_START, "");
        md = md.replace('\u00A0', ' ');
        md = EMPTY_LINK.matcher(md).replaceAll("");
        md = EMPTY_IMAGE_LINK_TEXT.matcher(md).replaceAll("");
        md = TRAILING_SPACE.matcher(md).replaceAll("\n");
        md = BLANK_RUNS.matcher(md).replaceAll("\n\n");
        md = WIKI_EDIT_LINK.matcher(md).replaceAll("");
        return unescapeHarmless(md).strip();
    }

    /**
     * The converter escapes more than Markdown needs; a backslash before a character that cannot start markup where it
     * stands is noise for the reader. Code (fenced blocks and backtick spans) is left alone.
     */
    static String unescapeHarmless(String md) {
        StringBuilder out = new StringBuilder(md.length());
        boolean fenced = false;
        for (String line : md.split("\n", -1)) {
            if (line.stripLeading().startsWith("```") || line.stripLeading().startsWith("~~~")) {
                fenced = !fenced;
                out.append(line).append('\n');
                continue;
            }
            if (fenced || line.startsWith("    ")) {
                out.append(line).append('\n');
                continue;
            }
            String[] parts = line.split("`", -1);
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i];
                if (i % 2 == 0) {
                    part = ESCAPED_BRACKETS.matcher(part).replaceAll("[$1]");
                    part = HARMLESS_ESCAPE.matcher(part).replaceAll("$1$2$3");
                    part = unescapeGreaterThan(part, i == 0);
                }
                out.append(part);
                if (i < parts.length - 1) {
                    out.append('`');
                }
            }
            out.append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /**
     * The converter does not escape text that would start a list, heading or setext underline at the start of a
     * line ("1. ", "- ", "# "): such text is marked here and escaped after conversion.
     */
    private static void markLineStarts(Element root) {
        for (org.jsoup.nodes.TextNode t : allText(root)) {
            if (LINE_MARKER.matcher(t.getWholeText()).find() && startsLine(t)) {
                t.text(LINE_START + t.getWholeText().stripLeading());
            }
        }
    }

    private static List<org.jsoup.nodes.TextNode> allText(Element root) {
        List<org.jsoup.nodes.TextNode> all = new ArrayList<>();
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.TextNode t && !(node.parent() instanceof Element e && (e.normalName().equals("pre") || e.normalName().equals("code")))) {
                all.add(t);
            }
        }, root);
        return all;
    }

    private static boolean startsLine(org.jsoup.nodes.Node node) {
        org.jsoup.nodes.Node prev = node.previousSibling();
        while (prev instanceof org.jsoup.nodes.TextNode t && t.isBlank()) {
            prev = prev.previousSibling();
        }
        if (prev != null) {
            return prev instanceof Element e && e.normalName().equals("br");
        }
        Element parent = node.parent() instanceof Element p ? p : null;
        if (parent == null) {
            return true;
        }
        return Dom.PHRASING.contains(parent.normalName()) || parent.normalName().equals("a") ? startsLine(parent) : true;
    }

    /** {@code \>} anywhere but at the start of a line, where it would open a quote. */
    private static String unescapeGreaterThan(String part, boolean lineStart) {
        StringBuilder b = new StringBuilder(part);
        for (int at = b.indexOf("\\>"); at >= 0; at = b.indexOf("\\>", at)) {
            if (!lineStart || !b.substring(0, at).isBlank()) {
                b.deleteCharAt(at);
            } else {
                at += 2;
            }
        }
        return b.toString();
    }

    /** Divs become paragraphs (their loose text) around their blocks: the converter would run their text together. */
    private static void unwrapDivs(Element root) {
        List<Element> divs = new ArrayList<>(root.select("div"));
        java.util.Collections.reverse(divs);
        for (Element div : divs) {
            if (div == root) {
                continue;
            }
            Element p = null;
            for (org.jsoup.nodes.Node child : new ArrayList<>(div.childNodes())) {
                if (Dom.isPhrasing(child) || (child instanceof Element e && e.normalName().equals("a"))) {
                    if (p == null && !(child instanceof org.jsoup.nodes.TextNode t && t.isBlank())) {
                        p = new Element("p");
                        child.before(p);
                    }
                    if (p != null) {
                        p.appendChild(child);
                    }
                } else {
                    p = null;
                }
            }
            div.unwrap();
        }
    }

    /** Layout tables emptied by extraction leave rows of bare pipes behind: drop empty rows, then empty tables. */
    private static void dropEmptyTableParts(Element root) {
        for (Element row : root.select("tr")) {
            if (row.text().isBlank() && row.select("img").isEmpty()) {
                row.remove();
            }
        }
        for (Element table : root.select("table")) {
            if (table.select("tr").isEmpty()) {
                table.remove();
            }
        }
    }

    /** A horizontal rule at the start or end, or right after another, separates nothing. */
    private static void dropStrayRules(Element root) {
        for (Element hr : root.select("hr")) {
            Element prev = hr.previousElementSibling();
            boolean first = hr.parent() == root && root.textNodes().stream().allMatch(t -> t.isBlank()) && prev == null;
            boolean last = hr.parent() == root && hr.nextElementSibling() == null;
            if (first || last || (prev != null && prev.normalName().equals("hr"))) {
                hr.remove();
            }
        }
    }

    /** Definition lists have no Markdown form: a term becomes a bold paragraph, its definition a paragraph. */
    private static void flattenDefinitionLists(Element root) {
        for (Element dl : root.select("dl")) {
            for (Element item : dl.children()) {
                Element p = new Element("p");
                if (item.normalName().equals("dt")) {
                    p.appendChild(new Element("strong").text(item.text()));
                } else {
                    for (org.jsoup.nodes.Node child : new ArrayList<>(item.childNodes())) {
                        p.appendChild(child);
                    }
                }
                dl.before(p);
            }
            dl.remove();
        }
    }

    /** A figure becomes its images, each a paragraph, then its caption in italics: Markdown has no figures. */
    private static void flattenFigures(Element root) {
        for (Element figure : root.select("figure")) {
            String caption = "";
            Element figcaption = figure.selectFirst("figcaption");
            if (figcaption != null) {
                caption = figcaption.text().strip();
                figcaption.remove();
            }
            List<Element> replacement = new ArrayList<>();
            for (Element img : figure.select("img")) {
                Element p = new Element("p");
                Element link = img.parent() != null && img.parent().normalName().equals("a") ? img.parent() : null;
                p.appendChild(link != null && link.select("img").size() == 1 ? link.clone() : img.clone());
                replacement.add(p);
            }
            String rest = figure.text().strip();
            if (!rest.isEmpty() && figure.select("img").isEmpty()) {
                replacement.add(new Element("p").text(rest));
            }
            if (!caption.isEmpty()) {
                replacement.add(new Element("p").appendChild(new Element("em").text(caption)));
            }
            for (Element e : replacement) {
                figure.before(e);
            }
            figure.remove();
        }
        // an image standing alone between blocks gets a paragraph of its own, so it is not glued to the text
        for (Element img : root.select("img")) {
            Element parent = img.parent();
            if (parent != null && !parent.normalName().equals("p") && !parent.normalName().equals("a")
                    && !parent.normalName().equals("li") && !parent.normalName().equals("td") && !parent.normalName().equals("th")) {
                img.wrap("<p></p>");
            }
        }
    }

    /** Links to the page itself (lightboxes, in-page anchors) mean nothing once the article is imported. */
    private static void unwrapSelfLinks(Element root, String pageUrl) {
        String page = withoutFragment(pageUrl == null ? "" : pageUrl);
        for (Element a : root.select("a[href]")) {
            String href = a.attr("href");
            if (FOOTNOTE_BACKLINK.matcher(a.text().strip()).matches()) {
                a.remove(); // "^" / "↑" back to the footnote mark: it points into a page the reader no longer has
                continue;
            }
            if (href.startsWith("#") || (!page.isEmpty() && withoutFragment(href).equals(page) && href.contains("#"))) {
                a.unwrap();
            }
        }
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }
}
