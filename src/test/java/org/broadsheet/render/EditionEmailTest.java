package org.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.broadsheet.testing.Cli;
import org.broadsheet.testing.HtmlValidator;
import org.broadsheet.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each edition as an e-mail body: {@code email.html} with inline styles only, a table layout, absolute URLs, no
 * script or style sheet, alt text on every image, under 100 KB; {@code email.txt} as readable plain text.
 */
class EditionEmailTest {

    static final String BASE = "https://example.org/digest/";

    @TempDir
    Path root;

    /** A week of articles whose note and introduction bring relative links, an image without alt text and a script. */
    private TestSite week() {
        TestSite site = new TestSite(root).file("broadsheet.yaml", "title: Mail \"Test\" & Co\nbase_url: " + BASE + "\n")
                .file("content/editions/2024-w19.md", "---\ntitle: A week of <tests>\n---\n\nSee the [timeline](../../timeline/index.html)"
                        + " and ![Harbour at dawn](../../assets/dawn.jpg).\n\n<script>alert('intro')</script>\n");
        site.file("content/a.md", TestSite.article("Ferry & <Friends>", "2024-05-06", "source: The Gazette",
                "tags: [Transport]", "featured: true", "summary: Crews walk out.",
                "note: \"Why: read [the rota](rota.html), see ![](images/harbour-wall_2024.jpg) <span onclick=\\\"steal()\\\">now</span>"
                        + "<script>alert(1)</script>\""));
        site.file("content/b.md", TestSite.article("Bus Route Cut", "2024-05-08", "source: The Courier", "tags: [Transport]"));
        site.file("content/c.md", TestSite.article("Library Opens", "2024-05-09", "source: Radio", "tags: [Library]",
                "url: https://example.org/original/library"));
        site.file("content/d.md", TestSite.article("Last Week", "2024-05-01", "source: Radio"));
        return site;
    }

    private Document email(String id) throws IOException {
        return Jsoup.parse(root.resolve("site/editions/" + id + "/email.html").toFile(), "UTF-8");
    }

    @Test
    void theHtmlEmailIsSelfContainedWithInlineStylesTablesAbsoluteLinksAndAltText() throws IOException {
        week();
        Cli.Run run = Cli.inSite(root, "build", "-q");
        assertThat(run.exitCode()).as(run.all()).isZero();
        Path file = root.resolve("site/editions/2024-w19/email.html");
        Document mail = email("2024-w19");

        assertThat(Files.size(file)).isLessThan(100 * 1024);
        assertThat(mail.select("script, style, link, iframe, object, embed, form, base")).isEmpty();
        for (Element e : mail.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).as("event handler on <%s>", e.tagName()).doesNotStartWith("on");
                assertThat(a.getValue().toLowerCase()).as("%s of <%s>", a.getKey(), e.tagName()).doesNotStartWith("javascript:");
            }
        }
        // layout by tables, styled inline
        assertThat(mail.body().children().first().is("table[role=presentation]")).isTrue();
        assertThat(mail.select("table, td")).isNotEmpty().allSatisfy(e -> assertThat(e.attr("style")).isNotBlank());
        assertThat(mail.select("main, nav, header, footer, aside")).isEmpty();
        // every link and image absolute; the site's own pages under the base URL
        assertThat(mail.select("a[href]").eachAttr("href")).isNotEmpty().allSatisfy(href -> assertThat(href).matches("https?://.+"));
        // a relative link in a note or introduction was written for the page it appears on: the edition's page here
        assertThat(mail.select("a[href]").eachAttr("href")).contains(BASE + "timeline/", BASE + "editions/2024-w19/rota.html",
                BASE + "editions/2024-w19/", BASE + "2024/05/a/", BASE + "editions/2024-w18/");
        assertThat(mail.select("img").eachAttr("src")).containsExactlyInAnyOrder(BASE + "assets/dawn.jpg",
                BASE + "editions/2024-w19/images/harbour-wall_2024.jpg");
        assertThat(mail.select("img")).allSatisfy(img -> assertThat(img.attr("alt")).isNotBlank());
        assertThat(mail.select("img[src$=harbour-wall_2024.jpg]").attr("alt")).isEqualTo("harbour wall 2024");
        // the whole edition is there, featured first
        assertThat(mail.select("h1").text()).isEqualTo("A week of <tests>");
        assertThat(mail.text()).containsSubsequence("Featured", "Ferry & <Friends>", "Editor's note", "Why: read the rota",
                "Library", "Library Opens", "Transport", "Bus Route Cut");
        assertThat(mail.text()).doesNotContain("Last Week");
        assertThat(new HtmlValidator().errors(file)).isEmpty();
    }

    @Test
    void thePlainTextEmailIsReadableWrappedTextWithEveryStoryAndItsAddress() throws IOException {
        week();
        assertThat(Cli.inSite(root, "build", "-q").exitCode()).isZero();
        String text = Files.readString(root.resolve("site/editions/2024-w19/email.txt"), StandardCharsets.UTF_8);

        assertThat(text).startsWith("MAIL \"TEST\" & CO\nWeek 19, 2024 · ");
        assertThat(text).containsSubsequence("A week of <tests>", "Read it on the web: " + BASE + "editions/2024-w19/",
                "See the timeline <" + BASE + "timeline/index.html> and", "[Harbour at dawn].", "FEATURED", "* Ferry & <Friends>",
                "The Gazette · ", BASE + "2024/05/a/", "Editor's note: Why: read the rota", "<" + BASE
                        + "editions/2024-w19/rota.html>, see [harbour", "wall 2024] now", "LIBRARY", "* Library Opens",
                "TRANSPORT", "* Bus Route Cut", "Previous edition: Week 18, 2024", BASE + "editions/2024-w18/");
        assertThat(text).doesNotContain("alert").doesNotContain("<script").doesNotContain("<p>").doesNotContain("<span");
        for (String line : text.split("\n")) {
            if (!line.strip().matches("\\S*https?://\\S+")) { // an address alone on its line may be longer
                assertThat(line.codePointCount(0, line.length())).as(line).isLessThanOrEqualTo(72);
            }
        }
        assertThat(text).endsWith("original.\n").doesNotContain("\n\n\n");
    }

    @Test
    void aHugeEditionStaysUnder100KbAndLinksTheStoriesItLeavesOut() throws IOException {
        TestSite site = new TestSite(root).file("broadsheet.yaml", "title: Big\nbase_url: " + BASE + "\n");
        String long280 = "A summary that runs on and on about the harbour, the ferry, the council and the weather. ".repeat(3).strip();
        for (int i = 0; i < 400; i++) {
            site.file("content/s" + i + ".md", TestSite.article("Story number " + i + " of a very busy week at the harbour",
                    "2024-05-0" + (6 + i % 4), "source: Paper " + (i % 7), "tags: [Topic " + (i % 9) + "]",
                    "summary: " + long280, "note: \"An editor's note on story " + i + ", which is *long* enough to matter.\""));
        }
        assertThat(Cli.inSite(root, "build", "-q").exitCode()).isZero();
        Path file = root.resolve("site/editions/2024-w19/email.html");
        Document mail = Jsoup.parse(file.toFile(), "UTF-8");

        assertThat(Files.size(file)).isLessThanOrEqualTo(100 * 1024).isGreaterThan(80 * 1024);
        int shown = mail.select("a[href^=" + BASE + "2024/05/]").size();
        assertThat(shown).isBetween(50, 399);
        assertThat(mail.text()).contains((400 - shown) + " more stories in this edition on the web");
        String text = Files.readString(root.resolve("site/editions/2024-w19/email.txt"), StandardCharsets.UTF_8);
        assertThat(text.split("\n\\* ", -1)).hasSize(401);
    }

    @Test
    void withoutABaseUrlThereIsNoEmailAndThePageDoesNotOfferOne() throws IOException {
        new TestSite(root).file("broadsheet.yaml", "title: Local\n")
                .file("content/a.md", TestSite.article("A", "2024-05-06", "source: The Gazette"));
        assertThat(Cli.inSite(root, "build", "-q").exitCode()).isZero();

        assertThat(root.resolve("site/editions/2024-w19/index.html")).exists();
        assertThat(root.resolve("site/editions/2024-w19/email.html")).doesNotExist();
        assertThat(root.resolve("site/editions/2024-w19/email.txt")).doesNotExist();
        assertThat(Jsoup.parse(root.resolve("site/editions/2024-w19/index.html").toFile(), "UTF-8").select(".newsletter")).isEmpty();
    }

    @Test
    void editionNoneWritesNoEditions() {
        new TestSite(root).file("broadsheet.yaml", "title: Plain\nbase_url: " + BASE + "\nedition: none\n")
                .file("content/a.md", TestSite.article("A", "2024-05-06"));
        assertThat(Cli.inSite(root, "build", "-q").exitCode()).isZero();

        assertThat(root.resolve("site/editions")).doesNotExist();
        assertThat(root.resolve("site/index.html")).content().doesNotContain("editions/");
    }
}
