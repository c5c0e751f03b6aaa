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
    void pelicansTagPlaceholderLinksATagAndItsOtherPlaceholdersAreFoundToBeWarnedOf() {
        assertThat(LocalLinks.parse("{tag}Harbour Wall#top")).hasValueSatisfying(link -> {
            assertThat(link.kind()).isEqualTo(LocalLinks.Kind.TAG);
            assertThat(link.path()).isEqualTo("Harbour Wall");
            assertThat(link.suffix()).isEqualTo("#top");
        });
        assertThat(LocalLinks.parse("{attach}chart.png")).map(LocalLink::kind).contains(LocalLinks.Kind.UNREAD);
        assertThat(LocalLinks.parse("|author|bob")).map(LocalLink::path).contains("|author|");
        assertThat(LocalLinks.parse("{filename}/images/chart.png")).map(LocalLink::kind).contains(LocalLinks.Kind.UNREAD);
        // read by the renderer as addresses from the site root, or not placeholders at all
        assertThat(LocalLinks.parse("{static}/images/chart.png")).isEmpty();
        assertThat(LocalLinks.parse("{static}images/chart.png")).map(LocalLink::kind).contains(LocalLinks.Kind.UNREAD);
        assertThat(LocalLinks.parse("{tag}City%20Council")).map(LocalLink::path).contains("City Council");
        assertThat(LocalLinks.parse("{index}")).isEmpty();
        assertThat(LocalLinks.parse("{Not a placeholder}")).isEmpty();
    }

    @Test
    void eachLinkKeepsWhereTheTextFirstWritesIt() {
        String text = "Intro.\n\n[a](../04/a.md) and ![b]({attach}b.png)\n\n[c](../04/a.md) ![d](d.md)\n";

        assertThat(LocalLinks.in(MARKDOWN, text)).extracting(LocalLink::destination, LocalLink::offset)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("../04/a.md", text.indexOf("[a]")),
                        org.assertj.core.groups.Tuple.tuple("{attach}b.png", text.indexOf("![b]")));
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
        assertThat(LocalLinks.mayHold("A [link](../04/talks.html), the words x.mdash and .mdx, and {filename} in prose.")).isFalse();
        assertThat(LocalLinks.mayHold("See notes.MD")).isTrue();
        assertThat(LocalLinks.mayHold("[notes](notes.Markdown)")).isTrue();
        assertThat(LocalLinks.mayHold("[notes]({tag}council)")).isTrue();
        assertThat(LocalLinks.mayHold("[notes]: |filename|x.md")).isTrue();
        // a link from the site root is written by the renderer alone: nothing to parse for
        assertThat(LocalLinks.mayHold("![chart](/images/chart.png)")).isFalse();
        assertThat(LocalLinks.mayLinkFromRoot("![chart](/images/chart.png)")).isTrue();
    }

    @Test
    void textInBracketsWithoutADefinitionStaysText() {
        String html = MARKDOWN.toHtml("Posted on [/r/London] and [chart.png], as [a][missing].\n", destination -> "x/" + destination);

        assertThat(html).isEqualTo("<p>Posted on [/r/London] and [chart.png], as [a][missing].</p>\n");
    }

    @Test
    void markdownWritesTheAddressGivenForADestinationInLinksAndImagesButNotAutolinks() {
        Map<String, String> addresses = Map.of("x.md#y", "../../x/index.html#y", "/chart.png", "../chart.png",
                "https://example.com/x.md#y", "wrong");
        String html = MARKDOWN.toHtml("[a](x.md#y \"Title\") [b][r] ![c](/chart.png) [d](other.md) "
                + "<https://example.com/x.md#y> https://example.com/x.md#y\n\n[r]: x.md#y\n", addresses::get);

        assertThat(html).isEqualTo("<p><a href=\"../../x/index.html#y\" title=\"Title\">a</a> "
                + "<a href=\"../../x/index.html#y\">b</a> <img src=\"../chart.png\" alt=\"c\" /> <a href=\"other.md\">d</a> "
                + "<a href=\"https://example.com/x.md#y\">https://example.com/x.md#y</a> "
                + "<a href=\"https://example.com/x.md#y\">https://example.com/x.md#y</a></p>\n");
        assertThat(MARKDOWN.render("[a](x.md)", Map.of("x.md", "x/")::get).html()).isEqualTo("<p><a href=\"x/\">a</a></p>\n");
        assertThat(MARKDOWN.toHtml("[a](x.md)", d -> null)).isEqualTo(MARKDOWN.toHtml("[a](x.md)"));
    }
}
