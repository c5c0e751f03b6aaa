package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleDate;
import org.broadsheet.content.ArticleSerializer;
import org.broadsheet.error.InputException;
import org.broadsheet.ingest.html.HtmlToMarkdown;
import org.broadsheet.bench.ImportFidelity;
import org.broadsheet.testing.Golden;
import org.broadsheet.ingest.html.PageMetadata;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Saved article pages: metadata and main content against the reference extractor's results for a subset of the
 * Readability test pages (src/test/resources/readability), Markdown golden files for three long ones, and the
 * allow-list that keeps scripts and their kin out of imported articles.
 */
class HtmlPageReaderTest {

    static final Path CASES = Path.of("src/test/resources/readability");
    static final ArticleDate NO_DATE = ArticleDate.ofDay(LocalDate.of(1900, 1, 1), ZoneOffset.UTC);
    static final HtmlPageReader READER = new HtmlPageReader(new DatePolicy(NO_DATE, false, ZoneOffset.UTC), new HtmlToMarkdown());

    static Stream<String> cases() throws IOException {
        try (Stream<Path> list = Files.list(CASES)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extractsTheArticleTheReferenceExtractorFinds(String name) throws IOException {
        Path dir = CASES.resolve(name);
        JsonObject meta = JsonParser.parseString(Files.readString(dir.resolve("expected-metadata.json"))).getAsJsonObject();
        Article article = READER.read(SourceFile.read(dir.resolve("source.html"), name)).get(0);

        // Readability's title, but for the site name and byline it repeats, which a digest shows beside the headline
        assertThat(article.title()).isEqualTo(PageMetadata.withoutName(meta.get("title").getAsString().replaceAll("\\s+", " ")
                .strip(), text(meta, "siteName"), text(meta, "byline")));
        Set<String> got = ImportFidelity.shingles(ArticleText.of(article.body()));
        Set<String> want = ImportFidelity.shingles(Jsoup.parse(Files.readString(dir.resolve("expected.html"), StandardCharsets.UTF_8)).text());
        Set<String> common = new HashSet<>(got);
        common.retainAll(want);
        assertThat((double) common.size() / got.size()).as("precision").isGreaterThanOrEqualTo(0.95);
        assertThat((double) common.size() / want.size()).as("recall").isGreaterThanOrEqualTo(0.95);
        if (meta.has("publishedTime") && !meta.get("publishedTime").isJsonNull()) {
            assertThat(article.date().instant()).isEqualTo(
                    DateParser.parse(meta.get("publishedTime").getAsString(), ZoneOffset.UTC).orElseThrow().instant());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"toc-missing", "lwn-1", "medium-3"})
    void longArticlesBecomeTheGoldenMarkdown(String name) {
        Article article = READER.read(SourceFile.read(CASES.resolve(name).resolve("source.html"), name)).get(0);
        Golden.assertMatches(ArticleSerializer.toMarkdown(article), "markdown/" + name + ".md");
    }

    @Test
    void readsJsonLdOpenGraphAndTheCanonicalUrl() {
        Article a = READER.read(SourceFile.read(CASES.resolve("nytimes-1/source.html"), "n")).get(0);
        assertThat(a.title()).isEqualTo("United States to Lift Sudan Sanctions");
        assertThat(a.author()).isEqualTo("Jeffrey Gettleman");
        assertThat(a.url()).isEqualTo("https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html");
        assertThat(a.summary()).startsWith("For the first time since the 1990s");
    }

    @Test
    void keepsDataTablesAsMarkdownTables() {
        Article a = READER.read(SourceFile.read(CASES.resolve("keep-tabular-data/source.html"), "t")).get(0);
        assertThat(a.body()).contains("| Other settings").doesNotContain("<table").doesNotContain("<td");
    }

    @Test
    void scriptsFramesStylesHandlersAndDangerousUrlsNeverReachTheMarkdown() {
        String page = """
                <!DOCTYPE html><html><head><title>A Harbour Wall Story That Is Long Enough</title>
                <style>p { color: red }</style></head><body><article>
                <h1>A Harbour Wall Story That Is Long Enough</h1>
                <p onclick="steal()">The council voted on Tuesday to rebuild the harbour wall, after three winters of patching,
                storms and arguments about who should pay for the work that everybody agreed was needed.</p>
                <script>document.cookie</script><iframe src="https://evil.example/frame"></iframe>
                <object data="x.swf"></object><embed src="y.swf">
                <p>Read <a href="javascript:alert(1)">the report</a> or see <img src="data:image/png;base64,AAAA" alt="chart">
                <a href="https://example.org/report" onmouseover="x()">the full report</a> and <img src="https://example.org/wall.jpg" alt="the wall" onerror="x()">,
                which runs to forty pages, with maps and costs for every option the engineers considered.</p>
                <p style="display:block">Councillors said the vote was the most important of the year, and residents agreed with them.</p>
                </article></body></html>
                """;
        Article a = READER.read(SourceFile.of(Path.of("p.html"), "p.html", page.getBytes(StandardCharsets.UTF_8), Instant.EPOCH)).get(0);
        String md = a.body().toLowerCase(Locale.ROOT);
        for (String bad : List.of("script", "cookie", "iframe", "evil.example", "swf", "onclick", "onmouseover", "onerror",
                "javascript:", "data:", "style", "color: red", "<")) {
            assertThat(md).as("no '%s'", bad).doesNotContain(bad);
        }
        assertThat(a.body()).contains("[the full report](https://example.org/report)")
                .contains("![the wall](https://example.org/wall.jpg)").contains("Read the report or see");
    }

    @Test
    void aPageWithoutTitleOrTextFailsWithAMessage() {
        byte[] empty = "<html><head></head><body><div></div></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> READER.read(SourceFile.of(Path.of("e.html"), "e.html", empty, Instant.EPOCH)))
                .isInstanceOf(InputException.class).hasMessageContaining("e.html");
    }

    @Test
    void authorsLoseTheirByAndTrailingDate() {
        assertThat(HtmlPageReader.author("By\n  Nathan Willis March 25, 2015")).isEqualTo("Nathan Willis");
        assertThat(HtmlPageReader.author("Jane Doe")).isEqualTo("Jane Doe");
    }

    private static String text(JsonObject meta, String key) {
        return meta.has(key) && meta.get(key).isJsonPrimitive() ? meta.get(key).getAsString().replaceAll("\\s+", " ").strip() : "";
    }
}
