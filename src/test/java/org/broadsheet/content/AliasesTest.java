package org.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.ZoneId;

import org.broadsheet.error.InputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** aliases: the old addresses of an article or page, as the files their redirecting pages are written to. */
class AliasesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/2019/05/story/           | 2019/05/story/index.html",
        "/news/story.html          | news/story.html",
        "/old/page.htm             | old/page.htm",
        "/posts/harbour-wall-2019/ | posts/harbour-wall-2019/index.html",
        "/OLD/Page.HTML            | OLD/Page.HTML",
        "/c++/story,123.html       | c++/story,123.html",
        "/~jane/old(1)/            | ~jane/old(1)/index.html",
        "/हिन्दी/                   | हिन्दी/index.html"})
    void anAliasIsTheFileItsRedirectIsWrittenTo(String written, String path) {
        assertThat(Aliases.sitePath(written)).isEqualTo(path);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "https://example.org/old/  | is a full address",
        "old-name                  | does not start with /; write it from the site root",
        "//example.org/old/        | is a full address",
        "/old/../../etc/           | may not hold '.' or '..'",
        "/old story/               | is not a path this site can publish",
        "/old/?p=12                | is not a path this site can publish",
        "/                         | is not a path this site can publish",
        "/old//story/              | is not a path this site can publish",
        "/%2e%2e/                  | is not a path this site can publish",
        "/x:y/                     | is not a path this site can publish",
        "/a*b/                     | is not a path this site can publish",
        "/aux/                     | is not a path this site can publish",
        "/old/nul.html             | is not a path this site can publish",
        "/.hidden/                 | is not a path this site can publish",
        "/old./                    | is not a path this site can publish",
        "/com¹.html                | is not a path this site can publish"})
    void aBadAliasSaysWhatIsWrong(String written, String message) {
        assertThatThrownBy(() -> Aliases.sitePath(written)).hasMessageContaining(message);
    }

    @Test
    void anArticleReadsItsAliasesAndReportsABadOneAtItsLine() {
        Path file = Path.of("content/a.md");
        Article a = ArticleParser.parse(file, "---\ntitle: A\ndate: 2024-01-02\naliases: [/old/a/, /old/a.html]\n---\n",
                ZoneId.of("UTC"));
        assertThat(a.aliases()).containsExactly("old/a/index.html", "old/a.html");
        assertThat(a.params()).doesNotContainKey("aliases");
        assertThat(ArticleSerializer.toMarkdown(a)).contains("aliases:\n- /old/a/\n- /old/a.html\n");
        Article jekyll = ArticleParser.parse(file, "---\ntitle: A\ndate: 2024-01-02\naliases: [/old/a/]\n"
                + "redirect_from: [/old/a/, /2019/a.html]\n---\n", ZoneId.of("UTC"));
        assertThat(jekyll.aliases()).as("Jekyll's redirect_from, each old address once").containsExactly("old/a/index.html",
                "2019/a.html");
        assertThat(jekyll.params()).doesNotContainKey("redirect_from");

        InputException e = catchThrowableOfType(InputException.class, () -> ArticleParser.parse(file,
                "---\ntitle: A\ndate: 2024-01-02\naliases:\n  - /fine/\n  - https://example.org/x/\n---\n", ZoneId.of("UTC")));
        assertThat(e.problems()).extracting(p -> p.format(Path.of(""))).containsExactly("content/a.md:6: alias "
                + "'https://example.org/x/' is a full address; write the path on this site only, e.g. /2019/05/story/");
    }

    @Test
    void anAliasIsFoundAgainAtItsLineForAProblemToNameIt(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("a.md"),
                "---\ntitle: A\ndate: 2024-01-02\naliases:\n  - /fine/\n  - '/old/x.html'\n---\n/old/x.html in the body\n");

        assertThat(Aliases.positionIn(file, "old/x.html").line()).isEqualTo(6);
        assertThat(Aliases.positionIn(file, "fine/index.html").line()).isEqualTo(5);
        assertThat(Aliases.positionIn(file, "nowhere/index.html")).as("not found: the file alone")
                .isEqualTo(org.broadsheet.error.SourcePosition.of(file));
    }
}
