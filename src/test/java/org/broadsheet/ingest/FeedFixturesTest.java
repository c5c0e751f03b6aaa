package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.broadsheet.content.ArticleDate;
import org.broadsheet.error.InputException;
import org.broadsheet.ingest.feed.FeedXml;
import org.broadsheet.ingest.html.HtmlToMarkdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample feed (src/test/resources/feeds, see INDEX.tsv): well-formed ones import all their items with the titles
 * and dates the XML holds; the others give a clear message or a lenient import; none crashes. Plus the XML attacks a
 * feed reader must survive.
 */
class FeedFixturesTest {

    static final Path FEEDS = Path.of("src/test/resources/feeds");
    static final ArticleDate GIVEN = ArticleDate.ofDay(LocalDate.of(1999, 9, 9), ZoneOffset.UTC);
    static final FeedReader READER = new FeedReader(new DatePolicy(GIVEN, false, ZoneOffset.UTC), new HtmlToMarkdown());
    static final List<String> DATE_ELEMENTS = List.of("published", "pubDate", "issued", "dc:date", "created", "updated", "modified");

    /**
     * Items in well-formed feeds that cannot become articles, and say so: an Atom entry with nothing but an id or an
     * empty author has no title, no text and no link.
     */
    static final Map<String, String> EMPTY_ITEMS = Map.of(
            "rssparser__incomplete-fields.atom", "has no title and no text",
            "rssparser__missing-fields.atom", "has no title and no text");

    /** INDEX.tsv counts every item element; these feeds nest empty {@code <item/>} junk inside each real item. */
    static final Map<String, Integer> REAL_ITEMS = Map.of("nodefp__illegally-nested.xml", 10);

    record Row(String file, String format, int items, boolean wellFormed) {
    }

    static Stream<Arguments> rows() throws IOException {
        return Files.readAllLines(FEEDS.resolve("INDEX.tsv")).stream().skip(1).map(l -> l.split("\t", -1))
                .map(c -> Arguments.of(new Row(c[0], c[5], Integer.parseInt(c[7]), c[9].equals("well-formed"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everySampleFeedImportsOrFailsClearly(Row row) throws IOException {
        SourceFile source = SourceFile.read(FEEDS.resolve(row.file()), row.file());
        boolean isFeed = READER.accepts(source);
        if (row.wellFormed() && row.format().matches("(RSS|Atom).*") && row.items() > 0) {
            assertThat(isFeed).as("recognised as a feed").isTrue();
            SourceReading reading = READER.readAll(source);
            assertThat(reading.items()).hasSize(REAL_ITEMS.getOrDefault(row.file(), row.items()));
            List<SourceItem> failed = reading.items().stream().filter(SourceItem::failed).toList();
            if (EMPTY_ITEMS.containsKey(row.file())) {
                assertThat(failed).singleElement().satisfies(i -> assertThat(i.problems().get(0).message()).contains(EMPTY_ITEMS.get(row.file())));
                return;
            }
            assertThat(failed).as("failed items").isEmpty();
            assertTitlesAndDatesMatchTheXml(source, reading);
        } else if (isFeed) {
            try {
                SourceReading reading = READER.readAll(source);
                // a lenient import: whatever it got, it says so or has items that each stand on their own
                assertThat(reading.warnings().size() + reading.items().size()).isPositive();
                reading.items().stream().filter(SourceItem::failed)
                        .forEach(i -> assertThat(i.problems().get(0).message()).startsWith("feed item"));
            } catch (InputException e) {
                assertThat(e.problems().get(0).message()).isNotBlank().doesNotContain("Exception").doesNotContain("null");
            }
        } else {
            assertThat(row.format()).as("only non-feeds may be refused as feeds").matches("HTML.*|\\?");
        }
    }

    private static void assertTitlesAndDatesMatchTheXml(SourceFile source, SourceReading reading) {
        Document xml = Jsoup.parse(FeedXml.decode(source.bytes()), "", Parser.xmlParser());
        List<Element> items = new ArrayList<>();
        for (Element e : xml.getAllElements()) {
            if ((e.tagName().equals("item") || e.tagName().equals("entry")) && e.parents().stream()
                    .noneMatch(p -> p.tagName().equals("item") || p.tagName().equals("entry"))) {
                items.add(e);
            }
        }
        assertThat(items).hasSameSizeAs(reading.items());
        for (int i = 0; i < items.size(); i++) {
            Element item = items.get(i);
            var article = reading.items().get(i).article();
            Element title = item.children().stream().filter(c -> c.tagName().equals("title")).findFirst().orElse(null);
            if (title != null && !title.text().isBlank()) {
                assertThat(article.title()).isEqualTo(Jsoup.parse(title.text()).text().replaceAll("\\s+", " ").strip());
            }
            Optional<Instant> expected = DATE_ELEMENTS.stream()
                    .flatMap(n -> item.children().stream().filter(c -> c.tagName().equals(n)))
                    .map(c -> DateParser.parse(c.text(), ZoneOffset.UTC)).flatMap(Optional::stream)
                    .map(ArticleDate::instant).findFirst();
            assertThat(article.date().instant()).as("date of item %d", i + 1).isEqualTo(expected.orElse(GIVEN.instant()));
        }
    }

    @Test
    void aGzippedFeedIsUnpackedAndItsDeclaredEncodingRespected() throws IOException {
        byte[] stored = Files.readAllBytes(FEEDS.resolve("nodefp__compressed.xml"));
        byte[] unpacked;
        try (var in = new GZIPInputStream(new ByteArrayInputStream(stored))) {
            unpacked = in.readAllBytes();
        }
        assertThat(new String(unpacked, 0, 60, StandardCharsets.US_ASCII)).contains("windows-1251");
        SourceReading reading = READER.readAll(SourceFile.read(FEEDS.resolve("nodefp__compressed.xml"), "c"));
        assertThat(reading.items()).hasSize(10);
        assertThat(reading.items().get(0).article().title()).startsWith("В Бузулуке");
    }

    @Test
    void anUndeclaredLatin1FeedIsReadAsWindows1252() {
        SourceReading reading = READER.readAll(SourceFile.read(FEEDS.resolve("rssparser__uolNoticias.rss"), "uol"));
        assertThat(reading.items()).hasSize(15);
        assertThat(reading.items().get(0).article().title()).isEqualTo("Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno");
        assertThat(reading.items().get(0).article().date().toText()).isEqualTo("2018-09-24T19:42:40-03:00");
    }

    @Test
    void aFeedThatIsNotWellFormedIsReadLenientlyAndSaysSo() {
        SourceReading reading = READER.readAll(SourceFile.read(FEEDS.resolve("feedparser__illformed_undeclared_namespace.xml"), "x"));
        assertThat(reading.warnings()).anySatisfy(w -> assertThat(w.message())
                .startsWith("not well-formed XML").contains("read leniently"));
    }

    @Test
    void aSummaryOnlyItemImportsTheSummaryAndTheLink() {
        SourceReading reading = READER.readAll(SourceFile.read(FEEDS.resolve("nodefp__rss2sample.xml"), "x"));
        var star = reading.items().get(0).article();
        assertThat(star.url()).isEqualTo("http://liftoff.msfc.nasa.gov/news/2003/news-starcity.asp");
        assertThat(star.body()).contains("How do Americans get ready to work with Russians aboard the International Space Station?");
    }

    @Test
    void categoriesBecomeTagsAndRelativeLinksBecomeAbsolute() {
        String feed = """
                <?xml version="1.0"?>
                <rss version="2.0"><channel><title>Harbour Notes</title><link>https://example.org/notes/</link>
                <item><title>Quay &amp; Co</title><link>/notes/quay</link><guid>q-1</guid>
                <category>Harbour</category><category>Council</category>
                <pubDate>Sat, 20 Dec 2014 15:04:05 +0100</pubDate>
                <description><![CDATA[<p>See <a href="/map">the map</a>.</p><script>alert(1)</script>]]></description></item>
                </channel></rss>
                """;
        SourceItem item = READER.readAll(SourceFile.of(Path.of("notes.xml"), "notes.xml", feed.getBytes(StandardCharsets.UTF_8), Instant.EPOCH)).items().get(0);
        assertThat(item.id()).isEqualTo("q-1");
        assertThat(item.article().title()).isEqualTo("Quay & Co");
        assertThat(item.article().url()).isEqualTo("https://example.org/notes/quay");
        assertThat(item.article().tags()).containsExactly("Harbour", "Council");
        assertThat(item.article().source()).isEqualTo("Harbour Notes");
        assertThat(item.article().date().toText()).isEqualTo("2014-12-20T15:04:05+01:00");
        assertThat(item.article().body()).isEqualTo("See [the map](https://example.org/map).");
    }

    @Test
    void anRss10DescriptionIsEscapedHtmlAndBecomesMarkdown() {
        // Rome calls an RSS 1.0 description plain text, yet feeds put entity-encoded HTML there
        String rdf = """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
                <channel rdf:about="https://example.org/"><title>Harbour</title><link>https://example.org/</link>
                <description>d</description></channel>
                <item rdf:about="https://example.org/quay"><title>Quay</title><link>https://example.org/quay</link>
                <description>&lt;p&gt;See &lt;a href="/map"&gt;the map&lt;/a&gt; &amp;amp; the &lt;em&gt;quay&lt;/em&gt;.&lt;/p&gt;</description>
                </item></rdf:RDF>
                """;
        var article = READER.readAll(feed(rdf)).items().get(0).article();
        assertThat(article.body()).isEqualTo("See [the map](https://example.org/map) & the *quay*.");
    }

    @Test
    void slashdotItemsKeepTheirTextWithoutTheFeedsCountingAndAdImages() {
        SourceReading reading = READER.readAll(SourceFile.read(FEEDS.resolve("rome__slashdot.xml"), "slashdot"));
        assertThat(reading.items()).hasSize(10).allSatisfy(i -> assertThat(i.article().body())
                .doesNotContain("<img", "&lt;", "rss.slashdot.org").isNotBlank());
        assertThat(reading.items().get(0).article().body())
                .startsWith("An anonymous reader writes \"Various UK news sites")
                .endsWith("told the television and radio industry magazine that the new series 'takes liberties with the original'.\"");
    }

    @Test
    void trackingPixelsAndFeedAdsAreDroppedAndTheArticlesImagesKept() {
        String rss = """
                <?xml version="1.0"?>
                <rss version="2.0"><channel><title>Harbour</title><link>https://example.org/</link>
                <item><title>Quay</title><link>https://example.org/quay</link>
                <description><![CDATA[<p>The quay reopened.</p><p><img src="https://example.org/quay.jpg" alt="The quay"></p>
                <div class="feedflare"><a href="http://feeds.feedburner.com/~ff/harbour?a=x1"><img src="http://feeds.feedburner.com/~ff/harbour?d=x1" border="0"></a></div>
                <img src="http://feeds.feedburner.com/~r/harbour/~4/x1" height="1" width="1" alt="">
                <p><a href="http://da.feedsportal.com/r/1/2/a2.htm"><img src="http://da.feedsportal.com/r/1/2/a2.img" border="0"/></a></p>
                <img src="https://stats.example.net/b.gif?host=example.org" width="1" height="1" alt="">]]></description>
                </item></channel></rss>
                """;
        var article = READER.readAll(feed(rss)).items().get(0).article();
        assertThat(article.body()).isEqualTo("The quay reopened.\n\n![The quay](https://example.org/quay.jpg)");
    }

    @Test
    void anItemLinkedThroughFeedBurnerKeepsThePublishersOwnAddressAndItsIdentity() {
        SourceReading reading = READER.readAll(SourceFile.read(FEEDS.resolve("nodefp__illegally-nested.xml"), "pcmag"));
        SourceItem first = reading.items().get(0);

        assertThat(first.article().url()).startsWith("http://www.pcmag.com/article2/").doesNotContain("feedproxy");
        assertThat(first.id()).contains("feedproxy.google.com");
    }

    @Test
    void dcSubjectsBecomeTags() {
        SourceReading reading = READER.readAll(SourceFile.read(FEEDS.resolve("rome__slashdot.xml"), "slashdot"));
        assertThat(reading.items().stream().map(i -> i.article().tags()).toList()).containsExactly(
                List.of("tv"), List.of("tv"), List.of("software"), List.of("patents"), List.of("tv"), List.of("xbox"),
                List.of("ed"), List.of("sony"), List.of("humor"), List.of("privacy"));
    }

    @Test
    void categoriesThatAreUrlsOrKindMarkersAreNotTagsAndALabelIsPreferred() {
        String atom = """
                <?xml version="1.0"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour</title><id>urn:h</id><updated>2014-12-20T15:04:05Z</updated>
                <entry><title>Quay</title><id>urn:h:1</id><updated>2014-12-20T15:04:05Z</updated><content>The quay reopened.</content>
                <category scheme="http://schemas.google.com/g/2005#kind" term="http://gdata.youtube.com/schemas/2007#video"/>
                <category scheme="http://schemas.google.com/g/2005#kind" term="post"/>
                <category term="https://example.org/topics/council"/>
                <category term="harbour-works" label="Harbour works"/>
                <category term="quay" label="https://example.org/topics/quay"/>
                <category term="Boats"/>
                </entry></feed>
                """;
        assertThat(READER.readAll(feed(atom)).items().get(0).article().tags()).containsExactly("Harbour works", "quay", "Boats");
    }

    @Test
    void youTubeVideosAreTaggedWithTheirCategoryNotTheirKind() {
        SourceReading reading = READER.readAll(SourceFile.read(FEEDS.resolve("rome__YouTube-MostPopular.rss"), "youtube"));
        assertThat(reading.items()).hasSize(9)
                .allSatisfy(i -> assertThat(i.article().tags()).singleElement().isIn("Comedy", "Entertainment", "Music"));
    }

    @Test
    void aMediaRssDescriptionIsTheBodyOnlyOfAnItemWithoutTextOfItsOwn() {
        String rss = """
                <?xml version="1.0"?>
                <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Harbour</title><link>https://example.org/</link>
                <item><title>Quay</title><link>https://example.org/quay</link><pubDate>Sat, 20 Dec 2014 15:04:05 GMT</pubDate>
                <description>The quay reopened.</description><media:description>A film of the quay.</media:description></item>
                <item><title>Wall</title><link>https://example.org/wall</link><pubDate>Sat, 20 Dec 2014 15:04:05 GMT</pubDate>
                <media:content url="https://example.org/wall.mp4" type="video/mp4">
                <media:description type="html">&lt;p&gt;The &lt;em&gt;wall&lt;/em&gt; at &lt;a href="/tide"&gt;high tide&lt;/a&gt;.&lt;/p&gt;</media:description>
                </media:content></item>
                <item><title>Slip</title><link>https://example.org/slip</link><pubDate>Sat, 20 Dec 2014 15:04:05 GMT</pubDate>
                <media:description>The *slip*\nat dawn.</media:description></item>
                </channel></rss>
                """;
        List<SourceItem> items = READER.readAll(feed(rss)).items();

        assertThat(items.get(0).article().body()).isEqualTo("The quay reopened.");
        assertThat(items.get(1).article().body()).isEqualTo("The *wall* at [high tide](https://example.org/tide).");
        assertThat(items.get(2).article().body()).isEqualTo("The \\*slip\\*\\\nat dawn.");
    }

    @Test
    void anExternalEntityIsNeverRead(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>&xxe;</title><description>x</description></item></channel></rss>";
        assertThatThrownBy(() -> READER.readAll(feed(xxe))).isInstanceOf(InputException.class)
                .hasMessageContaining("declares entities of its own").hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void aBillionLaughsFeedIsRefusedFast() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String bomb = "<?xml version=\"1.0\"?>" + dtd + "]><rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>";
        assertThatThrownBy(() -> READER.readAll(feed(bomb))).isInstanceOf(InputException.class).hasMessageContaining("billion laughs");
    }

    @Test
    void aQuadraticBlowupFeedIsRefused() {
        String big = "x".repeat(50_000);
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"" + big + "\">]><rss version=\"2.0\"><channel><title>"
                + "&a;".repeat(50_000) + "</title></channel></rss>";
        assertThatThrownBy(() -> READER.readAll(feed(bomb))).isInstanceOf(InputException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void anExternalDtdIsDroppedNotFetched() {
        String rss091 = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" "
                + "\"http://127.0.0.1:9/rss-0.91.dtd\">\n<rss version=\"0.91\"><channel><title>Old</title><link>http://example.org/</link>"
                + "<description>d</description><item><title>Caf&eacute;</title><link>http://example.org/1</link></item></channel></rss>";
        SourceReading reading = READER.readAll(feed(rss091));
        assertThat(reading.items()).singleElement().satisfies(i -> assertThat(i.article().title()).isEqualTo("Café"));
    }

    @Test
    void anEmptyDocumentGivesAClearMessage() {
        assertThatThrownBy(() -> READER.readAll(feed("<rss version=\"2.0\"></rss")))
                .isInstanceOf(InputException.class).hasMessageContaining("not a complete feed");
    }

    private static SourceFile feed(String xml) {
        return SourceFile.of(Path.of("feed.xml"), "feed.xml", xml.getBytes(StandardCharsets.UTF_8), Instant.EPOCH);
    }
}
