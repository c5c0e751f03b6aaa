package org.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.broadsheet.error.InputException;
import org.broadsheet.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages that are not articles: their own reader and keys, never read as articles. */
class PagesTest {

    @TempDir
    Path root;

    @Test
    void aPageHasATitleItsFileNameAsAddressAndOptionalMenuPlace() {
        TestSite site = new TestSite(root)
                .file("content/pages/About Us.md", "---\ntitle: About\ndescription: ' Who we are. '\nmenu: 2\n"
                        + "contact: desk@example.org\n---\n\nWe read the **news**.\n")
                .file("content/pages/policy.markdown", "---\ntitle: Corrections\nslug: corrections\nmenu: true\ndraft: true\n---\nText\n")
                .file("content/pages/legal.md", "---\ntitle: Legal\nmenu: false\n---\n")
                .file("content/pages/team.jpg", "not markdown");

        List<Page> pages = Pages.load(site.path("content"));

        assertThat(pages).extracting(Page::slug).containsExactly("about-us", "legal", "corrections");
        Page about = pages.get(0);
        assertThat(about.title()).isEqualTo("About");
        assertThat(about.description()).isEqualTo("Who we are.");
        assertThat(about.menu()).isEqualTo(OptionalInt.of(2));
        assertThat(about.params()).isEqualTo(Map.of("contact", "desk@example.org"));
        assertThat(about.body()).isEqualTo("We read the **news**.");
        assertThat(about.draft()).isFalse();
        assertThat(pages.get(1).menu()).isEmpty();
        assertThat(pages.get(2).menu()).isEqualTo(OptionalInt.of(0));
        assertThat(pages.get(2).draft()).isTrue();
    }

    @Test
    void theyAreNotArticles() {
        TestSite site = new TestSite(root)
                .file("content/2014/12/story.md", TestSite.article("Story", "2014-12-20"))
                .file("content/pages/about.md", "---\ntitle: About\n---\nNo date: an article would fail.\n");

        assertThat(ContentLoader.load(site.path("content"), ZoneId.of("UTC"))).extracting(cf -> cf.article().title())
                .containsExactly("Story");
        assertThat(ContentLoader.mayBeRead(site.path("content"), site.path("content/pages/about.md"))).isTrue();
    }

    @Test
    void everyBadPageIsReportedWithItsLine() {
        TestSite site = new TestSite(root)
                .file("content/pages/a-plain.md", "Just text, no front matter.\n")
                .file("content/pages/b-untitled.md", "---\ndescription: No title\n---\nBody\n")
                .file("content/pages/c-menu.md", "---\ntitle: Menu\nmenu: first\n---\n")
                .file("content/pages/d-slug.md", "---\ntitle: Slug\nslug: feed.xml\n---\n")
                .file("content/pages/e-big-menu.md", "---\ntitle: Far\nmenu: 5000\n---\n")
                .file("content/pages/team/alice.md", "---\ntitle: Alice\n---\n");

        InputException e = catchThrowableOfType(InputException.class, () -> Pages.load(site.path("content")));

        assertThat(e.problems()).extracting(p -> p.format(root)).satisfiesExactly(
                p -> assertThat(p).startsWith("content/pages/a-plain.md:1: a page starts with front matter giving its title"),
                p -> assertThat(p).startsWith("content/pages/b-untitled.md:1: missing 'title:'"),
                p -> assertThat(p).startsWith("content/pages/c-menu.md:3: 'menu' must be a whole number"),
                p -> assertThat(p).startsWith("content/pages/d-slug.md:3: slug 'feed.xml' cannot be a URL name"),
                p -> assertThat(p).startsWith("content/pages/e-big-menu.md:3: 'menu' must be between -1000 and 1000"),
                p -> assertThat(p).startsWith("content/pages/team/alice.md: a page sits directly in content/pages/"));
    }

    @Test
    void anArticleInThePagesFolderIsAnErrorNotAPage() {
        TestSite site = new TestSite(root).file("content/pages/old-article.md",
                "---\ntitle: Harbour Wall\nsource: The Gazette\ndate: 2024-03-01\ntags: [harbour]\n---\nBody\n");

        InputException e = catchThrowableOfType(InputException.class, () -> Pages.load(site.path("content")));

        assertThat(e.problems()).extracting(p -> p.format(root)).containsExactly("content/pages/old-article.md:4: 'date:' "
                + "is an article's, and content/pages/ holds pages that are not articles; if this is an article, move it to "
                + "a folder such as content/2024/05/, else remove 'date:'");
    }

    @Test
    void twoPagesAtOneAddressAreRefused() {
        TestSite site = new TestSite(root)
                .file("content/pages/about.md", "---\ntitle: About\n---\n")
                .file("content/pages/who.md", "---\ntitle: Who\nslug: About\n---\n");

        InputException e = catchThrowableOfType(InputException.class, () -> Pages.load(site.path("content")));

        assertThat(e.problems()).extracting(p -> p.format(root)).containsExactly("content/pages/who.md: the page about.md has "
                + "the URL name 'About' too, so both would be published at About/; set another 'slug:' in one of them");
    }

    @Test
    void noFolderNoPages() {
        assertThat(Pages.load(root.resolve("content"))).isEmpty();
    }
}
