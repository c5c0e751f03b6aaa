package org.broadsheet.ingest.html;

import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

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
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+\\n");

    private final FlexmarkHtmlConverter converter;

    public HtmlToMarkdown() {
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
        this.converter = FlexmarkHtmlConverter.builder(options).build();
    }

    /** The Markdown for sanitised HTML (see {@link HtmlSanitizer}). */
    public String convert(Element sanitized) {
        String md = converter.convert(sanitized.html());
        md = md.replace('\u00A0', ' ');
        md = EMPTY_LINK.matcher(md).replaceAll("");
        md = EMPTY_IMAGE_LINK_TEXT.matcher(md).replaceAll("");
        md = TRAILING_SPACE.matcher(md).replaceAll("\n");
        md = BLANK_RUNS.matcher(md).replaceAll("\n\n");
        return md.strip();
    }
}
