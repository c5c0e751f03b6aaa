package org.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.broadsheet.testing.Cli;
import org.broadsheet.testing.Feeds;
import org.broadsheet.testing.TestSite;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;

/** The editions feed: one Atom entry per whole edition, read back with Rome, with ids that survive rebuilds. */
class EditionFeedTest {

    @TempDir
    Path root;

    private void digest(String config) {
        TestSite site = new TestSite(root).file("broadsheet.yaml", "title: Weekly & Co\n" + config)
                .file("content/editions/2024-w19.md", "---\ntitle: The <busy> week\n---\n\nRead the [timeline](../../timeline/index.html).\n");
        site.file("content/a.md", TestSite.article("Ferry & <Friends>", "2024-05-06", "source: Gazette", "summary: Crews walk out."));
        site.file("content/b.md", TestSite.article("Bus Route Cut", "2024-05-08T10:00:00Z", "source: Courier"));
        site.file("content/c.md", TestSite.article("Library Opens", "2024-04-30", "source: Radio"));
        site.file("content/d.md", TestSite.article("Snow Day", "2024-04-16", "source: Radio"));
    }

    private Feed build(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "-q"));
        args.addAll(List.of(extra));
        Cli.Run run = Cli.inSite(root, args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.all()).isZero();
        return Feeds.atom(root.resolve("site/editions/feed.xml"));
    }

    @Test
    void eachEntryIsOneWholeEditionNewestFirstWithItsPermalinkAsId() {
        digest("base_url: https://example.org/news/\n");
        Feed feed = build();

        assertThat(feed.getTitle()).isEqualTo("Weekly & Co: Editions");
        assertThat(feed.getEntries()).extracting(Entry::getId).containsExactly(
                "https://example.org/news/editions/2024-w19/", "https://example.org/news/editions/2024-w18/",
                "https://example.org/news/editions/2024-w16/");
        Entry newest = feed.getEntries().get(0);
        assertThat(newest.getTitle()).isEqualTo("Week 19, 2024: The <busy> week");
        assertThat(newest.getAlternateLinks().get(0).getHref()).isEqualTo(newest.getId());
        assertThat(newest.getSummary().getValue()).endsWith("· 2 stories");
        String content = newest.getContents().get(0).getValue();
        assertThat(Jsoup.parse(content).select("a").eachText()).contains("Ferry & <Friends>", "Bus Route Cut", "timeline");
        assertThat(Jsoup.parse(content).select("a").eachAttr("href"))
                .allSatisfy(href -> assertThat(href).startsWith("https://example.org/news/"))
                .contains("https://example.org/news/timeline/index.html");
        assertThat(content).doesNotContain("Library Opens");
        assertThat(newest.getUpdated()).isEqualTo(java.util.Date.from(java.time.Instant.parse("2024-05-08T10:00:00Z")));
        assertThat(feed.getUpdated()).isEqualTo(newest.getUpdated());
        assertThat(root.resolve("site/index.html")).content()
                .contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Weekly &amp; Co: Editions (Atom feed)\" href=\"editions/feed.xml\">");
    }

    @Test
    void idsAreTheSameAfterARebuildAndANewArticleOnlyUpdatesItsEdition() {
        digest("");
        Feed first = build();
        new TestSite(root).file("content/e.md", TestSite.article("Late News", "2024-05-09", "source: Gazette"));
        Feed second = build();

        assertThat(first.getEntries()).extracting(Entry::getId).allSatisfy(id -> assertThat(id).startsWith("urn:uuid:"));
        assertThat(second.getEntries()).extracting(Entry::getId)
                .containsExactlyElementsOf(first.getEntries().stream().map(Entry::getId).toList());
        assertThat(second.getEntries().get(0).getUpdated()).isAfter(first.getEntries().get(0).getUpdated());
        assertThat(second.getEntries().get(1).getUpdated()).isEqualTo(first.getEntries().get(1).getUpdated());
        assertThat(second.getEntries().get(1).getContents().get(0).getValue())
                .isEqualTo(first.getEntries().get(1).getContents().get(0).getValue());
    }

    @Test
    void theFeedCarriesTheLatestEditionsUpToTheFeedSize() {
        digest("feeds:\n  entries: 2\n");
        assertThat(build().getEntries()).hasSize(2);
    }
}
