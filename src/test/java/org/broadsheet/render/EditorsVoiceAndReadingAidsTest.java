package org.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.broadsheet.testing.Cli;
import org.broadsheet.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notes and featured articles in pages and lists; word count, reading time and a story's other reports on articles. */
class EditorsVoiceAndReadingAidsTest {

    @TempDir
    Path root;

    @BeforeEach
    void build() {
        String story = "Crews on the Skerry ferry walked out at dawn on Monday over a rota that adds a fourth daily crossing"
                + " without a second crew, and the harbour board offered overtime pay and a review in February while"
                + " islanders waited at the slipway for a boat that did not come.";
        TestSite site = new TestSite(root).file("broadsheet.yaml", "title: Voice\npage_size: 3\n");
        site.file("content/old.md", TestSite.article("Old Featured Piece", "2024-04-01", "featured: true", "tags: [harbour]",
                "note: \"Still *the* best explainer.\""));
        site.file("content/a.md", "---\ntitle: Skerry Ferry Crews Walk Out\ndate: 2024-05-06T08:00:00Z\nsource: The Gazette\n"
                + "tags: [harbour]\n---\n\n" + story + "\n");
        site.file("content/b.md", "---\ntitle: Islanders Stranded by Skerry Ferry Strike\ndate: 2024-05-06T12:00:00Z\n"
                + "source: The Courier\nnote: |\n  Why it matters: the **only** link to the mainland.\n---\n\n" + story
                + " The Courier adds a line.\n");
        site.file("content/c.md", "---\ntitle: Skerry Ferry Talks Resume\ndate: 2024-05-08T09:00:00Z\nsource: Radio\n---\n\n"
                + "Talks resumed.\n");
        site.file("content/d.md", TestSite.article("Newest Plain", "2024-05-10"));
        site.file("content/e.md", TestSite.article("Featured Lead", "2024-05-09", "featured: true", "priority: 3"));
        site.file("content/f.md", TestSite.article("Second Featured", "2024-05-09T12:00:00Z", "featured: true"));
        Cli.Run run = Cli.inSite(root, "build", "-q");
        assertThat(run.exitCode()).as(run.all()).isZero();
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(root.resolve("site/" + path).toFile(), "UTF-8");
    }

    @Test
    void featuredArticlesLeadTheFirstHomePageByPriorityTheRestInDateOrder() throws IOException {
        assertThat(page("index.html").select("article.card .card-title").eachText())
                .containsExactly("Featured Lead", "Second Featured", "Newest Plain");
        assertThat(page("index.html").select("article.card-featured .flag").eachText()).containsExactly("Featured", "Featured");
        // later pages keep date order; an old featured article does not jump to the front
        assertThat(page("page/2/index.html").select("article.card .card-title").eachText())
                .containsExactly("Skerry Ferry Talks Resume", "Islanders Stranded by Skerry Ferry Strike", "Skerry Ferry Crews Walk Out");
    }

    @Test
    void notesAreSetApartOnArticlePagesAndInLists() throws IOException {
        Document article = page("2024/05/b/index.html");
        assertThat(article.select("aside.note-lead h2").text()).isEqualTo("Editor's note");
        assertThat(article.select("aside.note-lead .note-text").html()).contains("<strong>only</strong>");
        assertThat(article.select(".story-body").text()).doesNotContain("Why it matters");

        Document tag = page("tags/harbour/index.html");
        assertThat(tag.select("article.card aside.note").text()).contains("Editor's note").contains("Still the best explainer.");
    }

    @Test
    void articlesShowTheirLengthAndReadingTime() throws IOException {
        // 49 words in the story plus "The Courier adds a line." (5): 54 words, one minute at 230 words a minute
        assertThat(page("2024/05/b/index.html").select(".reading").text())
                .isEqualTo("54 words, 1 min read");
        assertThat(page("2024/05/c/index.html").select(".reading").text())
                .isEqualTo("2 words, 1 min read");
        assertThat(ViewFactory.readingMinutes(230)).isEqualTo(1);
        assertThat(ViewFactory.readingMinutes(231)).isEqualTo(2);
        assertThat(ViewFactory.readingMinutes(0)).isEqualTo(1);
    }

    @Test
    void reportsOfOneStoryPointToEachOtherAndToWhatCameEarlier() throws IOException {
        Document gazette = page("2024/05/a/index.html");
        assertThat(gazette.select("section.coverage li").eachText()).containsExactly(
                "The Courier: Islanders Stranded by Skerry Ferry Strike May 6, 2024", "Radio: Skerry Ferry Talks Resume May 8, 2024");
        assertThat(gazette.select("section.earlier")).isEmpty();

        Document talks = page("2024/05/c/index.html");
        assertThat(talks.select("section.earlier li a").eachText())
                .containsExactly("Islanders Stranded by Skerry Ferry Strike", "Skerry Ferry Crews Walk Out");
        assertThat(talks.select("section.coverage")).as("the earlier reports are listed once").isEmpty();
        assertThat(talks.select("section.related a").eachText()).doesNotContain("Skerry Ferry Crews Walk Out");

        Document edition = page("editions/2024-w19/index.html");
        assertThat(edition.select("article.card .card-title").eachText()).containsExactly(
                "Featured Lead", "Second Featured", "Newest Plain", "Skerry Ferry Talks Resume");
        assertThat(edition.select("article.card:has(.also-covered) .card-title").text()).isEqualTo("Skerry Ferry Talks Resume");
        assertThat(edition.select(".also-covered a").eachText()).containsExactly("The Courier", "The Gazette");
    }
}
