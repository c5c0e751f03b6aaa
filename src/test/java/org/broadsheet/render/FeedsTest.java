package org.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.broadsheet.testing.Cli;
import org.broadsheet.testing.Feeds;
import org.broadsheet.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;

import javax.json.JsonObject;

/** The feeds a build writes, read back with Rome and a JSON parser. */
class FeedsTest {

    @TempDir
    Path root;

    private TestSite site(String config) {
        TestSite site = new TestSite(root).file("broadsheet.yaml", "title: Feed \"Test\" & Co\n" + config);
        for (int i = 1; i <= 5; i++) {
            site.file("content/a" + i + ".md", TestSite.article("Story <" + i + "> & \"quotes\"", "2024-05-0" + i,
                    "source: Daily " + (i % 2 == 0 ? "Even" : "Odd"), "tags: [Shared, t" + i + "]",
                    "url: https://example.org/original/" + i, "summary: Summary of " + i + " & more."));
        }
        return site;
    }

    @Test
    void siteTagAndPublicationFeedsCarryTheLatestEntriesWithPermalinkIds() {
        site("base_url: https://example.org/news/\nfeeds:\n  entries: 3\n");
        assertThat(Cli.inSite(root, "build", "-q").exitCode()).isZero();

        Feed home = Feeds.atom(root.resolve("site/feed.xml"));
        assertThat(home.getTitle()).isEqualTo("Feed \"Test\" & Co");
        assertThat(home.getEntries()).extracting(Entry::getTitle)
                .containsExactly("Story <5> & \"quotes\"", "Story <4> & \"quotes\"", "Story <3> & \"quotes\"");
        Entry newest = home.getEntries().get(0);
        assertThat(newest.getId()).isEqualTo("https://example.org/news/2024/05/a5/");
        assertThat(newest.getAlternateLinks().get(0).getHref()).isEqualTo(newest.getId());
        assertThat(newest.getSummary().getValue()).isEqualTo("Summary of 5 & more.");
        assertThat(newest.getContents()).as("summary only by default").isEmpty();
        assertThat(home.getUpdated()).isEqualTo(newest.getPublished());

        Feed tag = Feeds.atom(root.resolve("site/tags/shared/feed.xml"));
        assertThat(tag.getEntries()).hasSize(3);
        assertThat(Feeds.atom(root.resolve("site/tags/t2/feed.xml")).getEntries()).extracting(Entry::getTitle)
                .containsExactly("Story <2> & \"quotes\"");
        assertThat(Feeds.atom(root.resolve("site/sources/daily-even/feed.xml")).getEntries()).extracting(Entry::getTitle)
                .containsExactly("Story <4> & \"quotes\"", "Story <2> & \"quotes\"");

        JsonObject json = Feeds.json(root.resolve("site/feed.json"));
        assertThat(json.getString("version")).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(json.getString("feed_url")).isEqualTo("https://example.org/news/feed.json");
        JsonObject item = json.getJsonArray("items").getJsonObject(0);
        assertThat(item.getString("id")).isEqualTo(newest.getId());
        assertThat(item.getString("title")).isEqualTo("Story <5> & \"quotes\"");
        assertThat(item.getString("external_url")).isEqualTo("https://example.org/original/5");
    }

    @Test
    void rssFeedsWhereHugoHasThemCarryWhatTheAtomFeedsDo() {
        site("base_url: https://example.org/news/\nlanguage: en-GB\nfeeds:\n  rss: true\n  content: full\n");
        assertThat(Cli.inSite(root, "build", "-q").exitCode()).isZero();

        Channel rss = Feeds.rss(root.resolve("site/index.xml"));
        Feed atom = Feeds.atom(root.resolve("site/feed.xml"));
        assertThat(rss.getTitle()).isEqualTo(atom.getTitle());
        assertThat(rss.getLink()).isEqualTo("https://example.org/news/");
        assertThat(rss.getLanguage()).isEqualTo("en-gb");
        assertThat(rss.getItems()).extracting(Item::getTitle)
                .containsExactlyElementsOf(atom.getEntries().stream().map(Entry::getTitle).toList());
        Item newest = rss.getItems().get(0);
        Entry same = atom.getEntries().get(0);
        assertThat(newest.getLink()).isEqualTo(same.getId());
        assertThat(newest.getGuid().getValue()).isEqualTo(same.getId());
        assertThat(newest.getGuid().isPermaLink()).isTrue();
        assertThat(newest.getPubDate()).isEqualTo(same.getPublished());
        assertThat(newest.getCategories()).extracting(c -> c.getValue()).containsExactly("Shared", "t5");
        assertThat(newest.getDescription().getValue()).as("plain text escaped as the HTML RSS readers expect")
                .isEqualTo("Summary of 5 &amp; more.");
        assertThat(newest.getContent().getValue()).isEqualTo(same.getContents().get(0).getValue());
        assertThat(Feeds.rss(root.resolve("site/tags/shared/index.xml")).getItems()).hasSize(5);
        assertThat(Feeds.rss(root.resolve("site/sources/daily-even/index.xml")).getItems()).hasSize(2);
        assertThat(root.resolve("site/editions/index.xml")).doesNotExist();
        assertThat(new TestSite(root).read("site/tags/shared/index.html"))
                .contains("<link rel=\"alternate\" type=\"application/rss+xml\"", "href=\"../../tags/shared/index.xml\"");
    }

    @Test
    void rssWithoutABaseUrlIsAWarning() {
        site("feeds:\n  rss: true\n");
        Cli.Run run = Cli.inSite(root, "build");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("warning: broadsheet.yaml: feeds.rss is on without a base_url");
        assertThat(Feeds.rss(root.resolve("site/index.xml")).getItems()).hasSize(5);
    }

    @Test
    void noRssFeedsUnlessAskedFor() {
        site("");
        assertThat(Cli.inSite(root, "build", "-q").exitCode()).isZero();
        assertThat(root.resolve("site/index.xml")).doesNotExist();
        assertThat(new TestSite(root).read("site/index.html")).doesNotContain("application/rss+xml");
    }

    @Test
    void fullContentFeedsCarryTheArticleBodyAndALinkToTheOriginal() {
        site("feeds:\n  content: full\n");
        assertThat(Cli.inSite(root, "build", "-q").exitCode()).isZero();

        Entry entry = Feeds.atom(root.resolve("site/feed.xml")).getEntries().get(0);
        assertThat(entry.getContents().get(0).getValue())
                .contains("<p>Body of Story &lt;5&gt; &amp; &quot;quotes&quot;.</p>")
                .contains("<a href=\"https://example.org/original/5\">Read the original at Daily Odd</a>");
        assertThat(Feeds.json(root.resolve("site/feed.json")).getJsonArray("items").getJsonObject(0).getString("content_html"))
                .isEqualTo(entry.getContents().get(0).getValue());
    }

    @Test
    void idsAreStableAcrossTwoBuildsWithAndWithoutABaseUrl() throws IOException {
        for (String config : List.of("base_url: https://example.org/news/\n", "")) {
            TestSite site = site(config);
            assertThat(Cli.inSite(root, "build", "-q", "-o", root.resolve("one").toString()).exitCode()).isZero();
            site.file("content/a6.md", TestSite.article("A later story", "2024-06-01", "tags: [Shared]"));
            assertThat(Cli.inSite(root, "build", "-q", "-o", root.resolve("two").toString()).exitCode()).isZero();

            List<String> first = ids(root.resolve("one/tags/shared/feed.xml"));
            List<String> second = ids(root.resolve("two/tags/shared/feed.xml"));
            assertThat(first).hasSize(5).doesNotHaveDuplicates().allMatch(id -> id.startsWith(config.isEmpty() ? "urn:uuid:" : "https://"));
            assertThat(second).hasSize(6).containsAll(first);
            assertThat(Feeds.atom(root.resolve("two/tags/shared/feed.xml")).getId())
                    .isEqualTo(Feeds.atom(root.resolve("one/tags/shared/feed.xml")).getId());
            Files.delete(root.resolve("content/a6.md"));
        }
    }

    @Test
    void pagesAnnounceTheSiteFeedsAndTheirOwnListingsFeed() {
        site("");
        assertThat(Cli.inSite(root, "build", "-q").exitCode()).isZero();

        assertThat(new TestSite(root).read("site/tags/shared/index.html"))
                .contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Feed &quot;Test&quot; &amp; Co (Atom feed)\" href=\"../../feed.xml\">")
                .contains("<link rel=\"alternate\" type=\"application/feed+json\" title=\"Feed &quot;Test&quot; &amp; Co (JSON feed)\" href=\"../../feed.json\">")
                .contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Feed &quot;Test&quot; &amp; Co: Shared (Atom feed)\" href=\"../../tags/shared/feed.xml\">");
        // without a base URL, feed links are relative to the feed file, as readers resolve them
        Feed tag = Feeds.atom(root.resolve("site/tags/shared/feed.xml"));
        assertThat(tag.getEntries().get(0).getAlternateLinks().get(0).getHref()).isEqualTo("../../2024/05/a5/index.html");
    }

    @Test
    void charactersXmlCannotCarryAreDroppedSoTheFeedStaysWellFormed() {
        new TestSite(root).file("broadsheet.yaml", "title: Controls\nlanguage: de\nfeeds:\n  content: full\n")
                .file("content/c.md", TestSite.article("Bell\\a and \uD83D\uDCF0 paper", "2024-05-01",
                        "summary: \"Form\\ffeed\\u000B here\"") + "Escape \u001B[1m and nul-free text\n");
        assertThat(Cli.inSite(root, "build", "-q").exitCode()).isZero();

        Feed feed = Feeds.atom(root.resolve("site/feed.xml")); // a strict parser: fails on any control character
        Entry entry = feed.getEntries().get(0);
        assertThat(entry.getTitle()).isEqualTo("Bell and \uD83D\uDCF0 paper");
        assertThat(entry.getSummary().getValue()).isEqualTo("Formfeed here");
        assertThat(entry.getContents().get(0).getValue()).contains("Escape [1m and nul-free text");
        assertThat(new TestSite(root).read("site/feed.xml")).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"de\">");
    }

    @Test
    void xmlCharsKeepsEverythingXmlAllowsAndNothingElse() {
        assertThat(XmlLines.xmlChars("plain \t\r\n text")).isEqualTo("plain \t\r\n text");
        assertThat(XmlLines.xmlChars("a\u0000b\u0008c\u001Fd")).isEqualTo("abcd");
        assertThat(XmlLines.xmlChars("\uFFFEx\uFFFF\uFFFD")).isEqualTo("x\uFFFD");
        assertThat(XmlLines.xmlChars("pair \uD83D\uDCF0 lone \uD83D high \uDCF0 low")).isEqualTo("pair \uD83D\uDCF0 lone  high  low");
        assertThat(XmlLines.xmlChars("\uD83D")).isEmpty();
    }

    private List<String> ids(Path feed) {
        return Feeds.atom(feed).getEntries().stream().map(Entry::getId).toList();
    }
}
