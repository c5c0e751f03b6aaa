package org.broadsheet.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.broadsheet.testing.Cli;
import org.broadsheet.testing.LinkChecker;
import org.broadsheet.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the sample digest that ships in the repository (broadsheet.yaml, sources/, content/, templates/) the way
 * a newcomer does, in a fresh copy, and checks the site a reader gets.
 */
class SampleDigestTest {

    @TempDir
    static Path root;
    static Cli.Run build;

    @BeforeAll
    static void buildSample() {
        TestSite.copySampleDigest(root);
        build = Cli.inSite(root, "build");
    }

    @Test
    void buildSucceedsAndImportsEverySampleSource() {
        assertThat(build.exitCode()).as(build.all()).isZero();
        assertThat(build.err()).isEmpty();
        assertThat(build.out()).contains("import: 5 imported").contains("build: 14 articles");
    }

    @Test
    void theRealSampleSourceIsImportedWithItsTitlePublicationDateAndCleanBody() throws IOException {
        Path file = root.resolve("content/2014/12/north-korea-angrily-denying-sony-attack-proposes-joint-investigation-with-us.md");
        String md = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(md).startsWith("---\ntitle: North Korea, Angrily Denying Sony Attack, Proposes Joint Investigation With US\n"
                + "date: 2014-12-20\nsource: New York Times\n");
        String body = md.substring(md.indexOf("\n---\n", 4) + 5).strip();
        assertThat(body).startsWith("Tokyo —").endsWith("giving into intimidation.");
        assertThat(md).doesNotContain("Full-Text RSS").doesNotContain("Want something else").doesNotContain("Bookmark");
    }

    @Test
    void siteHasHomeArticleTagAndTimelinePages() {
        Path site = root.resolve("site");
        assertThat(site.resolve("index.html")).isRegularFile();
        assertThat(site.resolve("tags/index.html")).isRegularFile();
        assertThat(site.resolve("timeline/index.html")).isRegularFile();
        for (String tag : List.of("council", "harbour", "schools", "transport", "community", "festival", "budget")) {
            assertThat(site.resolve("tags/" + tag + "/index.html")).isRegularFile();
        }
        for (String year : List.of("2014", "2025", "2026")) {
            assertThat(site.resolve(year + "/index.html")).isRegularFile();
        }
        for (String month : List.of("2014/12", "2025/09", "2025/10", "2025/11", "2025/12", "2026/01")) {
            assertThat(site.resolve(month + "/index.html")).isRegularFile();
        }
    }

    @Test
    void everyNonDraftArticleHasAPageAndTheDraftHasNone() throws IOException {
        Path site = root.resolve("site");
        List<Path> articlePages;
        try (Stream<Path> walk = Files.walk(site)) {
            articlePages = walk.filter(p -> site.relativize(p).toString().matches("\\d{4}/\\d{2}/[^/]+/index\\.html")).toList();
        }
        assertThat(articlePages).hasSize(14);
        assertThat(site.resolve("2026/02")).doesNotExist();
        Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertThat(home.select("article.card")).hasSize(6); // page_size of the sample
        assertThat(site.resolve("page/3/index.html")).isRegularFile();
    }

    @Test
    void weeklyEditionsWithTheEditorsIntroductionsAndAFeedOfThem() throws IOException {
        Path site = root.resolve("site");
        Document index = Jsoup.parse(site.resolve("editions/index.html").toFile(), "UTF-8");
        assertThat(index.select("ol.editions > li")).hasSizeGreaterThanOrEqualTo(2);
        for (String id : List.of("2025-w38", "2025-w45")) {
            Document edition = Jsoup.parse(site.resolve("editions/" + id + "/index.html").toFile(), "UTF-8");
            assertThat(edition.select(".intro p").text()).as(id).isNotBlank();
            assertThat(index.select("a[href$=/" + id + "/index.html]")).as(id).hasSize(1);
        }
        assertThat(org.broadsheet.testing.Feeds.atom(site.resolve("editions/feed.xml")).getEntries())
                .hasSize(index.select("ol.editions > li").size());
    }

    @Test
    void theFeaturedArticleWithANoteLeadsItsEditionAndShowsTheNoteApart() throws IOException {
        Path site = root.resolve("site");
        Document article = Jsoup.parse(site.resolve("2025/09/council-approves-harbour-wall/index.html")
                .toFile(), "UTF-8");
        assertThat(article.select("aside.note-lead h2").text()).isEqualTo("Editor's note");
        assertThat(article.select("aside.note-lead .note-text strong").text()).isEqualTo("which parts of the wall are still old");
        assertThat(article.select(".story-body").text()).doesNotContain("biggest spending decision");
        assertThat(article.select(".reading").text()).matches("\\d+ words, \\d+ min read");

        Document edition = Jsoup.parse(site.resolve("editions/2025-w38/index.html").toFile(), "UTF-8");
        Element firstSection = edition.select("main section").first();
        assertThat(firstSection.select("h2").text()).isEqualTo("Featured");
        assertThat(firstSection.select(".card-title").first().text()).startsWith("Council Approves £4m Harbour Wall Repair");
        assertThat(firstSection.select(".note").text()).contains("Editor's note");

        Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertThat(home.select("article.card").first().hasClass("card-featured")).isTrue();
        assertThat(home.select("article.card").first().select(".card-title").text())
                .isEqualTo("Snow Closes Upper Wenlow Schools for Two Days");
    }

    @Test
    void theFerryStrikeIsOneStoryCoveredByTwoPublications() throws IOException {
        Path site = root.resolve("site");
        Document edition = Jsoup.parse(site.resolve("editions/2025-w45/index.html").toFile(), "UTF-8");
        Elements stories = edition.select("main article.card");
        assertThat(stories).hasSize(1);
        assertThat(stories.select(".also-covered a").eachText()).contains("Harbourside Courier", "The Wenlow Gazette");

        Document gazette = Jsoup.parse(site.resolve("2025/11/skerry-island-ferry-crews-walk-out-over-winter-timetable/index.html")
                .toFile(), "UTF-8");
        assertThat(gazette.select("section.coverage h2").text()).isEqualTo("Also covered by");
        assertThat(gazette.select("section.coverage li").eachText()).anyMatch(t -> t.startsWith("Harbourside Courier: "));

        Document talks = Jsoup.parse(site.resolve("2025/11/ferry-talks-resume/index.html")
                .toFile(), "UTF-8");
        assertThat(talks.select("section.earlier li a").eachText()).containsExactlyInAnyOrder(
                "Port Wenlow Ferry Strike Strands Island Commuters", "Skerry Island Ferry Crews Walk Out Over Winter Timetable");
    }

    @Test
    void everyInternalLinkResolvesToAFileInTheSite() {
        Path site = root.resolve("site");
        assertThat(LinkChecker.countInternalLinks(site)).isGreaterThan(300);
        assertThat(LinkChecker.brokenLinks(site)).isEmpty();
    }

    @Test
    void pagesMakeNoExternalRequests() throws IOException {
        try (Stream<Path> walk = Files.walk(root.resolve("site"))) {
            for (Path page : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(page.toFile(), "UTF-8");
                assertThat(doc.select("link[href^=http], script[src^=http], img[src^=http], link[href^=//], script[src^=//]"))
                        .as("external resource in %s", page).isEmpty();
            }
        }
    }
}
