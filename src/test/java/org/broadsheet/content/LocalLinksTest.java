package org.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.broadsheet.content.LocalLinks.LocalLink;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LocalLinksTest {

    private static final Markdown MARKDOWN = new Markdown();
    private static final Path CONTENT = Path.of("/site/content");
    private static final Path FILE = CONTENT.resolve("2024/05/wall.md");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "talks.md,                /site/content/2024/05/talks.md,     ''",
        "./talks.md#more,         /site/content/2024/05/talks.md,     #more",
        "../04/talks.md?x=1#more, /site/content/2024/04/talks.md,     ?x=1#more",
        "/pages/about.md,         /site/content/pages/about.md,       ''",
        "{filename}talks.md,      /site/content/2024/05/talks.md,     ''",
        "{filename}/2024/04/a.md, /site/content/2024/04/a.md,         ''",
        "|filename|../04/a.md,    /site/content/2024/04/a.md,         ''",
        "my%20story.MD,           /site/content/2024/05/my story.MD,  ''",
        "c++.markdown,            /site/content/2024/05/c++.markdown, ''",
        "../../../../etc/x.md,    /etc/x.md,                          ''"})
    void aPathToAMarkdownFileIsALinkToItFromThisFileOrTheContentFolder(String destination, String target, String suffix) {
        LocalLink link = LocalLinks.parse(destination).orElseThrow();

        assertThat(link.target(FILE, CONTENT)).isEqualTo(Path.of(target));
        assertThat(link.suffix()).isEqualTo(suffix);
        assertThat(link.destination()).isEqualTo(destination);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/notes.md", "HTTP://example.com/a.md", "//example.com/a.md",
        "mailto:editor@example.md", "#talks.md", "?page=talks.md", "talks.mdx", "talks.md.html", "talks.html",
        "bad%zz.md", "talks", ""})
    void anythingElseLinksElsewhere(String destination) {
        assertThat(LocalLinks.parse(destination)).isEmpty();
    }

    @Test
    void findsLinksAndReferenceDefinitionsOnceEachButNotImagesCodeOrTextThatOnlyLooksLikeALink() {
        String text = """
                See [talks](../04/talks.md#more), [again](../04/talks.md#more) and [ref][r].
                Also <https://example.com/a.md>, ![chart](chart.md), `[code](code.md)` and \\[escaped](escaped.md).

                    [indented](code-block.md)

                [r]: my%20story.md
                """;

        assertThat(LocalLinks.in(MARKDOWN, text)).extracting(LocalLink::destination)
                .containsExactly("../04/talks.md#more", "my%20story.md");
    }

    @Test
    void aTextWithoutMdIsNotParsed() {
        assertThat(LocalLinks.mayHold("A [link](../04/talks.html) and the word mdash.")).isFalse();
        assertThat(LocalLinks.mayHold("See notes.MD")).isTrue();
        assertThat(LocalLinks.mayHold("See notes.Markdown")).isTrue();
        assertThat(LocalLinks.in(MARKDOWN, "No links [here](x.html).")).isEmpty();
    }

    @Test
    void markdownWritesTheAddressGivenForADestinationInLinksOnly() {
        String html = MARKDOWN.toHtml("[a](x.md#y \"Title\") [b][r] ![c](x.md#y) [d](other.md)\n\n[r]: x.md#y\n",
                Map.of("x.md#y", "../../x/index.html#y"));

        assertThat(html).isEqualTo("<p><a href=\"../../x/index.html#y\" title=\"Title\">a</a> "
                + "<a href=\"../../x/index.html#y\">b</a> <img src=\"x.md#y\" alt=\"c\" /> <a href=\"other.md\">d</a></p>\n");
        assertThat(MARKDOWN.render("[a](x.md)", Map.of("x.md", "x/")).html()).isEqualTo("<p><a href=\"x/\">a</a></p>\n");
        assertThat(MARKDOWN.toHtml("[a](x.md)", Map.of())).isEqualTo(MARKDOWN.toHtml("[a](x.md)"));
    }
}
