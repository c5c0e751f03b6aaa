package org.broadsheet.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.broadsheet.config.MarkdownSettings;
import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.DoNotLinkDecorate;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.ast.TextContainer;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;

/**
 * Markdown to HTML with Flexmark: CommonMark plus tables, strikethrough and autolinks, with an id on every heading
 * ({@link HeadingIds}). Built once and shared: the
 * parser and renderer are immutable and thread-safe. Flexmark parses and renders by recursion (its regular
 * expressions too), so a text that nests too deeply for the thread's stack throws {@link TooDeepException}.
 */
public final class Markdown {

    private final Parser parser;
    /** The same parser without the autolink extension, whose pass costs as much as the rest of parsing together. */
    private final Parser plainParser;
    /**
     * The two without the tables extension, for text without a "|", which cannot hold a table: the extension looks
     * for one in every paragraph.
     */
    private final Parser parserWithoutTables;
    private final Parser plainParserWithoutTables;
    private final HtmlRenderer renderer;
    /** The renderer with {@link LinkRewriting}, for texts whose links' addresses depend on the page they are on. */
    private final HtmlRenderer linkingRenderer;
    private final MarkdownSettings.RawHtml rawHtml;
    /** The allow-list of {@code raw_html: sanitize}, or null when raw HTML is not sanitized. */
    private final org.jsoup.safety.Safelist allowList;

    /** Markdown that keeps raw HTML as written. */
    public Markdown() {
        this(MarkdownSettings.RawHtml.KEEP);
    }

    public Markdown(MarkdownSettings.RawHtml rawHtml) {
        this(rawHtml, Set.of());
    }

    /**
     * @param pageIds the ids of the pages around the texts (the theme's own), which no heading's id may take
     */
    public Markdown(MarkdownSettings.RawHtml rawHtml, Set<String> pageIds) {
        this.rawHtml = rawHtml;
        this.allowList = rawHtml == MarkdownSettings.RawHtml.SANITIZE ? SafeHtml.allowList(pageIds) : null;
        // configurations of one Markdown: parsing with and without autolinks and tables, and rendering
        MutableDataSet options = new MutableDataSet();
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(TablesExtension.CLASS_NAME, "table");
        options.set(HtmlRenderer.ESCAPE_HTML, rawHtml == MarkdownSettings.RawHtml.ESCAPE);
        this.parser = Parser.builder(withExtensions(options, true, AutolinkExtension.create())).build();
        this.plainParser = Parser.builder(withExtensions(options, true)).build();
        this.parserWithoutTables = Parser.builder(withExtensions(options, false, AutolinkExtension.create())).build();
        this.plainParserWithoutTables = Parser.builder(withExtensions(options, false)).build();
        this.renderer = HtmlRenderer.builder(withExtensions(options, true, AutolinkExtension.create(),
                FastTextRendering.create(), HeadingIds.create(pageIds))).build();
        this.linkingRenderer = HtmlRenderer.builder(withExtensions(options, true, AutolinkExtension.create(),
                FastTextRendering.create(), HeadingIds.create(pageIds), LinkRewriting.create())).build();
    }

    /** {@code options} with the extensions: tables if {@code tables}, strikethrough, then {@code more}. */
    private static MutableDataSet withExtensions(MutableDataSet options, boolean tables, Extension... more) {
        List<Extension> all = new ArrayList<>();
        if (tables) {
            all.add(TablesExtension.create());
        }
        all.add(StrikethroughExtension.create());
        all.addAll(List.of(more));
        return new MutableDataSet(options).set(Parser.EXTENSIONS, all);
    }

    public String toHtml(String markdown) {
        return toHtml(markdown, null);
    }

    /**
     * Like {@link #toHtml(String)}, with the destination of each link and image (as written, escapes undone; not
     * autolinks) replaced by what {@code addresses} gives for it, when that is not null: the addresses of the page's
     * links to other content files ({@link LocalLinks}) and of its links from the site root, which depend on where
     * the page is. Null {@code addresses} keep every destination.
     */
    public String toHtml(String markdown, UnaryOperator<String> addresses) {
        return guarded(() -> html(parse(markdown), markdown, addresses));
    }

    /** A text as HTML, with the number of words a reader reads in it (its text, not its markup or link targets). */
    public record Rendered(String html, int words) {
    }

    /** The text a reader reads, without markup, words of neighbouring blocks kept apart: for matching phrases. */
    public String plainText(String markdown) {
        return guarded(() -> new TextCollectingVisitor().collectAndGetText(parse(markdown),
                TextContainer.F_ADD_SPACES_BETWEEN_NODES));
    }

    /** Like {@link #toHtml}, counting the words from the same parse. */
    public Rendered render(String markdown) {
        return render(markdown, null);
    }

    /**
     * A short text shown among others on a page (an editor's note, an edition's introduction) as HTML, its headings
     * without ids: the same heading in two such texts, or in one and the article, would give the page an id twice.
     */
    public String fragmentToHtml(String markdown) {
        return guarded(() -> {
            Document doc = parse(markdown);
            HeadingIds.omit(doc);
            return html(doc, markdown, null);
        });
    }

    /** Like {@link #render(String)}, with links written as {@link #toHtml(String, UnaryOperator)} writes them. */
    public Rendered render(String markdown, UnaryOperator<String> addresses) {
        return guarded(() -> {
            Document doc = parse(markdown);
            return new Rendered(html(doc, markdown, addresses), WordCount.of(doc));
        });
    }

    /** The parse of {@code markdown} that {@link LocalLinks} looks for links in. */
    Document parseForLinks(String markdown) {
        return guarded(() -> parse(markdown));
    }

    /**
     * {@code work} on a text of {@code file}, with a text that nests too deeply for it as the user's problem in that
     * file: what callers that know where a text comes from wrap their Markdown in.
     */
    public static <T> T from(Path file, Supplier<T> work) {
        try {
            return work.get();
        } catch (TooDeepException e) {
            throw e.at(file);
        }
    }

    /**
     * A text too deeply nested, or with too long a run of markup characters, for Flexmark to parse or render on
     * this thread's stack; {@link #from} turns it into the user's problem in the text's file.
     */
    public static final class TooDeepException extends RuntimeException {

        TooDeepException(StackOverflowError cause) {
            super("the Markdown nests too deeply to render", cause);
        }

        /** The problem, in {@code file}. */
        InputException at(Path file) {
            return new InputException(new Problem(SourcePosition.of(file), getMessage()
                    + " (a very long run of *, _, - or > characters, or lists or quotes nested hundreds deep); "
                    + "shorten the run, escape its characters with \\ or put it in a code block, or nest less deeply"),
                    this);
        }
    }

    /** {@code work}, with the stack overflow of a text that nests too deeply as a {@link TooDeepException}. */
    private static <T> T guarded(Supplier<T> work) {
        try {
            return work.get();
        } catch (StackOverflowError e) {
            throw new TooDeepException(e);
        }
    }

    private String html(Document doc, String markdown, UnaryOperator<String> addresses) {
        HtmlRenderer use = renderer;
        if (addresses != null) {
            LinkRewriting.set(doc, addresses);
            use = linkingRenderer;
        }
        String html = FastTextRendering.render(use, doc, markdown);
        return allowList == null ? html : SafeHtml.clean(html, allowList);
    }

    /** Runs of characters between spaces that hold a letter or digit: "—" is no word, "4m" and "don't" are one. */
    static int countWords(String text) {
        WordCount.Words words = new WordCount.Words();
        for (int i = 0; i < text.length(); i++) {
            words.accept(text.charAt(i));
        }
        return words.words;
    }

    /**
     * A plain-text teaser: the first paragraph's text, cut at a word boundary near {@code maxChars} with an
     * ellipsis.
     */
    public String firstParagraphText(String markdown, int maxChars) {
        return guarded(() -> firstParagraph(markdown, maxChars));
    }

    private String firstParagraph(String markdown, int maxChars) {
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

    /**
     * Parses without the autolink pass, and again with it only when a text node of that parse may hold something for
     * it to link. The pass only ever rewrites text nodes outside links and code, and only around "://", "www." or
     * "@" in their unescaped text, so a parse without such text nodes is exactly what the pass would leave. The pass
     * cost as much as the rest of parsing, and most articles only have URLs as link destinations.
     */
    private Document parse(String markdown) {
        boolean tables = markdown.indexOf('|') >= 0;
        Document plain = (tables ? plainParser : plainParserWithoutTables).parse(markdown);
        return needsAutolinkPass(markdown, plain) ? (tables ? parser : parserWithoutTables).parse(markdown) : plain;
    }

    /** Whether {@link #parse} needs the autolink pass for {@code markdown}: for tests. */
    boolean needsAutolinkPass(String markdown) {
        return needsAutolinkPass(markdown, plainParser.parse(markdown));
    }

    private static boolean needsAutolinkPass(String markdown, Document plain) {
        return containsLinkTrigger(markdown, 0, markdown.length()) && textMayHoldLinks(plain, markdown);
    }

    /**
     * True when a text node the autolink pass would look at has a link trigger, or an escape or entity that could
     * unescape into one, or when the text has a character reference outside code.
     */
    private static boolean textMayHoldLinks(Document doc, String markdown) {
        Node node = doc.getFirstChild();
        while (node != null) {
            boolean skip = node instanceof DoNotDecorate || node instanceof DoNotLinkDecorate;
            // with the pass, Flexmark parses a character reference into the text around it instead of a node of its own
            if (!skip && (node instanceof HtmlEntity || node instanceof Text && (node.getChars().getBase() != markdown
                    || containsLinkTrigger(markdown, node.getStartOffset(), node.getEndOffset())))) {
                return true;
            }
            Node next = skip ? null : node.getFirstChild();
            for (Node up = node; next == null && up != null && up != doc; up = up.getParent()) {
                next = up.getNext();
            }
            node = next;
        }
        return false;
    }

    /**
     * Whether {@code text} between {@code start} and {@code end} has "://", "www." (any case) or "@", or an escape
     * or a character reference that unescapes into a character of them.
     */
    static boolean containsLinkTrigger(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '@'
                    || c == ':' && text.startsWith("//", i + 1)
                    || c == '.' && i >= start + 3 && text.regionMatches(true, i - 3, "www", 0, 3)
                    || c == '\\' && i + 1 < end && ".:/@".indexOf(text.charAt(i + 1)) >= 0
                    || c == '&' && startsReference(text, i + 1)) {
                return true;
            }
        }
        return false;
    }

    /** A numeric character reference, or a named one for a character of a link trigger. */
    private static boolean startsReference(String text, int at) {
        return text.startsWith("#", at) || text.startsWith("commat;", at) || text.startsWith("colon;", at)
                || text.startsWith("sol;", at) || text.startsWith("period;", at);
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
