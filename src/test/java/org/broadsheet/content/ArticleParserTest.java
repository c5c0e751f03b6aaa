package org.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.fs.TextFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleParserTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Path FILE = Path.of("content", "2014", "sony.md");

    /** The lines of a file, each ended by a newline. Line 1 is the first argument. */
    private static String file(String... lines) {
        return Stream.of(lines).map(l -> l + "\n").collect(Collectors.joining());
    }

    private static List<Problem> problemsOf(String text) {
        InputException e = catchThrowableOfType(InputException.class, () -> ArticleParser.parse(FILE, text, UTC));
        assertThat(e).as("parsing should fail with an InputException").isNotNull();
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.where().file()).isEqualTo(FILE));
        return e.problems();
    }

    private static Problem onlyProblemOf(String text) {
        List<Problem> problems = problemsOf(text);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void wellFormedFileParses() {
        Article article = ArticleParser.parse(FILE, file(
                "---",
                "title: North Korea Denies Sony Attack",
                "date: 2014-12-20",
                "tags: [cyber, politics]",
                "draft: false",
                "rating: 4",
                "---",
                "",
                "Body."), UTC);

        assertThat(article.title()).isEqualTo("North Korea Denies Sony Attack");
        assertThat(article.date()).isEqualTo(ArticleDate.parse("2014-12-20", UTC));
        assertThat(article.tags()).containsExactly("cyber", "politics");
        assertThat(article.draft()).isFalse();
        assertThat(article.params()).isEqualTo(Map.of("rating", 4));
        assertThat(article.body()).isEqualTo("Body.");
    }

    @Test
    void theEditorsNoteFeaturedAndPriorityAreRead() {
        Article article = ArticleParser.parse(FILE, file(
                "---",
                "title: T",
                "date: 2014-12-20",
                "note: |",
                "  Why this matters: the **first** ferry strike in forty years.",
                "",
                "  A second paragraph.",
                "featured: true",
                "priority: -3",
                "---",
                "Body."), UTC);

        assertThat(article.note()).isEqualTo("Why this matters: the **first** ferry strike in forty years.\n\nA second paragraph.");
        assertThat(article.featured()).isTrue();
        assertThat(article.priority()).isEqualTo(-3);
        assertThat(article.params()).isEmpty();
    }

    @Test
    void withoutThemAnArticleHasNoNoteIsNotFeaturedAndHasPriorityZero() {
        Article article = ArticleParser.parse(FILE, file("---", "title: T", "date: 2014-12-20", "---"), UTC);

        assertThat(article.note()).isEmpty();
        assertThat(article.featured()).isFalse();
        assertThat(article.priority()).isZero();
    }

    @Test
    void badFeaturedAndPriorityAreReportedTogetherEachAtItsLine() {
        List<Problem> problems = problemsOf(file("---", "title: T", "featured: often", "date: 2014-12-20", "priority: 500", "---"));

        assertThat(problems).extracting(p -> p.where().line()).containsExactly(3, 5);
        assertThat(problems.get(0).message()).contains("'featured' must be true or false");
        assertThat(problems.get(1).message()).contains("'priority' must be between -100 and 100");
    }

    @Test
    void commaSeparatedTagsAreSplit() {
        Article article = ArticleParser.parse(FILE, file("---", "title: T", "date: 2014-12-20", "tags: cyber, north korea ,", "---"), UTC);

        assertThat(article.tags()).containsExactly("cyber", "north korea");
    }

    static Stream<Arguments> brokenYaml() {
        return Stream.of(
                Arguments.of("mapping value inside a value on line 2",
                        file("---", "title: a: b", "date: 2014-12-20", "---"), 2, "quoted"),
                Arguments.of("mapping value inside a value on line 3",
                        file("---", "date: 2014-12-20", "title: Q: and A", "---"), 3, "quoted"),
                Arguments.of("text continued with a key on line 4",
                        file("---", "title: T", "date: 2014-12-20", "  source: x: y", "---"), 4, "invalid YAML"),
                Arguments.of("key without colon between keys",
                        file("---", "title: T", "just words", "date: 2014-12-20", "---"), 4, "invalid YAML"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenYaml")
    void brokenYamlIsReportedAtItsLine(String name, String text, int line, String fragment) {
        Problem problem = onlyProblemOf(text);

        assertThat(problem.where().line()).isEqualTo(line);
        assertThat(problem.message()).contains(fragment);
    }

    @ParameterizedTest(name = "unclosed quote opened on line {1}")
    @MethodSource("unclosedQuotes")
    void unclosedQuoteIsReportedWhereTheQuoteOpens(String text, int line) {
        Problem problem = onlyProblemOf(text);

        assertThat(problem.message()).contains("invalid YAML");
        assertThat(problem.where().line()).isEqualTo(line);
    }

    static Stream<Arguments> unclosedQuotes() {
        return Stream.of(
                Arguments.of(file("---", "title: \"Unclosed", "date: 2014-12-20", "---", "", "Body"), 2),
                Arguments.of(file("---", "title: T", "date: 2014-12-20", "summary: 'it is", "author: X", "---"), 4));
    }

    @Test
    void unclosedQuoteIsAnInputErrorInsideTheFrontMatter() {
        Problem problem = onlyProblemOf(file("---", "title: \"Unclosed", "date: 2014-12-20", "---", "", "Body"));

        assertThat(problem.message()).contains("invalid YAML");
        assertThat(problem.where().line()).isBetween(2, 4);
    }

    @Test
    void missingTitleIsReportedAtTheStartOfTheFrontMatter() {
        Problem problem = onlyProblemOf(file("---", "date: 2014-12-20", "---", "Body"));

        assertThat(problem.where().line()).isEqualTo(1);
        assertThat(problem.message()).contains("title");
    }

    @ParameterizedTest
    @ValueSource(strings = {"title: \"\"", "title: '   '", "title: \"\\t\""})
    void blankTitleIsReportedAtItsLine(String titleLine) {
        Problem problem = onlyProblemOf(file("---", "date: 2014-12-20", "source: BBC", titleLine, "---"));

        assertThat(problem.where().line()).isEqualTo(4);
        assertThat(problem.message()).contains("title").contains("blank");
    }

    @ParameterizedTest
    @CsvSource({"'title:', 3", "'date:', 3"})
    void keyWithEmptyValueIsReportedOnItsOwnLine(String emptyKeyLine, int line) {
        String other = emptyKeyLine.startsWith("title") ? "date: 2014-12-20" : "title: T";
        Problem problem = onlyProblemOf(file("---", other, emptyKeyLine, "---"));

        assertThat(problem.where().line()).isEqualTo(line);
    }

    @Test
    void missingDateIsReported() {
        Problem problem = onlyProblemOf(file("---", "title: T", "---"));

        assertThat(problem.where().line()).isEqualTo(1);
        assertThat(problem.message()).contains("date");
    }

    @ParameterizedTest(name = "date: {0}")
    @CsvSource(delimiter = '|', value = {
            "yesterday          | yesterday",
            "2014               | 2014",
            "2014-13-01         | 2014-13-01",
            "2014-02-30         | 2014-02-30",
            "true               | true",
            "[2014-12-20]       | list",
            "'20 December 2014' | 20 December 2014"})
    void badDateIsReportedAtItsLine(String value, String fragment) {
        Problem problem = onlyProblemOf(file("---", "title: T", "source: BBC", "date: " + value, "---"));

        assertThat(problem.where().line()).isEqualTo(4);
        assertThat(problem.message()).contains("date").contains(fragment);
    }

    @Test
    void dateWrittenAsNumberSaysItMustBeText() {
        Problem problem = onlyProblemOf(file("---", "title: T", "date: 2014", "---"));

        assertThat(problem.where().line()).isEqualTo(3);
        assertThat(problem.message()).contains("must be text").contains("number 2014");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "tags    | 5",
            "tags    | true",
            "tags    | {a: b}",
            "draft   | maybe",
            "draft   | yes",
            "draft   | 1",
            "draft   | [true]",
            "source  | {name: BBC}",
            "slug    | ../etc/passwd",
            "slug    | a/b",
            "origin  | sources/x.txt",
            "featured | sure",
            "featured | [true]",
            "priority | high",
            "priority | 1.5",
            "priority | 101",
            "priority | -1000",
            "note     | [a, b]",
            "note     | {why: it matters}"})
    void valueOfTheWrongKindIsReportedAtItsLine(String key, String value) {
        String text = file("---", "title: T", "date: 2014-12-20", "author: X", key + ": " + value, "---");

        Problem problem = onlyProblemOf(text);

        assertThat(problem.where().line()).isEqualTo(5);
        assertThat(problem.message()).contains(key);
    }

    @Test
    void titleWrittenAsAListIsOneProblemAtItsLine() {
        Problem problem = onlyProblemOf(file("---", "date: 2014-12-20", "author: X", "title: [a, b]", "---"));

        assertThat(problem.where().line()).isEqualTo(4);
        assertThat(problem.message()).contains("title").contains("list").doesNotContain("blank");
    }

    @Test
    void badListEntryIsReportedAtTheEntrysLine() {
        Problem problem = onlyProblemOf(file("---", "title: T", "date: 2014-12-20", "tags:", "- ok", "- [nested]", "- fine", "---"));

        assertThat(problem.where().line()).isEqualTo(6);
        assertThat(problem.message()).contains("tags");
    }

    @Test
    void incompleteOriginIsReportedAtItsLine() {
        Problem problem = onlyProblemOf(file("---", "title: T", "date: 2014-12-20", "origin:", "  file: sources/x.txt",
                "  sha256: not-a-hash", "---"));

        assertThat(problem.where().line()).isEqualTo(6);
        assertThat(problem.message()).contains("sha256");
    }

    @Test
    void duplicateKeyIsReportedAtTheSecondOccurrenceNamingTheFirst() {
        Problem problem = onlyProblemOf(file("---", "title: First", "date: 2014-12-20", "title: Second", "---"));

        assertThat(problem.where().line()).isEqualTo(4);
        assertThat(problem.message()).contains("duplicate").contains("title").contains("line 2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Just some text\nand more\n", "title: T\ndate: 2014-12-20\n", "# Heading\n---\ntitle: T\n---\n",
            " -- \ntitle: T\n"})
    void fileWithoutFrontMatterIsReportedOnLine1(String text) {
        Problem problem = onlyProblemOf(text);

        assertThat(problem.where().line()).isEqualTo(1);
        assertThat(problem.message()).contains("no front matter").contains("first line is '" + text.lines().findFirst().orElseThrow().strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "  \n\n\t\n", "\uFEFF"})
    void emptyFileIsReportedAsEmpty(String text) {
        Problem problem = onlyProblemOf(text);

        assertThat(problem.where().line()).isEqualTo(1);
        assertThat(problem.message()).contains("empty");
    }

    @Test
    void frontMatterNeverClosedIsReported() {
        Problem problem = onlyProblemOf(file("---", "title: T", "date: 2014-12-20", "", "Body text"));

        assertThat(problem.where().line()).isEqualTo(1);
        assertThat(problem.message()).contains("never closed");
    }

    @Test
    void frontMatterNeverClosedCountsTheLinesOfAFileEndingInANewline() {
        Problem problem = onlyProblemOf("---\ntitle: T\ndate: 2014-12-20\n");

        assertThat(problem.message()).contains("file has 3 lines");
    }

    @Test
    void frontMatterNeverClosedCountsTheLinesOfAFileWithoutFinalNewline() {
        Problem problem = onlyProblemOf("---\ntitle: T\ndate: 2014-12-20");

        assertThat(problem.message()).contains("file has 3 lines");
    }

    @Test
    void closingDelimiterMayBeThreeDots() {
        Article article = ArticleParser.parse(FILE, file("---", "title: T", "date: 2014-12-20", "...", "Body"), UTC);

        assertThat(article.body()).isEqualTo("Body");
    }

    @Test
    void byteOrderMarkAtStartIsAccepted() {
        Article article = ArticleParser.parse(FILE, "\uFEFF" + file("---", "title: T", "date: 2014-12-20", "---", "Body"), UTC);

        assertThat(article.title()).isEqualTo("T");
        assertThat(article.body()).isEqualTo("Body");
    }

    @Test
    void byteOrderMarkDoesNotShiftLines() {
        Problem problem = onlyProblemOf("\uFEFF" + file("---", "title: T", "date: yesterday", "---"));

        assertThat(problem.where().line()).isEqualTo(3);
    }

    @Test
    void crlfLineEndingsAreAccepted() {
        Article article = ArticleParser.parse(FILE,
                "---\r\ntitle: T\r\ndate: 2014-12-20\r\ntags: [a, b]\r\n---\r\n\r\nFirst line\r\nSecond line\r\n", UTC);

        assertThat(article.title()).isEqualTo("T");
        assertThat(article.tags()).containsExactly("a", "b");
        assertThat(article.body()).isEqualTo("First line\nSecond line");
    }

    @Test
    void crlfLineEndingsKeepLineNumbersRight() {
        List<Problem> problems = problemsOf("---\r\ntitle: T\r\nsource: S\r\ndate: yesterday\r\ndraft: maybe\r\n---\r\n");

        assertThat(problems).extracting(p -> p.where().line()).containsExactlyInAnyOrder(4, 5);
    }

    @Test
    void everyProblemInTheFileIsReportedTogether() {
        String text = file(
                "---",             // 1
                "title: ' '",      // 2
                "date: yesterday", // 3
                "tags: 5",         // 4
                "draft: maybe",    // 5
                "slug: a/b",       // 6
                "---");

        InputException e = catchThrowableOfType(InputException.class, () -> ArticleParser.parse(FILE, text, UTC));

        assertThat(e.problems()).hasSizeGreaterThan(1);
        assertThat(e.problems()).extracting(p -> p.where().line()).containsExactlyInAnyOrder(2, 3, 4, 5, 6);
        assertThat(e.getMessage()).contains("and 4 more");
    }

    @Test
    void missingTitleAndDateAreBothReported() {
        List<Problem> problems = problemsOf(file("---", "author: X", "---"));

        assertThat(problems).hasSize(2);
        assertThat(problems).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("title"))
                .anySatisfy(m -> assertThat(m).contains("date"));
    }

    @Test
    void frontMatterThatIsAListIsReported() {
        Problem problem = onlyProblemOf(file("---", "- title", "- date", "---"));

        assertThat(problem.where().line()).isEqualTo(2);
        assertThat(problem.message()).contains("key: value");
    }

    @Test
    void aliasBombFailsFastWithAnInputException() {
        StringBuilder yaml = new StringBuilder(file("---", "title: Bomb", "date: 2014-12-20"));
        yaml.append("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            String ref = "*" + (char) (c - 1);
            String refs = IntStream.range(0, 9).mapToObj(i -> ref).collect(Collectors.joining(","));
            yaml.append(c).append(": &").append(c).append(" [").append(refs).append("]\n");
        }
        yaml.append("---\n");
        String text = yaml.toString();

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            InputException e = catchThrowableOfType(InputException.class, () -> ArticleParser.parse(FILE, text, UTC));
            assertThat(e).as("alias bomb must be rejected").isNotNull();
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.where().file()).isEqualTo(FILE);
                assertThat(p.message()).contains("invalid YAML");
            });
        });
    }

    @Test
    void aFewAliasesAreStillAllowed() {
        Article article = ArticleParser.parse(FILE, file("---", "title: T", "date: 2014-12-20",
                "defaults: &d {x: 1}", "copy: *d", "---"), UTC);

        assertThat(article.params()).containsEntry("defaults", Map.of("x", 1)).containsEntry("copy", Map.of("x", 1));
    }

    // --- TextFiles.readUtf8 ---

    private static byte[] bytes(Object... parts) {
        return org.broadsheet.testing.Bytes.of(parts);
    }

    static Stream<Arguments> invalidUtf8() {
        return Stream.of(
                Arguments.of("lone 0xFF on line 3", bytes("---\ntitle: T\n", 0xFF, "date: x\n---\n"), 3),
                Arguments.of("bad byte on line 1", bytes(0xC3, 0x28, "\nok\n"), 1),
                Arguments.of("bad byte after valid multibyte text", bytes("---\ntitle: Caf\u00e9 \u6771\u4eac\nsum: ", 0xE9, "t\u00e9\n"), 3),
                Arguments.of("overlong encoding on line 2", bytes("a\n", 0xC0, 0xAF, "\nc\n"), 2),
                Arguments.of("truncated sequence at the end", bytes("a\nb\n\nd", 0xE2, 0x82), 4),
                Arguments.of("Latin-1 text with CRLF", bytes("---\r\ntitle: x\r\ndate: y\r\nauthor: M", 0xFC, "ller\r\n"), 4),
                Arguments.of("bad byte right after a newline", bytes("one\ntwo\n", 0x80, "three"), 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidUtf8")
    void invalidUtf8IsReportedAtTheLineOfTheFirstBadByte(String name, byte[] content, int line, @TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.md");
        Files.write(f, content);

        InputException e = catchThrowableOfType(InputException.class, () -> TextFiles.readUtf8(f));

        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.where().file()).isEqualTo(f);
            assertThat(p.where().line()).isEqualTo(line);
            assertThat(p.message()).contains("UTF-8");
        });
    }

    @Test
    void validUtf8IsReadUnchanged(@TempDir Path dir) throws Exception {
        String text = "---\ntitle: Caf\u00e9 \u6771\u4eac \ud83c\udf89 \u0645\u0631\u062d\u0628\u0627\n---\r\nbody\n";
        Path f = dir.resolve("ok.md");
        Files.writeString(f, text, StandardCharsets.UTF_8);

        assertThat(TextFiles.readUtf8(f)).isEqualTo(text);
    }

    @Test
    void unreadableFileIsAnInputException(@TempDir Path dir) {
        Path missing = dir.resolve("missing.md");

        assertThatThrownBy(() -> TextFiles.readUtf8(missing))
                .isInstanceOfSatisfying(InputException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.where().file()).isEqualTo(missing)));
    }

    @Test
    void aPostNamedAfterItsDayAsJekyllNamesThemNeedsNoDateKey() {
        Article a = ArticleParser.parse(Path.of("content/_posts/2014-12-20-harbour-wall.md"), "---\ntitle: Wall\n---\nBody\n",
                ZoneId.of("Europe/London"));
        assertThat(a.date().day(ZoneId.of("Europe/London"))).isEqualTo(LocalDate.of(2014, 12, 20));

        Article own = ArticleParser.parse(Path.of("content/2014-12-20-harbour-wall.md"),
                "---\ntitle: Wall\ndate: 2015-01-02\n---\n", ZoneId.of("UTC"));
        assertThat(own.date().toText()).as("a date: key wins").isEqualTo("2015-01-02");

        InputException e = catchThrowableOfType(InputException.class, () -> ArticleParser.parse(
                Path.of("content/2014-13-45-wall.md"), "---\ntitle: Wall\n---\n", ZoneId.of("UTC")));
        assertThat(e.problems().get(0).message()).startsWith("missing 'date:'");

        assertThat(ArticleParser.parse(Path.of("content/2014-12-20-wall.md"), "---\ntitle: Wall\npublished: false\n---\n",
                ZoneId.of("UTC")).draft()).as("Jekyll's published: false is a draft").isTrue();
    }
}
