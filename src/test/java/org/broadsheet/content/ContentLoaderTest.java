package org.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

import org.broadsheet.error.Diagnostics;
import org.broadsheet.error.InputException;
import org.broadsheet.testing.CollectedWarnings;
import org.broadsheet.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files under content/ are articles, and how a kept memory spares re-reading them. */
class ContentLoaderTest {

    @TempDir
    Path root;

    @Test
    void articlesAreTheMarkdownFilesOutsideHiddenPlacesAndTheEditionIntroductionsInPathOrder() {
        TestSite site = new TestSite(root)
                .file("content/b/second.md", TestSite.article("Second", "2024-05-02"))
                .file("content/a/first.MARKDOWN", TestSite.article("First", "2024-05-01"))
                .file("content/deep/editions/not-an-intro.md", TestSite.article("Deep", "2024-05-03"))
                .file("content/editions/2024-w18.md", "An introduction, not an article.\n")
                .file("content/.drafts/hidden.md", TestSite.article("Hidden", "2024-05-04"))
                .file("content/b/.swap.md", TestSite.article("Swap", "2024-05-05"))
                .file("content/b/notes.txt", "not Markdown\n");
        Path content = site.path("content");

        List<Path> files = ContentLoader.articleFiles(content);
        List<ContentFile> loaded = ContentLoader.load(content, ZoneOffset.UTC);

        assertThat(files).containsExactly(content.resolve("a/first.MARKDOWN"), content.resolve("b/second.md"),
                content.resolve("deep/editions/not-an-intro.md"));
        assertThat(loaded).extracting(cf -> cf.article().title()).containsExactly("First", "Second", "Deep");
    }

    @Test
    void aKeptMemoryReadsOnlyTheFilesThatChangedAndForgetsDeletedOnes() throws Exception {
        TestSite site = new TestSite(root)
                .file("content/one.md", TestSite.article("One", "2024-05-01"))
                .file("content/two.md", TestSite.article("Two", "2024-05-02"));
        Path content = site.path("content");
        ContentLoader.Memory memory = new ContentLoader.Memory();
        List<ContentFile> first = ContentLoader.load(content, ZoneOffset.UTC, memory, Diagnostics.SILENT);

        site.file("content/two.md", TestSite.article("Two, Revised", "2024-05-02"));
        List<ContentFile> second = ContentLoader.load(content, ZoneOffset.UTC, memory, Diagnostics.SILENT);
        Files.delete(site.path("content/one.md"));
        List<ContentFile> third = ContentLoader.load(content, ZoneOffset.UTC, memory, Diagnostics.SILENT);

        assertThat(second.get(0)).isSameAs(first.get(0));
        assertThat(second.get(1).article().title()).isEqualTo("Two, Revised");
        assertThat(third).extracting(cf -> cf.article().title()).containsExactly("Two, Revised");
        assertThat(ContentLoader.reread(site.path("content/two.md"), ZoneOffset.UTC, memory)).isSameAs(third.get(0));
        assertThatThrownBy(() -> ContentLoader.reread(site.path("content/one.md"), ZoneOffset.UTC, memory))
                .isInstanceOf(InputException.class).hasMessageContaining("one.md");
    }

    @Test
    void linkedFilesAndFoldersAreFollowedAndALoopIsSkippedWithAWarningNamingTheLink() throws Exception {
        TestSite site = new TestSite(root)
                .file("content/own.md", TestSite.article("Own", "2024-05-01"))
                .file("elsewhere/shared.md", TestSite.article("Shared", "2024-05-02"))
                .file("archive/old.md", TestSite.article("Archived", "2024-05-03"));
        Path content = site.path("content");
        Files.createSymbolicLink(content.resolve("linked.md"), site.path("elsewhere/shared.md"));
        Files.createSymbolicLink(content.resolve("archive"), site.path("archive"));

        assertThat(ContentLoader.load(content, ZoneOffset.UTC)).extracting(cf -> cf.article().title())
                .containsExactly("Archived", "Shared", "Own");

        Files.createSymbolicLink(site.path("archive/loop"), content);
        CollectedWarnings warnings = new CollectedWarnings();
        assertThat(ContentLoader.load(content, ZoneOffset.UTC, new ContentLoader.Memory(), warnings))
                .extracting(cf -> cf.article().title()).containsExactly("Archived", "Shared", "Own");
        assertThat(warnings.warnings()).singleElement().satisfies(w -> {
            assertThat(w.where().file()).isEqualTo(content.resolve("archive/loop"));
            assertThat(w.message()).contains("leads back into a folder it is in");
        });
    }

    @Test
    void hugosSectionFilesAreNotArticlesAndAWarningSaysSo() {
        TestSite site = new TestSite(root)
                .file("content/posts/story.md", TestSite.article("Story", "2024-05-01"))
                .file("content/posts/_index.md", "---\ntitle: Posts\n---\n")
                .file("content/_index.md", "---\ntitle: Home\n---\n");
        CollectedWarnings warnings = new CollectedWarnings();

        assertThat(ContentLoader.load(site.path("content"), ZoneOffset.UTC, new ContentLoader.Memory(), warnings))
                .extracting(cf -> cf.article().title()).containsExactly("Story");
        assertThat(warnings.warnings()).extracting(w -> w.format(root)).containsExactly("content/_index.md: Hugo's "
                + "section page (_index.md) is not an article, and Broadsheet makes its own listings, so it is not published,"
                + " nor are 1 more; delete it, or move what it says to a page in content/pages/");
    }

    @Test
    void whatTheSiteMayReadIsArticlesOutsideHiddenPlacesAndAnythingInTheEditionsFolder() {
        Path content = root.resolve("content");

        assertThat(ContentLoader.mayBeRead(content, content.resolve("2024/05/harbour.md"))).isTrue();
        assertThat(ContentLoader.mayBeRead(content, content.resolve("news.MARKDOWN"))).isTrue();
        assertThat(ContentLoader.mayBeRead(content, content.resolve("editions/2024-w18.md"))).isTrue();
        assertThat(ContentLoader.mayBeRead(content, content.resolve("editions/picture.jpg"))).isTrue();
        assertThat(ContentLoader.mayBeRead(content, content.resolve("2024/05/.harbour.md.swp"))).isFalse();
        assertThat(ContentLoader.mayBeRead(content, content.resolve(".drafts/harbour.md"))).isFalse();
        assertThat(ContentLoader.mayBeRead(content, content.resolve("2024/05/harbour.md~"))).isFalse();
        assertThat(ContentLoader.mayBeRead(content, content.resolve("2024/05/harbour.md___jb_tmp___"))).isFalse();
        assertThat(ContentLoader.mayBeRead(content, root.resolve("templates/article.ftlh"))).isFalse();
        assertThat(ContentLoader.mayBeRead(content, content)).isFalse();
    }
}
