package org.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import org.broadsheet.error.InputException;
import org.broadsheet.testing.CollectedWarnings;
import org.broadsheet.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edition introductions: their own reader, never read as articles. */
class EditionIntrosTest {

    @TempDir
    Path root;
    private final CollectedWarnings diagnostics = new CollectedWarnings();

    @Test
    void plainMarkdownOrATitleInFrontMatter() {
        TestSite site = new TestSite(root)
                .file("content/editions/2014-w51.md", "The week the **ferry** stopped.\n")
                .file("content/editions/2014-w52.md", "---\ntitle: \"Christmas: a quiet week\"\n---\n\nNot much news.\n")
                .file("content/editions/harbour.jpg", "not markdown");

        List<EditionIntro> intros = EditionIntros.load(site.path("content"), diagnostics);

        assertThat(intros).extracting(EditionIntro::id).containsExactly("2014-w51", "2014-w52");
        assertThat(intros.get(0).title()).isEmpty();
        assertThat(intros.get(0).body()).isEqualTo("The week the **ferry** stopped.");
        assertThat(intros.get(1).title()).isEqualTo("Christmas: a quiet week");
        assertThat(intros.get(1).body()).isEqualTo("Not much news.");
        assertThat(diagnostics.warnings()).isEmpty();
    }

    @Test
    void theyAreNotArticles() {
        TestSite site = new TestSite(root)
                .file("content/2014/12/story.md", TestSite.article("Story", "2014-12-20"))
                .file("content/editions/2014-w51.md", "No front matter at all: an article would fail.\n");

        assertThat(ContentLoader.load(site.path("content"), ZoneId.of("UTC"))).extracting(cf -> cf.article().title())
                .containsExactly("Story");
    }

    @Test
    void everyBadFileIsReportedWithItsLineAndUnknownKeysWarn() {
        TestSite site = new TestSite(root)
                .file("content/editions/2014-w50.md", "---\ntitle: Fine\ndate: 2014-12-08\n---\nBody\n")
                .file("content/editions/2014-w51.md", "---\ntitle: [not, text]\n---\nBody\n")
                .file("content/editions/2014-w52.md", "---\ntitle: never closed\n\nBody\n")
                .file("content/editions/old/2014-w01.md", "Somewhere else.\n");

        InputException e = catchThrowableOfType(InputException.class, () -> EditionIntros.load(site.path("content"), diagnostics));

        List<String> problems = e.problems().stream().map(p -> p.format(root)).toList();
        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).startsWith("content/editions/2014-w51.md:2: 'title' must be a single value");
        assertThat(problems.get(1)).startsWith("content/editions/2014-w52.md:1: the front matter opened on line 1 is never closed");
        assertThat(problems.get(2)).startsWith("content/editions/old/2014-w01.md: an edition introduction sits directly in content/editions/");
        assertThat(diagnostics.warnings()).extracting(p -> p.format(root)).containsExactly(
                "content/editions/2014-w50.md:3: unknown key 'date' in an edition introduction (it takes only 'title:';"
                        + " the edition's articles are chosen by their dates); it is ignored");
    }

    @Test
    void noFolderNoIntroductions() {
        assertThat(EditionIntros.load(root.resolve("content"), diagnostics)).isEmpty();
    }
}
