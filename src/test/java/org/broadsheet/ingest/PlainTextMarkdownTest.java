package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.broadsheet.content.Markdown;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextMarkdownTest {

    private static final Markdown MARKDOWN = new Markdown();

    /** What a reader sees when the Markdown is rendered. */
    private static String renderedText(String markdown) {
        return Jsoup.parse(MARKDOWN.toHtml(markdown)).text();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "*stars*",
            "**bold** and *italic*",
            "2 * 3 * 4 = 24",
            "_under_",
            "__double under__",
            "snake_case_word",
            "a_b_ and _c",
            "trailing_",
            "[link](x)",
            "![image](pic.png)",
            "[ref]: http://example.org",
            "see [1] and [2]",
            "<b>tag</b>",
            "a <em>mix</em> of <br> tags",
            "<!-- comment -->",
            "<https://example.org>",
            "<editor@example.org>",
            "&amp;",
            "&copy; 2014 &#169; &#xA9;",
            "Tom &amp; Jerry &lt;3",
            "# heading",
            "## heading ##",
            "###### six",
            "#",
            "1. list",
            "2014. A year to remember",
            "1) list",
            "10) list",
            "- dash",
            "+ plus",
            "* star",
            "-",
            "---",
            "***",
            "___",
            "- - -",
            "===",
            "> quote",
            ">quote",
            "`code`",
            "``double``",
            "```",
            "```java",
            "~~strike~~",
            "~~~",
            "~~~ fenced",
            "a~~b~~c",
            "\\backslash",
            "C:\\Users\\sony\\",
            "escaped \\* star",
            "ends with a backslash\\",
            "| a | b |",
            "Hyperlink https://example.org/a_b and www.example.com",
            "*_`[<&mixed>]`_*",
            "1\\. not a list"})
    void renderedOutputShowsTheOriginalText(String text) {
        String markdown = PlainTextMarkdown.paragraph(text);

        assertThat(renderedText(markdown)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "It's 5 o'clock - fine.",
            "Sony Pictures, the studio behind \"The Interview\", said on Friday.",
            "Prices rose 5% (from $10 to $10.50).",
            "snake_case_word",
            "AT&T and Q&A",
            "a < b > c",
            "C# and F# are languages #1",
            "2 + 2 = 4",
            "Q: what? A: this!",
            "1984 was a year.",
            "e-mail editor@example.org",
            "An en – dash and an em — dash",
            "~ approximately",
            "Ünïcödé 東京 مرحبا 🎉"})
    void plainTextWithoutMarkupIsLeftAlone(String text) {
        assertThat(PlainTextMarkdown.paragraph(text)).isEqualTo(text);
        assertThat(renderedText(text)).isEqualTo(text);
    }

    @Test
    void onlyTheMarkupIsEscaped() {
        assertThat(PlainTextMarkdown.paragraph("Sony's *big* day")).isEqualTo("Sony's \\*big\\* day");
        assertThat(PlainTextMarkdown.paragraph("# 1")).isEqualTo("\\# 1");
        assertThat(PlainTextMarkdown.paragraph("1. one")).isEqualTo("1\\. one");
    }

    @Test
    void singleTildesStayText() {
        String text = "~approx~ 5";

        assertThat(renderedText(PlainTextMarkdown.paragraph(text))).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "See https://example.org/a_b_c_ for more",
            "See https://en.wikipedia.org/wiki/Sony_Pictures_(2014) today",
            "Search https://example.org/search?q=*sony* now",
            "Visit www.example.org/~~old~~/page"})
    void bareUrlsWithMarkupCharactersRenderUnchanged(String text) {
        assertThat(renderedText(PlainTextMarkdown.paragraph(text))).isEqualTo(text);
    }

    @Test
    void processingInstructionLookalikeStaysText() {
        String text = "Write <?php echo 1; ?> at the top";

        assertThat(renderedText(PlainTextMarkdown.paragraph(text))).isEqualTo(text);
    }

    @Test
    void renderedOutputIsOneParagraph() {
        String html = MARKDOWN.toHtml(PlainTextMarkdown.paragraph("# not a heading *and* > not a quote"));

        assertThat(Jsoup.parse(html).body().children()).singleElement().satisfies(e -> assertThat(e.tagName()).isEqualTo("p"));
    }

    @Test
    void linesKeepParagraphsAndLineBreaksAndEachLineIsEscapedAsAStart() {
        String text = "Chapters:\r\n0:00 Intro\n- deferred *item*\n# 2 of 3\n   \n\n1. not a list\nSong | Artist\n--- | ---\n";

        String markdown = PlainTextMarkdown.lines(text);

        assertThat(markdown).isEqualTo("Chapters:\\\n0:00 Intro\\\n\\- deferred \\*item\\*\\\n\\# 2 of 3\n\n"
                + "1\\. not a list\\\nSong | Artist\\\n\\--- | ---");
        var body = Jsoup.parse(MARKDOWN.toHtml(markdown)).body();
        assertThat(body.children()).hasSize(2).allSatisfy(p -> assertThat(p.tagName()).isEqualTo("p"));
        assertThat(body.select("br")).hasSize(5);
        assertThat(body.children().get(0).wholeText().replace("\n", "")).isEqualTo("Chapters:0:00 Intro- deferred *item*# 2 of 3");
        assertThat(body.children().get(1).wholeText().replace("\n", "")).isEqualTo("1. not a listSong | Artist--- | ---");
    }

    @Test
    void aTableDividerUnderALineWithPipesStaysText() {
        String html = MARKDOWN.toHtml(PlainTextMarkdown.lines("Song | Artist\n:--- | ---:\n|---|---|"));

        assertThat(html).doesNotContain("<table");
        assertThat(Jsoup.parse(html).text()).isEqualTo("Song | Artist :--- | ---: |---|---|");
    }
}
