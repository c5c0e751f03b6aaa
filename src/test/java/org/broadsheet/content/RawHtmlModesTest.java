package org.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.broadsheet.config.MarkdownSettings.RawHtml;
import org.junit.jupiter.api.Test;

/** The three ways raw HTML in Markdown can be treated ({@code markdown: raw_html:} in the config). */
class RawHtmlModesTest {

    static final String HOSTILE = """
            Before <b>bold</b> and <span onclick="steal()">click</span>.

            <script>alert(1)</script>

            <iframe src="https://evil.example/"></iframe>

            [js](javascript:alert(1)) and [rel](../2024/01/x/index.html) and ![img](data:image/png;base64,AAAA)

            <a href="https://ok.example/" onmouseover="x()">ok</a>
            """;

    @Test
    void keepLeavesTheEditorsHtmlAsWritten() {
        String html = new Markdown(RawHtml.KEEP).toHtml(HOSTILE);
        assertThat(html).contains("<script>alert(1)</script>").contains("onclick=\"steal()\"");
    }

    @Test
    void sanitizeRemovesEverythingThatCouldRunButKeepsStructureAndSafeLinks() {
        String html = new Markdown(RawHtml.SANITIZE).toHtml(HOSTILE);
        assertThat(html).doesNotContain("<script").doesNotContain("alert(1)</script").doesNotContain("<iframe")
                .doesNotContain("onclick").doesNotContain("onmouseover").doesNotContain("javascript:")
                .doesNotContain("data:image");
        assertThat(html).contains("<b>bold</b>").contains("href=\"../2024/01/x/index.html\"")
                .contains("href=\"https://ok.example/\"");
    }

    @Test
    void escapeShowsRawHtmlAsText() {
        String html = new Markdown(RawHtml.ESCAPE).toHtml(HOSTILE);
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;").contains("&lt;b&gt;bold&lt;/b&gt;");
    }
}
