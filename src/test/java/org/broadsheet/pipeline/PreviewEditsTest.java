package org.broadsheet.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.broadsheet.config.ConfigLoader;
import org.broadsheet.error.Diagnostics;
import org.broadsheet.output.CollectedOutput;
import org.broadsheet.render.RenderedFile;
import org.broadsheet.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code serve}'s preview of an edit: an article whose place on the site is unchanged gets its page at once, the page
 * the rebuild then makes; any other change waits for the rebuild.
 */
class PreviewEditsTest {

    private static final String HARBOUR = "content/2024/05/harbour.md";
    private static final String HARBOUR_PAGE = "2024/05/harbour/index.html";
    private static final SiteBuild.Options OPTIONS = new SiteBuild.Options(false, false);

    @TempDir
    Path root;
    TestSite site;
    CollectedOutput output;
    SiteBuild pipeline;

    @BeforeEach
    void built() {
        site = new TestSite(root)
                .file("broadsheet.yaml", "title: Preview\ntimezone: UTC\n")
                .file(HARBOUR, harbour(UnaryOperator.identity()))
                .file("content/2024/04/ferry.md", TestSite.article("Ferry Talks Resume", "2024-04-10", "tags: [transport]"));
        output = new CollectedOutput();
        pipeline = new SiteBuild(ConfigLoader.load(root.resolve("broadsheet.yaml"), Diagnostics.SILENT), Diagnostics.SILENT, output);
        pipeline.run(OPTIONS);
    }

    private static String harbour(UnaryOperator<String> edit) {
        return edit.apply(TestSite.article("Harbour Wall Repaired", "2024-05-01", "tags: [harbour, council]", "source: The Gazette")
                + "\nMasons worked through the winter.\n");
    }

    @Test
    void anEditedBodyGetsItsPageAtOnceAndTheRebuildMakesTheSameBytes() {
        site.file(HARBOUR, harbour(s -> s.replace("through the winter", "through the spring gales")));

        Optional<List<RenderedFile>> preview = pipeline.previewEdits(List.of(site.path(HARBOUR)));
        pipeline.run(OPTIONS);

        assertThat(preview).hasValueSatisfying(pages -> assertThat(pages).singleElement().satisfies(page -> {
            assertThat(page.path()).isEqualTo(HARBOUR_PAGE);
            assertThat(text(page)).contains("spring gales").doesNotContain("through the winter");
            assertThat(text(page)).isEqualTo(text(rebuilt(HARBOUR_PAGE)));
        }));
    }

    @Test
    void aLinkToAnotherArticleInAnEditedBodyLeadsToItsPageInThePreview() {
        site.file(HARBOUR, harbour(s -> s.replace("through the winter", "through the winter, as [the ferry](../04/ferry.md) did")));
        pipeline.run(OPTIONS);
        site.file(HARBOUR, harbour(s -> s.replace("through the winter", "through the spring, as [the ferry](../04/ferry.md) did")));

        Optional<List<RenderedFile>> preview = pipeline.previewEdits(List.of(site.path(HARBOUR)));
        pipeline.run(OPTIONS);

        assertThat(preview).hasValueSatisfying(pages -> {
            assertThat(text(pages.get(0))).contains("<a href=\"../../../2024/04/ferry/index.html\">the ferry</a>");
            assertThat(text(pages.get(0))).isEqualTo(text(rebuilt(HARBOUR_PAGE)));
        });
    }

    @Test
    void aLinkThatLedNowhereBeforeTheEditDoesNotStopThePreview() {
        site.file(HARBOUR, harbour(s -> s.replace("through the winter", "through the winter, as [the bus](../04/bus.md) did")));
        pipeline.run(OPTIONS);
        site.file(HARBOUR, harbour(s -> s.replace("through the winter", "through the spring, as [the bus](../04/bus.md) did")));

        Optional<List<RenderedFile>> preview = pipeline.previewEdits(List.of(site.path(HARBOUR)));

        assertThat(preview).hasValueSatisfying(pages -> assertThat(text(pages.get(0)))
                .contains("through the spring, as <a href=\"../04/bus.md\">the bus</a>"));
    }

    @Test
    void aLinkToAFileTheLastSiteCannotResolveWaitsForTheRebuild() {
        site.file(HARBOUR, harbour(s -> s.replace("through the winter", "through the winter, as [the bus](../04/bus.md) did")));

        assertThat(pipeline.previewEdits(List.of(site.path(HARBOUR)))).isEmpty();
    }

    @Test
    void aNewSummaryShowsOnThePreviewedPage() {
        site.file(HARBOUR, harbour(s -> s.replace("Body of Harbour Wall Repaired.", "Masons finished the wall on Friday.")));

        Optional<List<RenderedFile>> preview = pipeline.previewEdits(List.of(site.path(HARBOUR)));

        assertThat(preview).hasValueSatisfying(pages -> assertThat(text(pages.get(0)))
                .contains("<meta name=\"description\" content=\"Masons finished the wall on Friday.\">"));
    }

    @Test
    void anArticleWhoseDateCameSinceTheLastBuildWaitsForTheRebuildWhichDropsItsFutureBadge() throws InterruptedException {
        java.time.Instant soon = java.time.Instant.now().plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        site.file("content/soon.md", TestSite.article("Embargo Lifts", soon.toString()));
        SiteBuild.Options preview = new SiteBuild.Options(false, true, true, true); // serve's: future articles with a badge
        pipeline.run(preview);
        assertThat(text(rebuilt("index.html"))).contains("data-status=\"future\"");
        Thread.sleep(java.time.Duration.between(java.time.Instant.now(), soon).toMillis() + 50);

        site.file("content/soon.md", TestSite.article("Embargo Lifts", soon.toString()) + "\nMore.\n");

        assertThat(pipeline.previewEdits(List.of(site.path("content/soon.md")))).isEmpty();
        site.file(HARBOUR, harbour(s -> s.replace("through the winter", "through the spring gales")));
        assertThat(pipeline.previewEdits(List.of(site.path(HARBOUR)))).as("an article without a badge still is").isPresent();
    }

    static Stream<Arguments> editsThatMoveTheArticle() {
        return Stream.of(
                Arguments.of("title", (UnaryOperator<String>) s -> s.replace("title: \"Harbour Wall Repaired\"", "title: \"Harbour Wall Done\"")),
                Arguments.of("date", (UnaryOperator<String>) s -> s.replace("date: 2024-05-01", "date: 2024-05-02")),
                Arguments.of("tags", (UnaryOperator<String>) s -> s.replace("tags: [harbour, council]", "tags: [harbour]")),
                Arguments.of("slug", (UnaryOperator<String>) s -> s.replace("source: The Gazette", "source: The Gazette\nslug: wall")),
                Arguments.of("draft", (UnaryOperator<String>) s -> s.replace("source: The Gazette", "source: The Gazette\ndraft: true")),
                Arguments.of("broken front matter", (UnaryOperator<String>) s -> s.replace("tags: [harbour, council]", "tags: [harbour")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editsThatMoveTheArticle")
    void anEditThatChangesMoreThanTheArticlesOwnPageWaitsForTheRebuild(String what, UnaryOperator<String> edit) {
        site.file(HARBOUR, harbour(edit));

        assertThat(pipeline.previewEdits(List.of(site.path(HARBOUR)))).isEmpty();
    }

    @Test
    void anEditorsSwapBackupAndTemporaryFilesBesideTheArticleDoNotStopThePreview() {
        site.file(HARBOUR, harbour(s -> s.replace("through the winter", "through the spring gales")));
        site.file("content/2024/05/.harbour.md.swp", "vim's swap file");
        site.file("content/2024/05/harbour.md~", "a backup");

        Optional<List<RenderedFile>> preview = pipeline.previewEdits(List.of(site.path(HARBOUR),
                site.path("content/2024/05/.harbour.md.swp"), site.path("content/2024/05/harbour.md~"),
                site.path("content/2024/05/sedX1b2c3"))); // sed -i's temporary file, gone by now

        assertThat(preview).hasValueSatisfying(pages -> assertThat(pages).singleElement()
                .satisfies(page -> assertThat(text(page)).contains("spring gales")));
        assertThat(pipeline.previewEdits(List.of(site.path("content/2024/05/.harbour.md.swp")))).as("nothing the site reads").isEmpty();
    }

    @Test
    void aDeletedArticleWaitsForTheRebuild() throws java.io.IOException {
        java.nio.file.Files.delete(site.path(HARBOUR));

        assertThat(pipeline.previewEdits(List.of(site.path(HARBOUR)))).isEmpty();
    }

    @Test
    void anEditionIntroductionWaitsForTheRebuild() {
        site.file("content/editions/2024-w18.md", "The week the harbour wall was finished.\n");
        site.file(HARBOUR, harbour(s -> s.replace("through the winter", "through the spring gales")));

        assertThat(pipeline.previewEdits(List.of(site.path(HARBOUR), site.path("content/editions/2024-w18.md")))).isEmpty();
    }

    @Test
    void aNewFileATemplateOrAnyFileNotOnTheSiteWaitsForTheRebuild() {
        site.file("content/2024/05/new.md", TestSite.article("New Article", "2024-05-03"));
        site.file("templates/article.ftlh", "<p>${article.card.title}</p>\n");

        assertThat(pipeline.previewEdits(List.of(site.path("content/2024/05/new.md")))).isEmpty();
        assertThat(pipeline.previewEdits(List.of(site.path("templates/article.ftlh")))).isEmpty();
        assertThat(pipeline.previewEdits(List.of(site.path(HARBOUR), site.path("templates/article.ftlh")))).isEmpty();
    }

    @Test
    void beforeAnyBuildThereIsNothingToPreviewAgainst() {
        SiteBuild fresh = new SiteBuild(ConfigLoader.load(root.resolve("broadsheet.yaml"), Diagnostics.SILENT), Diagnostics.SILENT,
                new CollectedOutput());

        assertThat(fresh.previewEdits(List.of(site.path(HARBOUR)))).isEmpty();
    }

    private RenderedFile rebuilt(String path) {
        return output.files().stream().filter(f -> f.path().equals(path)).map(RenderedFile.class::cast).findFirst().orElseThrow();
    }

    private static String text(RenderedFile file) {
        return new String(file.bytes(), StandardCharsets.UTF_8);
    }
}
