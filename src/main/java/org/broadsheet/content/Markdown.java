package org.broadsheet.content;

import java.util.ArrayList;
import java.util.List;

import org.broadsheet.config.MarkdownSettings;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.ast.TextContainer;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;

/**
 * Markdown to HTML with Flexmark: CommonMark plus tables, strikethrough and autolinks. Built once and shared: the
 * parser and renderer are immutable and thread-safe.
 */
public final class Markdown {

    private final Parser parser;
    /** The same parser without the autolink extension, which costs as much as the rest of parsing together. */
    private final Parser plainParser;
    private final HtmlRenderer renderer;
    private final MarkdownSettings.RawHtml rawHtml;

    /** Markdown that keeps raw HTML as written. */
    public Markdown() {
        this(MarkdownSettings.RawHtml.KEEP);
    }

    public Markdown(MarkdownSettings.RawHtml rawHtml) {
        this.rawHtml = rawHtml;
        // three configurations of one Markdown: parsing with and without autolinks, and rendering
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, extensions(AutolinkExtension.create()));
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(TablesExtension.CLASS_NAME, "table");
        options.set(HtmlRenderer.ESCAPE_HTML, rawHtml == MarkdownSettings.RawHtml.ESCAPE);
        this.parser = Parser.builder(options).build();
        MutableDataSet rendering = new MutableDataSet(options);
        rendering.set(Parser.EXTENSIONS, extensions(AutolinkExtension.create(), FastTextRendering.create()));
        this.renderer = HtmlRenderer.builder(rendering).build();
        MutableDataSet plain = new MutableDataSet(options);
        plain.set(Parser.EXTENSIONS, extensions());
        this.plainParser = Parser.builder(plain).build();
    }

    /** The extensions every configuration has (tables, strikethrough), then {@code more}. */
    private static List<Extension> extensions(Extension... more) {
        List<Extension> all = new ArrayList<>(List.of(TablesExtension.create(), StrikethroughExtension.create()));
        all.addAll(List.of(more));
        return all;
    }

    public String toHtml(String markdown) {
        return html(parse(markdown));
    }

    /** A text as HTML, with the number of words a reader reads in it (its text, not its markup or link targets). */
    public record Rendered(String html, int words) {
    }

    /** The text a reader reads, without markup, words of neighbouring blocks kept apart: for matching phrases. */
    public String plainText(String markdown) {
        return new TextCollectingVisitor().collectAndGetText(parse(markdown), TextContainer.F_ADD_SPACES_BETWEEN_NODES);
    }

    /** Like {@link #toHtml}, counting the words from the same parse. */
    public Rendered render(String markdown) {
        Document doc = parse(markdown);
        // spaces between nodes, so that table cells and list items do not run together into one word
        String text = new TextCollectingVisitor().collectAndGetText(doc, TextContainer.F_ADD_SPACES_BETWEEN_NODES);
        return new Rendered(html(doc), countWords(text));
    }

    private String html(Document doc) {
        String html = renderer.render(doc);
        return rawHtml == MarkdownSettings.RawHtml.SANITIZE ? SafeHtml.clean(html) : html;
    }

    /** Runs of characters between spaces that hold a letter or digit: "—" is no word, "4m" and "don't" are one. */
    static int countWords(String text) {
        int words = 0;
        boolean counted = false; // the current run of non-space characters has been counted
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                counted = false;
            } else if (!counted && Character.isLetterOrDigit(c)) {
                words++;
                counted = true;
            }
        }
        return words;
    }

    /**
     * A plain-text teaser: the first paragraph's text, cut at a word boundary near {@code maxChars} with an
     * ellipsis.
     */
    public String firstParagraphText(String markdown, int maxChars) {
        // A top-level paragraph ends at a blank line and nothing after it can change it, so parsing the first few
        // blank-line-separated chunks (plus the link definitions their links may use) finds the same paragraph as
        // parsing the whole article, at a fraction of the cost.
        String definitions = linkDefinitions(markdown);
        for (int chunks = 1; ; chunks *= 2) {
            int end = endOfChunks(markdown, chunks);
            String prefix = end < 0 ? markdown : markdown.substring(0, end) + definitions;
            Document doc = parse(prefix);
            for (Node node = doc.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof Paragraph && (end < 0 || node.getEndOffset() <= end)) {
                    String text = new TextCollectingVisitor().collectAndGetText(node).replaceAll("\\s+", " ").strip();
                    if (!text.isEmpty()) {
                        return shorten(text, maxChars);
                    }
                }
            }
            if (end < 0) {
                return "";
            }
        }
    }

    /** Parses with autolinks only when the text may hold a bare URL or e-mail address for them to find. */
    private Document parse(String markdown) {
        return mayHoldBareLinks(markdown) ? parser.parse(markdown) : plainParser.parse(markdown);
    }

    /**
     * False only when every "://" in the text is the destination of an inline link ({@code [text](http://…)}) or an
     * explicit autolink ({@code <http://…>}), and there is no "www." and no "@": then autolinking finds nothing.
     */
    static boolean mayHoldBareLinks(String text) {
        if (text.contains("www.") || text.contains("@")) {
            return true;
        }
        for (int at = text.indexOf("://"); at >= 0; at = text.indexOf("://", at + 3)) {
            int start = at;
            while (start > 0 && isSchemeChar(text.charAt(start - 1))) {
                start--;
            }
            boolean inlineDestination = start >= 2 && text.charAt(start - 1) == '(' && text.charAt(start - 2) == ']';
            boolean explicit = start >= 1 && text.charAt(start - 1) == '<';
            if (!inlineDestination && !explicit) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSchemeChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-';
    }

    /** Where the first {@code chunks} blank-line-separated chunks end (at the blank line), or -1 past the end. */
    private static int endOfChunks(String text, int chunks) {
        int seen = 0;
        boolean inChunk = false;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            boolean blank = text.substring(lineStart, lineEnd).isBlank();
            if (blank && inChunk && ++seen == chunks) {
                return lineStart;
            }
            inChunk = !blank;
            lineStart = lineEnd + 1;
        }
        return -1;
    }

    /** The link reference definitions of the text ({@code [id]: url}), each on its own line after a blank one. */
    private static String linkDefinitions(String text) {
        if (text.indexOf("]:") < 0) {
            return "";
        }
        StringBuilder defs = new StringBuilder();
        for (String line : text.split("\n")) {
            if (LINK_DEFINITION.matcher(line).lookingAt()) {
                defs.append("\n\n").append(line);
            }
        }
        return defs.toString();
    }

    private static final java.util.regex.Pattern LINK_DEFINITION = java.util.regex.Pattern.compile(" {0,3}\\[[^\\]]+\\]:\\s");

    /** Cuts {@code text} at the last word boundary before {@code maxChars}, adding an ellipsis when cut. */
    public static String shorten(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int cut = text.lastIndexOf(' ', maxChars - 1);
        String head = (cut > maxChars / 2 ? text.substring(0, cut) : text.substring(0, maxChars - 1)).strip();
        return head.replaceAll("[\\s,;:.—–-]+$", "") + "…";
    }
}
