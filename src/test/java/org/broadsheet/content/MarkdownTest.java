package org.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.BlankLineBreakNode;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.DoNotCollectText;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.LineBreakNode;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.SpaceInsertingSequenceBuilder;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.ast.TextContainer;
import com.vladsch.flexmark.util.ast.Visitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.builder.ISequenceBuilder;

import org.broadsheet.testing.Mixtures;

/**
 * Markdown's shortcuts (plain text rendered without Flexmark's regex passes, no autolink pass when nothing could be
 * autolinked, summaries from the first chunks only) give exactly what plain Flexmark gives.
 */
class MarkdownTest {

    private static final Markdown MARKDOWN = new Markdown();
    private static final Parser PARSER;
    private static final HtmlRenderer RENDERER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create()));
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(TablesExtension.CLASS_NAME, "table");
        // headings' ids as GitHub makes them, by Flexmark's own generator: Broadsheet's must be the same
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS, " -");
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NON_DASH_CHARS, "_");
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NON_ASCII_TO_LOWERCASE, true);
        PARSER = Parser.builder(options).build();
        RENDERER = HtmlRenderer.builder(options).build();
    }

    static Stream<String> documents() throws IOException {
        List<String> inline = List.of(
                "Plain words only.",
                "Quotes \"double\" and 'single', <angle> brackets & an ampersand, &amp; an entity, &copy; &#169; &#xA9;.",
                "A backslash \\* escape, \\\\ a literal backslash, and a line\\\nbreak.",
                "Windows\r\nline\r\nendings\r\n\r\nand a lone\rCR.",
                "`code with <tags> & \"quotes\"` and *emphasis* and __strong__ and ~~gone~~.",
                "Links: [text](https://example.org/a?b=1&c=2 \"title\") and <https://example.org/auto> and https://bare.example.org/x and www.example.org and someone@example.org.",
                "[ref link][r] and [r]\n\n[r]: https://example.org/ref \"Ref\"",
                "# Heading <b>\n\n> quote & \"more\"\n\n- list <i>\n- item &amp;\n\n1. one\n2. two",
                "| a | b |\n|---|---|\n| <x> | \"y\" & z |",
                "<div class=\"raw\">raw & html</div>\n\nAfter <span>inline html</span>.",
                "    indented <code> & \"block\"\n\n```\nfenced <code> & \"block\"\n```",
                "Trailing spaces for a hard break  \nnext line.",
                "Unicode: “curly” ‘quotes’ — dashes… café 日本語 🚀",
                "[a](https://www.example.org/x) and <http://example.org/y> and `www.code.org` and ![i](http://www.x.org/i.png)",
                "[www.example.org](https://www.example.org) and [mail me](mailto:me@example.org)",
                "\\[not a link](https://www.example.org/x) and [a] (www.example.org) and [b](www.example.org/a b)",
                "www&#46;example.org and &commat;someone and http&colon;//x.example and someone\\@example.org and www\\.x.org",
                "```\nwww.example.org and a@b.org\n```\n\n<div>www.example.org</div>\n\n| www.example.org | x |\n|---|---|\n| a | b |",
                "~~www.example.org~~ and *www*.example.org and WWW.EXAMPLE.ORG and Www.Example.org and ftp://files.example.org");
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            List<String> fixtures = files.filter(p -> p.toString().endsWith(".md")).sorted().map(MarkdownTest::body).toList();
            return Stream.concat(inline.stream(), fixtures.stream());
        }
    }

    private static String body(Path p) {
        try {
            String t = Files.readString(p, StandardCharsets.UTF_8);
            int end = t.startsWith("---") ? t.indexOf("\n---\n", 3) : -1;
            return end < 0 ? t : t.substring(end + 5);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void htmlIsExactlyFlexmarksOwn(String markdown) {
        assertThat(MARKDOWN.toHtml(markdown)).isEqualTo(RENDERER.render(PARSER.parse(markdown)));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void wordsAreCountedInTheTextFlexmarkCollects(String markdown) {
        assertThat(WordCount.of(PARSER.parse(markdown))).isEqualTo(collectedWords(markdown));
    }

    /**
     * Random articles (paragraphs, headings, lists, quotes, code, tables, with emphasis, links, images, entities,
     * escapes and bare links inline) have exactly the word count of the text Flexmark's collecting walk gives, kept
     * as text ({@link #collectedText}).
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void wordsOfRandomArticlesAreCountedInTheTextFlexmarkCollects(long seed) {
        java.util.Random random = new java.util.Random(seed);
        for (int doc = 0; doc < 300; doc++) {
            String markdown = randomArticle(random);
            int expected = Markdown.countWords(collectedText(PARSER.parse(markdown)));
            assertThat(WordCount.of(PARSER.parse(markdown))).as(markdown).isEqualTo(expected);
            assertThat(MARKDOWN.render(markdown).words()).as(markdown).isEqualTo(expected);
        }
    }

    private static String randomArticle(java.util.Random random) {
        StringBuilder md = new StringBuilder();
        for (int block = random.nextInt(8); block >= 0; block--) {
            switch (random.nextInt(8)) {
                case 0 -> md.append("#".repeat(1 + random.nextInt(3))).append(' ').append(randomLine(random));
                case 1 -> {
                    for (int i = random.nextInt(4); i >= 0; i--) {
                        md.append(random.nextBoolean() ? "- " : (i + 1) + ". ").append(randomLine(random)).append('\n');
                    }
                }
                case 2 -> md.append("> ").append(randomLine(random)).append("\n> ").append(randomLine(random));
                case 3 -> md.append("```\n").append(randomLine(random)).append("\n```");
                case 4 -> md.append("| ").append(randomLine(random).replace("|", "")).append(" | b |\n|---|---|\n| ")
                        .append(randomLine(random).replace("|", "")).append(" | *c* d |");
                case 5 -> md.append("<div>").append(randomLine(random)).append("</div>");
                default -> {
                    for (int i = random.nextInt(3); i >= 0; i--) {
                        md.append(randomLine(random)).append(random.nextInt(4) == 0 ? "  \n" : "\n");
                    }
                }
            }
            md.append("\n\n");
        }
        return md.toString();
    }

    private static String randomLine(java.util.Random random) {
        String[] inline = {"word", "Words,", "end.", "4m", "don't", "—", "café", "*em*", "**strong**", "_under_",
            "`code here`", "[link text](https://example.org/a)", "![alt text](i.png)", "<https://example.org/x>",
            "&amp;", "&copy;", "&#169;", "AT&T", "\\*", "~~gone~~", "www.example.org", "me@example.org",
            "“quoted”", "<b>bold</b>", "1,234", "(aside)"};
        StringBuilder line = new StringBuilder();
        for (int i = 1 + random.nextInt(12); i > 0; i--) {
            line.append(inline[random.nextInt(inline.length)]).append(random.nextInt(6) == 0 ? "" : " ");
        }
        return line.toString().strip();
    }

    /** The count of words in the text Flexmark's own visitor collects, spaces between nodes. */
    private static int collectedWords(String markdown) {
        return Markdown.countWords(new TextCollectingVisitor().collectAndGetText(PARSER.parse(markdown),
                TextContainer.F_ADD_SPACES_BETWEEN_NODES));
    }

    /**
     * Flexmark's text-collecting walk (TextCollectingVisitor's, step for step) into its space-inserting builder,
     * each piece a node gives handed over as a plain string: the text the nodes hold, spaced as Flexmark spaces it.
     * Given the pieces themselves, the builder keeps their positions in the source and rebuilds the text from them,
     * which brings back what unescaping replaced ("&amp;" in "&amp; \*"), drops text next to entities, takes in
     * a backtick or a whole autolink beside a table cell's escape, or throws on overlapping positions.
     */
    private static String collectedText(Document doc) {
        SpaceInsertingSequenceBuilder out = SpaceInsertingSequenceBuilder.emptyBuilder(
                BasedSequence.of(doc.getChars().toString()), TextContainer.F_ADD_SPACES_BETWEEN_NODES, (chars, parts) -> parts);
        AsStrings pieces = new AsStrings(out);
        int flags = TextContainer.F_ADD_SPACES_BETWEEN_NODES;
        NodeVisitor[] visitor = new NodeVisitor[1];
        visitor[0] = new NodeVisitor() {
            @Override
            public void processNode(Node node, boolean withChildren, BiConsumer<Node, Visitor<Node>> processor) {
                if (!node.isOrDescendantOfType(DoNotCollectText.class)) {
                    out.setLastNode(node);
                    if (node instanceof Block && out.isNotEmpty()) {
                        out.appendEol();
                    }
                    if (node instanceof TextContainer container) {
                        if (container.collectText(pieces, flags, visitor[0])) {
                            if (node instanceof BlankLineBreakNode && out.isNotEmpty()) {
                                out.appendEol();
                            }
                            processChildren(node, processor);
                        }
                        container.collectEndText(pieces, flags, visitor[0]);
                    } else {
                        processChildren(node, processor);
                    }
                    if (node instanceof LineBreakNode && out.needEol()) {
                        out.appendEol();
                    }
                }
            }
        };
        visitor[0].visit(doc);
        return out.toString();
    }

    /** Hands each piece to Flexmark's builder as a string of its characters. */
    private record AsStrings(SpaceInsertingSequenceBuilder out) implements ISequenceBuilder<AsStrings, BasedSequence> {
        @Override
        public AsStrings append(CharSequence chars, int startIndex, int endIndex) {
            if (chars != null) {
                out.append(chars.subSequence(startIndex, endIndex).toString());
            }
            return this;
        }

        @Override
        public AsStrings append(char c) {
            out.append(c);
            return this;
        }

        @Override
        public AsStrings append(char c, int count) {
            out.append(c, count);
            return this;
        }

        @Override
        public int length() {
            return out.length();
        }

        @Override
        public char charAt(int index) {
            return out.charAt(index);
        }

        @Override
        public BasedSequence getSingleBasedSequence() {
            return null;
        }

        @Override
        public AsStrings getBuilder() {
            return this;
        }

        @Override
        public BasedSequence toSequence() {
            return out.toSequence();
        }
    }

    /** Where Flexmark's own collected text is wrong, the count follows the text the nodes hold. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "'&amp; \\*' | 0", "'AT&T\n &amp;café' | 2", "'&amp; \\* **strong**' | 1", "'café \n &amp;AT&T' | 2"})
    void wordsAreCountedInTheTextTheNodesHold(String markdown, int words) {
        assertThat(collectedWords(markdown)).as("Flexmark's own count").isNotEqualTo(words);
        assertThat(MARKDOWN.render(markdown).words()).isEqualTo(words);
    }

    @ParameterizedTest
    @MethodSource("documents")
    void theSummaryIsTheFirstParagraphOfTheWholeDocument(String markdown) {
        String expected = "";
        for (Node node = PARSER.parse(markdown).getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph) {
                String text = new TextCollectingVisitor().collectAndGetText(node).replaceAll("\\s+", " ").strip();
                if (!text.isEmpty()) {
                    expected = Markdown.shorten(text, 280);
                    break;
                }
            }
        }
        assertThat(MARKDOWN.firstParagraphText(markdown, 280)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"see https://example.org", "mail me@example.org", "visit www.example.org", "WWW.EXAMPLE.ORG",
        "\\[x](https://example.org)", "a www&#46;x.org", "http&colon;//x.org", "www\\.x.org", "| www.x.org |\n|---|\n| a |"})
    void textThatMayHoldBareLinksGetsTheAutolinkPass(String text) {
        assertThat(MARKDOWN.needsAutolinkPass(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[a](https://www.example.org/x) and <http://example.org/y>", "plain words",
        "[www.example.org](https://www.example.org)", "`www.example.org` and `a@b.org`", "```\nhttp://x.org\n```",
        "AT&T and co", "![i](http://www.x.org/i.png \"a title\")", "[r]\n\n[r]: https://www.example.org"})
    void urlsOnlyWhereNothingIsAutolinkedNeedNoAutolinkPass(String text) {
        assertThat(MARKDOWN.needsAutolinkPass(text)).isFalse();
    }

    /**
     * Random mixtures of whitespace, line structure and inline markup, where the HTML writer treats characters
     * apart (leading spaces, tabs, line breaks, preformatted blocks), each rendered exactly as Flexmark renders it:
     * the texts written into the finished HTML instead of through the writer change nothing.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void mixturesOfWhitespaceAndMarkupRenderExactlyAsFlexmark(long seed) {
        String[] pieces = {"word", "é", " ", "  ", "   ", "\t", "\n", "\n\n", "  \n", "\r\n", "    ", "*", "_", "**", "`",
            "> ", "- ", "1. ", "| ", "|---|", "---", "```", "<pre>", "</pre>", "<b>", "</b>", "&amp;", "&", "\\", "<",
            "\"", "[a](b)", "![i](x.png)", "#", "\u00a0", "\u0000"};
        assertMixturesRenderAsFlexmark(pieces, 50, seed);
    }

    /** Random mixtures of the pieces links are made of, each rendered exactly as Flexmark with its autolink pass. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void mixturesOfLinkPiecesRenderExactlyAsWithTheAutolinkPass(long seed) {
        String[] pieces = {"word", " ", "\n", "\n\n", "[", "]", "(", ")", "<", ">", "`", "*", "\\", "&", "#", ";", "@",
            ".", ":", "//", "www", "WWW", "http", "https://", "example.org", "&#64;", "&colon;", "&commat;", "- ", "| "};
        assertMixturesRenderAsFlexmark(pieces, 40, seed);
    }

    /**
     * 500 documents of up to {@code most} random {@code pieces}: each rendered exactly as Flexmark renders it, and
     * its words counted in the text Flexmark's walk collects.
     */
    private static void assertMixturesRenderAsFlexmark(String[] pieces, int most, long seed) {
        java.util.Random random = new java.util.Random(seed);
        for (int doc = 0; doc < 500; doc++) {
            String markdown = Mixtures.of(random, pieces, most + 1);
            Document parsed = PARSER.parse(markdown);
            assertThat(MARKDOWN.toHtml(markdown)).as(markdown).isEqualTo(RENDERER.render(parsed));
            assertThat(WordCount.of(parsed)).as(markdown).isEqualTo(Markdown.countWords(collectedText(parsed)));
        }
    }

    @Test
    void aSummaryAfterAnUnclosedFenceIsStillFound() {
        String md = "```\ncode\n\nstill code\n```\n\nThe real first paragraph.";
        assertThat(MARKDOWN.firstParagraphText(md, 280)).isEqualTo("The real first paragraph.");
    }
}
