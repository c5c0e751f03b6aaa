package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.broadsheet.cli.ExitCodes;
import org.broadsheet.testing.Cli;
import org.broadsheet.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import of every source kind, as the editor sees it: what lands in content/, what the report says, what is refused. */
class ImportKindsTest {

    static final Path FEEDS = Path.of("src/test/resources/feeds");
    static final Path PAGES = Path.of("src/test/resources/readability");

    @TempDir
    Path root;
    TestSite site;

    @BeforeEach
    void emptySite() {
        site = new TestSite(root).file("broadsheet.yaml", "title: Kinds\n");
    }

    @Test
    void aFolderOfEveryKindImportsAndTheSecondRunImportsNothing() throws IOException {
        site.bytes("sources/feeds/rss2sample.xml", Files.readAllBytes(FEEDS.resolve("nodefp__rss2sample.xml")));
        site.bytes("sources/feeds/packed.xml.gz", gzip(Files.readAllBytes(FEEDS.resolve("rome__issue137-rss.xml"))));
        site.bytes("sources/pages/ars.html", Files.readAllBytes(PAGES.resolve("ars-1/source.html")));
        site.file("sources/notes/harbour.txt", "Harbour Wall Vote – The Gazette\n\n2024-05-01\n\nThe council voted.\n");
        site.file("sources/notes/saved.md", "---\ntitle: A Saved Story\ndate: 2024-05-02\ntags: Harbour, council\n---\n\nSaved *text*.\n");

        Cli.Run first = Cli.inSite(root, "import");

        assertThat(first.exitCode()).as(first.all()).isZero();
        assertThat(first.out()).contains("import: 11 imported, 0 unchanged");
        assertThat(first.out()).contains("sources/feeds/rss2sample.xml › item 1 'Star City' → content/2003/06/star-city.md");
        assertThat(site.read("content/2024/05/a-saved-story.md")).contains("tags:\n- Harbour\n- council\n").contains("Saved *text*.");
        assertThat(site.read("content/2015/04/just-released-minecraft-exploit-makes-it-easy-to-crash-game-servers.md"))
                .contains("author: Dan Goodin").contains("source: Ars Technica");

        Cli.Run second = Cli.inSite(root, "import");

        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("import: 0 imported, 11 unchanged").contains("nothing new");
    }

    @Test
    void feedItemsRememberTheirIdentityInTheOrigin() throws IOException {
        site.bytes("sources/rss2sample.xml", Files.readAllBytes(FEEDS.resolve("nodefp__rss2sample.xml")));

        Cli.inSite(root, "import");

        assertThat(site.read("content/2003/06/star-city.md")).contains("""
                origin:
                  file: sources/rss2sample.xml
                  item: http://liftoff.msfc.nasa.gov/2003/06/03.html#item573
                  sha256:\s""");
        assertThat(site.read(".broadsheet/imports.tsv"))
                .contains("sources/rss2sample.xml\thttp://liftoff.msfc.nasa.gov/2003/06/03.html#item573\tcontent/2003/06/star-city.md");
    }

    @Test
    void anRss10FeedBuildsArticlesWithTheirTextAndSubjectsAndWithoutTheFeedsImages() throws IOException {
        site.bytes("sources/slashdot.xml", Files.readAllBytes(FEEDS.resolve("rome__slashdot.xml")));
        Files.createDirectory(root.resolve("content")); // as init makes it: a build needs it

        Cli.Run build = Cli.inSite(root, "build");

        assertThat(build.exitCode()).as(build.all()).isZero();
        assertThat(site.read("content/2005/11/the-prisoner-to-be-remade-on-u-k-tv.md")).contains("tags:\n- tv\n")
                .endsWith("'takes liberties with the original'.\"\n").doesNotContain("img", "rss.slashdot.org/Slashdot/slashdot?g=");
        assertThat(site.read("site/2005/11/the-prisoner-to-be-remade-on-u-k-tv/index.html"))
                .contains("'takes liberties with the original'.&quot;</p>").doesNotContain("&lt;img", "slashdot?g=1961");
        assertThat(site.read("site/tags/tv/index.html")).contains("The Prisoner To Be Remade On U.K. TV");
    }

    @Test
    void aYouTubeChannelFeedImportsEachVideosDescriptionAsItsBody() throws IOException {
        // YouTube's feeds have no content or summary: a video's text is its media:group's media:description
        site.bytes("sources/youtube.xml", Files.readAllBytes(Path.of("src/test/resources/sources/youtube-channel.xml")));

        Cli.Run run = Cli.inSite(root, "import");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("import: 2 imported");
        assertThat(site.read("content/2024/05/full-council-1-may-2024-the-harbour-wall-vote.md")
                .replaceAll("sha256: [0-9a-f]{64}", "sha256: …")).isEqualTo("""
                ---
                title: 'Full council, 1 May 2024: the harbour wall vote'
                date: 2024-05-01T18:30:07Z
                source: Harbour Town Council
                url: https://www.youtube.com/watch?v=q3Jv0aR8b1E
                author: Harbour Town Council
                origin:
                  file: sources/youtube.xml
                  item: yt:video:q3Jv0aR8b1E
                  sha256: …
                ---

                Councillors vote on rebuilding the harbour wall after the winter storms. Agenda and papers: \
                <https://harbourtown.example.org/council/2024-05-01>

                Chapters:\\
                0:00 Welcome and apologies\\
                2:15 Public questions & answers\\
                14:40 The engineer's report\\
                1:02:10 The vote\\
                \\- Item 4 (\\*moorings\\*) was deferred to June.

                #HarbourTown #council #sea_wall
                """);
        assertThat(site.read("content/2024/04/walking-the-repaired-quay-at-low-tide.md"))
                .contains("date: 2024-04-26T09:00:31Z\n")
                .contains("url: https://www.youtube.com/watch?v=Xk2mB7pLw9s\n")
                .endsWith("""
                        ---

                        The harbour master walks us along the quay, rebuilt over the winter, and shows where the old mooring rings were torn away.

                        Music: "Tidewater" by Kestle Sound (CC BY 4.0)\\
                        Filmed & edited by Nell Tregarthen
                        """);
    }

    @Test
    void aContentFileFromBeforeFeedsStillCountsAsImported() {
        site.file("sources/a.txt", "Harbour Wall Vote – The Gazette\n\n2024-05-01\n\nThe council voted.\n");
        Cli.inSite(root, "import");
        String md = site.read("content/2024/05/harbour-wall-vote.md");
        assertThat(md).contains("origin:\n  file: sources/a.txt\n  sha256: ").doesNotContain("item:");

        assertThat(Cli.inSite(root, "import").out()).contains("0 imported, 1 unchanged");
    }

    @Test
    void theSameStoryByUrlIsADuplicateOfTheExistingFile() {
        site.file("sources/a.txt", "Harbour Wall Vote – The Gazette\nhttps://example.org/wall\n\n2024-05-01\n\nThe council voted.\n");
        site.file("sources/b.txt", "Harbour wall: the vote – The Courier\nhttp://www.example.org/wall/\n\n2024-05-01\n\nCouncillors voted.\n");

        Cli.Run run = Cli.inSite(root, "import");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("sources/b.txt: duplicate of content/2024/05/harbour-wall-vote.md (same URL)")
                .contains("1 imported").contains("1 duplicates");
        assertThat(site.read("content/2024/05/harbour-wall-vote.md")).contains("url: https://example.org/wall");
    }

    @Test
    void nearIdenticalTextIsADuplicateAcrossRunsButADifferentStoryIsNot() {
        String story = storyText();
        site.file("sources/a.txt", "Storm Closes Harbour Road – The Gazette\n\n2024-05-01\n\n" + story);
        Cli.inSite(root, "import");
        site.file("sources/b.txt", "Harbour Road Shut by Storm – The Courier\n\nMay 1, 2024\n\n"
                + story.replace("Tuesday", "Tuesday night") + "\n\nThe Courier will keep readers posted.\n");
        site.file("sources/c.txt", "Library Reopens After Flood – The Courier\n\nMay 2, 2024\n\n"
                + "The town library reopened its doors on Wednesday after months of repairs following the winter flood, "
                + "with new shelves, a children's corner and a café run by volunteers from the historical society.\n");

        Cli.Run run = Cli.inSite(root, "import");

        assertThat(run.out()).contains("sources/b.txt: duplicate of content/2024/05/storm-closes-harbour-road.md (near-identical text)");
        assertThat(run.out()).contains("sources/c.txt → content/2024/05/library-reopens-after-flood.md");
    }

    @Test
    void duplicatesWithinOneRunAreFoundToo() {
        site.file("sources/a.txt", "Storm Closes Harbour Road – The Gazette\n\n2024-05-01\n\n" + storyText());
        site.file("sources/b.txt", "Storm Closes Harbour Road – The Gazette\n\n2024-05-01\n\n" + storyText());

        Cli.Run run = Cli.inSite(root, "import");

        assertThat(run.out()).contains("sources/b.txt: duplicate of content/2024/05/storm-closes-harbour-road.md");
        assertThat(site.exists("content/2024/05/storm-closes-harbour-road-2.md")).isFalse();
    }

    @Test
    void tagsAreNormalisedAliasedAutotaggedAndExplained() {
        site.file("broadsheet.yaml", """
                title: Tags
                import:
                  tag_aliases:
                    global warming: Climate
                  autotag:
                    Harbour: [sea wall, quay]
                """);
        site.file("sources/a.md", "---\ntitle: Wall Vote\ndate: 2024-05-01\ntags: [Global Warming, climate, Council]\n---\n\nThe sea wall will be rebuilt.\n");

        Cli.Run run = Cli.inSite(root, "import", "--explain");

        assertThat(site.read("content/2024/05/wall-vote.md")).contains("tags:\n- Climate\n- Council\n- Harbour\n");
        assertThat(run.out()).contains("explain: sources/a.md")
                .contains("tag 'Climate': the source's 'Global Warming', renamed by tag_aliases")
                .contains("tag 'Council': from the source")
                .contains("tag 'Harbour': autotag phrase 'sea wall' in the text");
    }

    @Test
    void tagsWhosePlusOrSharpMakesThemDifferentTagsOnTheSiteStayApartOnImport() {
        site.file("sources/a.md", "---\ntitle: Compilers\ndate: 2024-05-01\ntags: [C++, \"C#\", C, c]\n---\n\nThree languages.\n");

        assertThat(Cli.inSite(root, "import").exitCode()).isZero();

        assertThat(site.read("content/2024/05/compilers.md")).contains("tags:\n- C++\n- C#\n- C\n");
    }

    @Test
    void aSourceWithoutDateFailsAndNamesTheWaysOut() {
        site.file("sources/undated.txt", "Harbour Wall Vote\n\nThe council voted on Tuesday to rebuild the harbour wall.\n");

        Cli.Run run = Cli.inSite(root, "import");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("sources/undated.txt:2: the text has no publication date; give it one with 'broadsheet import sources/undated.txt --date 2014-12-20'")
                .contains("default_date: file-mtime");
    }

    @Test
    void theDateOptionDatesSourcesWithoutOne() {
        site.file("sources/undated.txt", "Harbour Wall Vote\n\nThe council voted on Tuesday to rebuild the harbour wall.\n");

        Cli.Run run = Cli.inSite(root, "import", "--date", "2014-12-20");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(site.read("content/2014/12/harbour-wall-vote.md")).contains("date: 2014-12-20\n")
                .contains("The council voted on Tuesday");

        // later runs without --date: the source has not changed, so there is nothing to date again
        Cli.Run again = Cli.inSite(root, "import");
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(again.out()).contains("0 imported, 1 unchanged");
        assertThat(Cli.inSite(root, "build", "-q").exitCode()).isZero();
        Cli.Run verbose = Cli.inSite(root, "-v", "import");
        assertThat(verbose.out().split("sources/undated.txt", -1)).as("each outcome once: " + verbose.out()).hasSize(2);

        // nor for a new build of Broadsheet, which reads the unchanged source again: it keeps the date it was given
        site.file(".broadsheet/cache/import-checked-by", "0\n");
        Cli.Run newBuild = Cli.inSite(root, "import");
        assertThat(newBuild.exitCode()).as(newBuild.all()).isZero();
        assertThat(newBuild.out()).contains("0 imported, 1 unchanged");
        assertThat(site.read("content/2014/12/harbour-wall-vote.md")).contains("date: 2014-12-20\n");

        // a changed source needs its date again, and says so
        site.file("sources/undated.txt", "Harbour Wall Vote\n\nThe council voted on Tuesday to rebuild the wall.\n");
        assertThat(Cli.inSite(root, "import").err()).contains("sources/undated.txt:2: the text has no publication date");
    }

    @Test
    void theDateOptionStandsInForADateLineWhoseDayAndMonthCouldSwap() {
        site.file("sources/wall.txt", "Harbour Wall Vote\nhttps://example.com/wall\n\n05/06/2014\n\nThe council voted.\n");

        Cli.Run run = Cli.inSite(root, "import", "--date", "2014-06-05");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(site.read("content/2014/06/harbour-wall-vote.md")).contains("date: 2014-06-05\n")
                .contains("url: https://example.com/wall").doesNotContain("05/06/2014");
    }

    @Test
    void defaultDateFileMtimeUsesTheFilesTime() throws IOException {
        site.file("broadsheet.yaml", "title: T\ntimezone: UTC\nimport:\n  default_date: file-mtime\n");
        site.file("sources/undated.txt", "Harbour Wall Vote\n\nThe council voted.\n");
        Files.setLastModifiedTime(root.resolve("sources/undated.txt"), FileTime.from(Instant.parse("2021-03-04T05:06:07Z")));

        Cli.inSite(root, "import");

        assertThat(site.read("content/2021/03/harbour-wall-vote.md")).contains("date: 2021-03-04T05:06:07Z");

        // a later touch of the file is not a new date, nor an edit of the article
        Files.setLastModifiedTime(root.resolve("sources/undated.txt"), FileTime.from(Instant.parse("2022-01-01T00:00:00Z")));
        Cli.Run again = Cli.inSite(root, "import");
        assertThat(again.out()).contains("0 imported, 1 unchanged, 0 kept");
        assertThat(site.read("content/2021/03/harbour-wall-vote.md")).contains("date: 2021-03-04T05:06:07Z");

        // nor for a new build of Broadsheet, which reads the unchanged source again
        site.file(".broadsheet/cache/import-checked-by", "0\n");
        assertThat(Cli.inSite(root, "import").out()).contains("0 imported, 1 unchanged, 0 kept");
        assertThat(site.read("content/2021/03/harbour-wall-vote.md")).contains("date: 2021-03-04T05:06:07Z");
    }

    @Test
    void anUndatedFeedItemDatedByTheFilesTimeKeepsItsDateWhenTheSameFeedIsSavedAgain() throws IOException {
        site.file("broadsheet.yaml", "title: T\ntimezone: UTC\nimport:\n  default_date: file-mtime\n");
        site.file("sources/notes.xml", "<rss version=\"2.0\"><channel><title>Notes</title><item><title>Quay</title>"
                + "<link>https://example.org/quay</link><description>The quay reopened.</description></item></channel></rss>");
        Files.setLastModifiedTime(root.resolve("sources/notes.xml"), FileTime.from(Instant.parse("2021-03-04T05:06:07Z")));
        Cli.inSite(root, "import");

        // downloaded again, the same bytes: the item did not change, so neither does its article
        Files.setLastModifiedTime(root.resolve("sources/notes.xml"), FileTime.from(Instant.parse("2022-01-01T00:00:00Z")));
        Cli.Run again = Cli.inSite(root, "import");

        assertThat(again.out()).contains("0 imported, 1 unchanged, 0 kept");
        assertThat(site.read("content/2021/03/quay.md")).contains("date: 2021-03-04T05:06:07Z");
    }

    @Test
    void aLedgerWrittenBeforeItRecordedWhatImportWroteStillWorksAndIsBroughtUpToDate() {
        site.file("sources/a.txt", "Harbour Wall Vote – The Gazette\n\n2024-05-01\n\nThe council voted.\n");
        Cli.inSite(root, "import");
        site.file(".broadsheet/imports.tsv", "# old layout\nsources/a.txt\tcontent/2024/05/harbour-wall-vote.md\n");

        assertThat(Cli.inSite(root, "import").out()).contains("0 imported, 1 unchanged");
        assertThat(site.read(".broadsheet/imports.tsv"))
                .containsPattern("\nsources/a.txt\t\tcontent/2024/05/harbour-wall-vote.md\t[0-9a-f]{64}\\+[0-9a-f]{64}\n");
        // four cells a line, as every earlier build reads them: one that met a fifth dropped the line, and with it
        // the record of a deleted article, which its next import brought back
        assertThat(site.read(".broadsheet/imports.tsv").lines().filter(l -> !l.startsWith("#")))
                .allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(4));

        site.file("content/2024/05/harbour-wall-vote.md", site.read("content/2024/05/harbour-wall-vote.md") + "\nAn editor's note.\n");
        assertThat(Cli.inSite(root, "import").out()).contains("edited since import; your version is kept");
    }

    @Test
    void aLedgerLineWithMoreCellsThanThisBuildKnowsIsStillRead() {
        site.file("sources/a.txt", "Harbour Wall Vote – The Gazette\n\n2024-05-01\n\nThe council voted.\n");
        Cli.inSite(root, "import");
        site.file(".broadsheet/imports.tsv", site.read(".broadsheet/imports.tsv").replace("\n", "\ta later cell\n")
                .replaceFirst("^#[^\n]*\ta later cell\n", "# a later layout\n"));
        deleteFile("content/2024/05/harbour-wall-vote.md");

        assertThat(Cli.inSite(root, "import").out()).contains("skipped").contains("since deleted");
        assertThat(root.resolve("content/2024/05/harbour-wall-vote.md")).doesNotExist();
    }

    @Test
    void aWrongDefaultDateIsAConfigErrorWithItsLine() {
        site.file("broadsheet.yaml", "title: T\nimport:\n  default_date: sometimes\n");
        Cli.Run run = Cli.inSite(root, "import");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("broadsheet.yaml:3: 'default_date' must be one of error, file-mtime");
    }

    @Test
    void textDumpVariantsAreRead() {
        byte[] legacy = ("\r\nCafé Owners Object – Le Journal\r\nhttps://example.org/cafe\r\nBy Amélie Durand\r\n20 December 2014\r\n\r\n"
                + "The owners of the\r\nharbour café said\r\nthey would object.\r\n\r\nSecond paragraph.\r\n")
                .getBytes(Charset.forName("windows-1252"));
        site.bytes("sources/legacy.txt", legacy);
        site.file("sources/plain.txt", "Wall Repairs Begin\n\nDecember 21, 2014\n\nWork started.\n\nThis post was written by Nell Tregarthen.\n");

        Cli.Run run = Cli.inSite(root, "import");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(site.read("content/2014/12/cafe-owners-object.md")).contains("title: Café Owners Object\n")
                .contains("source: Le Journal\n").contains("url: https://example.org/cafe\n").contains("author: Amélie Durand\n")
                .contains("date: 2014-12-20\n").contains("\nThe owners of the harbour café said they would object.\n\nSecond paragraph.\n");
        assertThat(site.read("content/2014/12/wall-repairs-begin.md")).contains("author: Nell Tregarthen\n")
                .doesNotContain("source:").doesNotContain("This post was written");
    }

    @Test
    void aMarkdownSourceIsValidatedLikeContent() {
        site.file("sources/bad.md", "---\ntitle: \"\"\ndate: someday\n---\n\nText.\n");

        Cli.Run run = Cli.inSite(root, "import");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("sources/bad.md:2: the title is blank").contains("sources/bad.md:3:");
    }

    @Test
    void extractPrintsWhatImportWouldWriteAndWritesNothing() {
        site.file("sources/a.txt", "Harbour Wall Vote – The Gazette\n\n2024-05-01\n\nThe council *voted*.\n");

        Cli.Run md = Cli.inSite(root, "extract", root.resolve("sources/a.txt").toString());
        Cli.Run text = Cli.inSite(root, "extract", "--format", "text", root.resolve("sources/a.txt").toString());
        Cli.Run json = Cli.inSite(root, "extract", "--format", "json", root.resolve("sources/a.txt").toString());

        assertThat(md.exitCode()).as(md.all()).isZero();
        assertThat(md.out()).startsWith("---\ntitle: Harbour Wall Vote\ndate: 2024-05-01\nsource: The Gazette\n")
                .contains("The council \\*voted\\*.");
        assertThat(text.out()).isEqualTo("Harbour Wall Vote\n\nThe council *voted*.\n");
        assertThat(json.out()).contains("\"kind\": \"text\"").contains("\"title\": \"Harbour Wall Vote\"")
                .contains("\"text\": \"The council *voted*.\"");
        assertThat(root.resolve("content")).doesNotExist();
        assertThat(root.resolve(".broadsheet")).doesNotExist();
    }

    @Test
    void aDryRunOfAFeedWritesNothing() throws IOException {
        site.bytes("sources/rss2sample.xml", Files.readAllBytes(FEEDS.resolve("nodefp__rss2sample.xml")));

        Cli.Run run = Cli.inSite(root, "import", "--dry-run");

        assertThat(run.out()).contains("4 to import");
        assertThat(root.resolve("content")).doesNotExist();
    }

    @Test
    void aFeedSavedInShiftJisWithoutADeclarationIsReadInShiftJis() {
        String title = "\u6e2f\u306e\u9632\u6ce2\u5824\u304c\u4fee\u5fa9\u3055\u308c\u305f";
        String text = "\u4fee\u5fa9\u5de5\u4e8b\u304c\u5148\u9031\u7d42\u308f\u308a\u3001\u6f01\u5e2b\u305f\u3061\u306f"
                + "\u6e80\u8db3\u3057\u3066\u3044\u308b\u3068\u5e02\u8b70\u4f1a\u304c\u767a\u8868\u3057\u307e\u3057\u305f\u3002";
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Minato</title><link>https://example.jp/</link>"
                + "<item><title>" + title + "</title><link>https://example.jp/1</link><pubDate>Wed, 01 May 2024 09:00:00 +0900</pubDate>"
                + "<description>" + text + "</description></item></channel></rss>";
        site.bytes("sources/minato.xml", rss.getBytes(java.nio.charset.Charset.forName("Shift_JIS")));

        Cli.Run run = Cli.inSite(root, "import");

        assertThat(run.exitCode()).as(run.all()).isZero();
        try (var files = Files.walk(root.resolve("content"))) {
            String imported = site.read(root.relativize(files.filter(p -> p.toString().endsWith(".md")).findFirst().orElseThrow()).toString());
            assertThat(imported).contains("title: " + title).contains(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aBrokenFeedItemFailsAloneAndTheExitCodeSaysSo() {
        site.file("sources/f.xml", """
                <rss version="2.0"><channel><title>Notes</title>
                <item><title>Dated</title><link>https://example.org/1</link><pubDate>Sat, 20 Dec 2014 15:04:05 GMT</pubDate><description>One.</description></item>
                <item><title>Undated</title><link>https://example.org/2</link><description>Two.</description></item>
                </channel></rss>
                """);

        Cli.Run run = Cli.inSite(root, "import");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.out()).contains("sources/f.xml › item 1 'Dated' → content/2014/12/dated.md");
        assertThat(run.err()).contains("feed item 2 'Undated' has no publication date");
    }

    /**
     * A short news story (two paragraphs): a reprint that changes a word and adds a sign-off shares about nine in ten
     * of its three-word phrases. Far enough above the duplicate threshold (0.8) that the signature's estimate, whose
     * standard error is about 0.03, does not decide the test by chance.
     */
    private static String storyText() {
        return "A winter storm closed the harbour road on Tuesday, after waves broke over the sea wall and left stones, "
                + "weed and driftwood across both lanes. Council workers cleared the road by the evening, but the police "
                + "asked drivers to avoid the harbour until the tide turned. The harbour master said the wall had held, "
                + "although two of the old mooring rings had been torn away and a fishing boat had slipped its lines.\n\n"
                + "Residents of the lower town said the water had reached the steps of the chapel for the first time since "
                + "the great flood of 1953. The council will meet on Friday to decide whether the repairs to the wall can "
                + "wait for the summer, when the contractors who rebuilt the pier last year are free again.\n";
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private void deleteFile(String relative) {
        try {
            java.nio.file.Files.delete(root.resolve(relative));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
