package org.broadsheet.content;

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

/**
 * Markdown to HTML with Flexmark: CommonMark plus tables, strikethrough and autolinks. Built once and shared: the
 * parser and renderer are immutable and thread-safe.
 */
public final class Markdown {

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final MarkdownSettings.RawHtml rawHtml;

    /** Markdown that keeps raw HTML as written. */
    public Markdown() {
        this(MarkdownSettings.RawHtml.KEEP);
    }

    public Markdown(MarkdownSettings.RawHtml rawHtml) {
        this.rawHtml = rawHtml;
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create()));
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(TablesExtension.CLASS_NAME, "table");
        options.set(HtmlRenderer.ESCAPE_HTML, rawHtml == MarkdownSettings.RawHtml.ESCAPE);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    public String toHtml(String markdown) {
        return html(parser.parse(markdown));
    }

    /** A text as HTML, with the number of words a reader reads in it (its text, not its markup or link targets). */
    public record Rendered(String html, int words) {
    }

    /** Like {@link #toHtml}, counting the words from the same parse. */
    public Rendered render(String markdown) {
        Document doc = parser.parse(markdown);
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
        Document doc = parser.parse(markdown);
        for (Node node = doc.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph) {
                String text = new TextCollectingVisitor().collectAndGetText(node).replaceAll("\\s+", " ").strip();
                if (!text.isEmpty()) {
                    return shorten(text, maxChars);
                }
            }
        }
        return "";
    }

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
