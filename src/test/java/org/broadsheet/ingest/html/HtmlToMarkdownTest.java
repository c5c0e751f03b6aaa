package org.broadsheet.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.broadsheet.content.Markdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HTML to Markdown: what the reader sees after rendering is what the page said, with as few escapes as that allows. */
class HtmlToMarkdownTest {

    static final HtmlToMarkdown CONVERTER = new HtmlToMarkdown();
    static final Markdown MARKDOWN = new Markdown();

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>- dash start</p><p>+ plus</p><p>* star</p><p># hash</p><p>2) paren</p><p>1. one</p><p>=====</p>",
        "<p>text<br>- after a line break</p><p>&gt; not a quote</p>",
        "<p>a &lt;&lt;loosey-goosey&gt;&gt;today, ~4.33, x &amp; y, x^2, &amp;amp; literally, a * b _ c</p>",
        "<p>[MP3 SP] and [a](b) written out, ~~not struck~~</p>",
        "<ol><li>one</li><li>- two</li></ol><ul><li>1. three</li></ul>",
        "<p><em>em</em> 3. x <code>1. code &lt;b&gt;</code></p><pre><code>1. code\n- more</code></pre>",
    })
    void renderedMarkdownReadsAsTheHtmlDid(String html) {
        Element sanitized = HtmlSanitizer.sanitizeFragment(html, "https://example.org/");
        String md = CONVERTER.convert(sanitized, "https://example.org/");
        String rendered = MARKDOWN.toHtml(md);

        assertThat(text(rendered)).as(md).isEqualTo(text(sanitized.html()));
        assertThat(Jsoup.parse(rendered).select("*").eachAttr("href")).as("no link appeared: %s", md).isEmpty();
        assertThat(rendered).as(md).doesNotContain("<del>").doesNotContain("<h1").doesNotContain("<hr")
                .doesNotContain("<blockquote>");
    }

    private static String text(String html) {
        return Jsoup.parse(html).text().replaceAll("\\s+", " ").strip();
    }
}
