package org.broadsheet.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.broadsheet.testing.Cli;
import org.broadsheet.testing.Feeds;
import org.broadsheet.testing.GeneratedDigest;
import org.broadsheet.testing.HtmlValidator;
import org.broadsheet.testing.LinkChecker;
import org.broadsheet.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.rometools.rome.feed.atom.Feed;

/**
 * The publishing quality gates, on the sample digest and on a generated 200-article digest: every page is valid
 * HTML5 by the Nu Html Checker, every internal link and anchor resolves (with and without a base URL and sub-path),
 * every feed parses, and every page has the structure assistive technology relies on.
 */
class SiteQualityTest {

    static final String SUB_PATH = "https://example.org/digest/";

    @TempDir
    static Path sampleRoot;
    @TempDir
    static Path generatedRoot;
    static Path sample;
    static Path generated;

    @BeforeAll
    static void buildBothSites() {
        TestSite.copySampleDigest(sampleRoot);
        Cli.Run run = Cli.inSite(sampleRoot, "build", "-q");
        assertThat(run.exitCode()).as(run.all()).isZero();
        sample = sampleRoot.resolve("site");

        TestSite site = new TestSite(generatedRoot).file("broadsheet.yaml",
                "title: Generated Digest\ndescription: 200 invented articles.\nbase_url: " + SUB_PATH + "\npage_size: 12\n");
        GeneratedDigest.write(site, 200, 42);
        run = Cli.inSite(generatedRoot, "build", "-q");
        assertThat(run.exitCode()).as(run.all()).isZero();
        generated = generatedRoot.resolve("site");
    }

    @Test
    void everyPageOfBothSitesIsValidHtml5() {
        HtmlValidator validator = new HtmlValidator();
        assertThat(pages(sample)).hasSizeGreaterThan(40)
                .contains(sample.resolve("editions/index.html"), sample.resolve("editions/2025-w45/index.html"));
        assertThat(pages(generated)).hasSizeGreaterThan(300).anyMatch(p -> p.endsWith("email.html"));
        assertThat(validator.errorsInSite(sample)).isEmpty();
        assertThat(validator.errorsInSite(generated)).isEmpty();
    }

    @ParameterizedTest(name = "base URL ''{0}''")
    @ValueSource(strings = {"", "https://example.org/", SUB_PATH})
    void everyLinkAndAnchorResolvesWithAndWithoutASubPath(String baseUrl) {
        Path out = sampleRoot.resolve("site-" + baseUrl.hashCode());
        List<String> args = new ArrayList<>(List.of("build", "-q", "--no-import", "-o", out.toString()));
        if (!baseUrl.isEmpty()) {
            args.addAll(List.of("--base-url", baseUrl));
        }
        Cli.Run run = Cli.inSite(sampleRoot, args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.all()).isZero();

        assertThat(LinkChecker.countInternalLinks(out)).isGreaterThan(500);
        assertThat(LinkChecker.brokenLinks(out, baseUrl)).isEmpty();
        // the editions' e-mails exist only with a base URL (their links must be absolute); they must be valid too
        List<Path> emails = pages(out).stream().filter(p -> p.endsWith("email.html")).toList();
        assertThat(emails).hasSize(baseUrl.isEmpty() ? 0 : (int) pages(out).stream()
                .filter(p -> out.relativize(p).toString().matches("editions/[^/]+/index\\.html")).count());
        HtmlValidator validator = new HtmlValidator();
        assertThat(emails.stream().flatMap(p -> validator.errors(p).stream().map(e -> p + ":" + e))).isEmpty();
        Document article = parse(out.resolve("2025/09/council-approves-harbour-wall/index.html"));
        if (baseUrl.isEmpty()) {
            assertThat(article.select("link[rel=canonical]")).isEmpty();
        } else {
            assertThat(article.select("link[rel=canonical]").attr("href"))
                    .isEqualTo(baseUrl + "2025/09/council-approves-harbour-wall/");
        }
    }

    @Test
    void everyLinkAndAnchorOfTheGeneratedSiteResolves() {
        assertThat(LinkChecker.brokenLinks(generated, SUB_PATH)).isEmpty();
    }

    @Test
    void everyFeedParses() {
        for (Path site : List.of(sample, generated)) {
            List<Path> atom = Feeds.atomFiles(site);
            assertThat(atom).hasSizeGreaterThan(5);
            for (Path file : atom) {
                Feed feed = Feeds.atom(file);
                assertThat(feed.getEntries()).as(file.toString()).isNotEmpty();
            }
            assertThat(Feeds.json(site.resolve("feed.json")).getJsonArray("items")).isNotEmpty();
        }
    }

    @Test
    void everyPageHasLandmarksASkipLinkOneH1AndHeadingsInOrder() {
        for (Path site : List.of(sample, generated)) {
            // an edition's e-mail is a message body, not a page of the site: EditionEmailTest checks what it needs
            for (Path page : pages(site).stream().filter(p -> !p.endsWith("email.html")).toList()) {
                Document doc = parse(page);
                String name = site.relativize(page).toString();
                if (!doc.select("meta[http-equiv=refresh]").isEmpty()) {
                    continue; // an old address (aliases:) only sends readers on; AliasesBuildTest checks it
                }
                assertThat(doc.select("html").attr("lang")).as(name).isNotBlank();
                assertThat(doc.select("header.masthead, main, footer, nav")).as(name).hasSizeGreaterThanOrEqualTo(4);
                assertThat(doc.select("main")).as(name).hasSize(1);
                Element skip = doc.body().select("a[href]").first();
                assertThat(skip.attr("href")).as(name).isEqualTo("#main");
                assertThat(doc.select("h1")).as(name).hasSize(1);
                int previous = 1;
                for (Element h : doc.select("main h1, main h2, main h3, main h4, main h5, main h6")) {
                    int level = h.tagName().charAt(1) - '0';
                    assertThat(level).as("%s: heading '%s' after h%d", name, h.text(), previous).isLessThanOrEqualTo(previous + 1);
                    previous = level;
                }
                assertThat(doc.select("img:not([alt])")).as(name).isEmpty();
                for (Element input : doc.select("input:not([type=hidden])")) {
                    assertThat(doc.select("label[for=" + input.id() + "]")).as("label of %s in %s", input.id(), name).hasSize(1);
                }
            }
        }
    }

    @Test
    void articlePagesDescribeThemselvesForSearchEnginesAndSharing() {
        Document article = parse(generated.resolve(firstArticle(generated)));
        assertThat(article.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(article.select("meta[property=og:url]").attr("content")).startsWith(SUB_PATH);
        assertThat(article.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
        String ld = article.select("script[type=application/ld+json]").html();
        javax.json.JsonObject json = javax.json.Json.createReader(new java.io.StringReader(ld)).readObject();
        assertThat(json.getString("@type")).isEqualTo("NewsArticle");
        assertThat(json.getString("headline")).isEqualTo(article.select("h1").text());
        assertThat(json.getJsonObject("publisher").getString("name")).isEqualTo(article.select(".kicker a").text());
        assertThat(json.getString("datePublished")).isEqualTo(article.select(".byline time").attr("datetime"));
    }

    private static String firstArticle(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.map(p -> site.relativize(p).toString()).filter(p -> p.matches("\\d{4}/\\d{2}/[^/]+/index\\.html"))
                    .sorted().findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> pages(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document parse(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
