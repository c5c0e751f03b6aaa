package org.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;

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

    /** Random mixtures of the pieces links are made of, each rendered exactly as Flexmark with its autolink pass. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void mixturesOfLinkPiecesRenderExactlyAsWithTheAutolinkPass(long seed) {
        String[] pieces = {"word", " ", "\n", "\n\n", "[", "]", "(", ")", "<", ">", "`", "*", "\\", "&", "#", ";", "@",
            ".", ":", "//", "www", "WWW", "http", "https://", "example.org", "&#64;", "&colon;", "&commat;", "- ", "| "};
        java.util.Random random = new java.util.Random(seed);
        for (int doc = 0; doc < 500; doc++) {
            StringBuilder md = new StringBuilder();
            for (int i = random.nextInt(40); i >= 0; i--) {
                md.append(pieces[random.nextInt(pieces.length)]);
            }
            String markdown = md.toString();
            assertThat(MARKDOWN.toHtml(markdown)).as(markdown).isEqualTo(RENDERER.render(PARSER.parse(markdown)));
        }
    }

    @Test
    void aSummaryAfterAnUnclosedFenceIsStillFound() {
        String md = "```\ncode\n\nstill code\n```\n\nThe real first paragraph.";
        assertThat(MARKDOWN.firstParagraphText(md, 280)).isEqualTo("The real first paragraph.");
    }
}
