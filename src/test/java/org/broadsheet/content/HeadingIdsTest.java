package org.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.broadsheet.config.MarkdownSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadingIdsTest {

    private static final Markdown MARKDOWN = new Markdown(MarkdownSettings.RawHtml.KEEP, Set.of("main", "related-heading"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "## Hello, World!              | hello-world",
        "## Über die *Brücke*          | über-die-brücke",
        "## snake_case and C++         | snake_case-and-c",
        "## What's   next?             | whats---next",
        "## 2024: the `year` in [review](https://example.com) | 2024-the-year-in-review",
        "Setext heading\\n===          | setext-heading"})
    void aHeadingsIdIsGitHubs(String markdown, String id) {
        assertThat(MARKDOWN.toHtml(markdown.replace("\\n", "\n"))).contains(" id=\"" + id + "\">");
    }

    @Test
    void aRepeatedIdIsNumberedAndAnIdOfThePageIsNeverTaken() {
        String html = MARKDOWN.toHtml("# Vote\n\n## Vote\n\n## Vote 1\n\n## Main\n\n## Related heading\n\n### Vote\n");

        assertThat(html).isEqualTo("""
                <h1 id="vote">Vote</h1>
                <h2 id="vote-1">Vote</h2>
                <h2 id="vote-1-1">Vote 1</h2>
                <h2 id="main-1">Main</h2>
                <h2 id="related-heading-1">Related heading</h2>
                <h3 id="vote-2">Vote</h3>
                """);
    }

    @Test
    void headingsInQuotesAndListsGetIdsAndOneWithoutLettersOrDigitsNone() {
        String html = MARKDOWN.toHtml("> ## Quoted\n\n- ## Listed\n\n## —\n\n## ***\n");

        assertThat(html).contains("<h2 id=\"quoted\">Quoted</h2>", "<h2 id=\"listed\">Listed</h2>",
                "<h2>—</h2>", "<h2>***</h2>");
    }

    @Test
    void aPageWithoutHeadingsIsUnchanged() {
        assertThat(MARKDOWN.toHtml("Text with a [link](#top).\n\n    # code\n"))
                .isEqualTo("<p>Text with a <a href=\"#top\">link</a>.</p>\n<pre><code># code\n</code></pre>\n");
    }

    @Test
    void sanitizedHtmlKeepsTheHeadingsIdsButNotOnesRawHtmlGivesThatThePageUses() {
        Markdown sanitizing = new Markdown(MarkdownSettings.RawHtml.SANITIZE, Set.of("main"));

        assertThat(sanitizing.toHtml("## The Vote\n\n<h2 id=\"main\">Raw</h2>\n\n<p id=\"x\">text</p>\n\n## ニュース\n"))
                .isEqualTo("<h2 id=\"the-vote\">The Vote</h2>\n<h2>Raw</h2>\n<p>text</p>\n<h2 id=\"ニュース\">ニュース</h2>\n");
    }

    @Test
    void aTextShownAmongOthersGetsNoIds() {
        assertThat(MARKDOWN.fragmentToHtml("## Background\n\nText.")).isEqualTo("<h2>Background</h2>\n<p>Text.</p>\n");
    }
}
