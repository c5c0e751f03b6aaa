package org.broadsheet.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.testing.CollectedWarnings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigLoaderTest {

    @TempDir
    Path dir;
    private Path file;
    private CollectedWarnings diagnostics;

    @BeforeEach
    void setUp() {
        file = dir.resolve("broadsheet.yaml");
        diagnostics = new CollectedWarnings();
    }

    private static String lines(String... lines) {
        return Stream.of(lines).map(l -> l + "\n").collect(Collectors.joining());
    }

    private SiteConfig parse(String text) {
        return ConfigLoader.parse(text, file, diagnostics);
    }

    private List<Problem> problemsOf(String text) {
        InputException e = catchThrowableOfType(InputException.class, () -> parse(text));
        assertThat(e).as("config should be rejected").isNotNull();
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.where().file()).isEqualTo(file));
        return e.problems();
    }

    private Problem onlyProblemOf(String text) {
        List<Problem> problems = problemsOf(text);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", "# just a comment\n", "\uFEFF", "   \n# comment\n\n"})
    void emptyConfigGivesTheDefaults(String text) {
        SiteConfig config = parse(text);

        assertThat(config).isEqualTo(SiteConfig.defaults(dir));
        assertThat(config.title()).isEqualTo("News digest");
        assertThat(config.pageSize()).isEqualTo(SiteConfig.DEFAULT_PAGE_SIZE);
        assertThat(config.timezone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(config.paths().content()).isEqualTo(dir.resolve("content"));
        assertThat(config.paths().output()).isEqualTo(dir.resolve("site"));
        assertThat(diagnostics.warnings()).isEmpty();
    }

    @Test
    void everyKeyIsRead() {
        SiteConfig config = parse(lines(
                "title: Cyber Digest",
                "description: 'Daily: security news'",
                "base_url: https://example.org/digest/",
                "language: de-CH",
                "timezone: Europe/Berlin",
                "page_size: 25",
                "paths:",
                "  sources: in",
                "  content: posts",
                "  templates: theme",
                "  static: files",
                "  output: public",
                "import:",
                "  boilerplate:",
                "    - '^Subscribe now'",
                "    - 'Copyright \\d{4}'",
                "markdown:",
                "  raw_html: sanitize"));

        assertThat(config.title()).isEqualTo("Cyber Digest");
        assertThat(config.description()).isEqualTo("Daily: security news");
        assertThat(config.baseUrl()).isEqualTo("https://example.org/digest/");
        assertThat(config.language()).isEqualTo("de-CH");
        assertThat(config.timezone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(config.pageSize()).isEqualTo(25);
        assertThat(config.paths()).usingRecursiveComparison().ignoringFields("contentNamedAt").isEqualTo(new SitePaths(dir,
                dir.resolve("in"), dir.resolve("posts"), dir.resolve("theme"), dir.resolve("files"), dir.resolve("public")));
        assertThat(config.paths().contentNamedAt().line()).isEqualTo(9);
        assertThat(config.imports().boilerplate()).extracting(Pattern::pattern).containsExactly("^Subscribe now", "Copyright \\d{4}");
        assertThat(config.markdown().rawHtml()).isEqualTo(MarkdownSettings.RawHtml.SANITIZE);
        assertThat(diagnostics.warnings()).isEmpty();
    }

    @Test
    void unknownTopLevelKeyIsAWarningWithItsLineAndTheRestIsStillRead() {
        SiteConfig config = parse(lines("title: T", "page_size: 5", "colour: red"));

        assertThat(config.title()).isEqualTo("T");
        assertThat(config.pageSize()).isEqualTo(5);
        assertThat(diagnostics.warnings()).singleElement().satisfies(w -> {
            assertThat(w.where().file()).isEqualTo(file);
            assertThat(w.where().line()).isEqualTo(3);
            assertThat(w.message()).contains("colour").contains("ignored").doesNotContain("did you mean");
        });
    }

    @ParameterizedTest(name = "{0} -> did you mean {1}")
    @CsvSource({
            "page-size, page_size",
            "titel,     title",
            "pgae_size, page_size",
            "Page_Size, page_size",
            "base-url,  base_url",
            "baseurl,   base_url",
            "Title,     title",
            "timezon,   timezone",
            "langauge,  language",
            "descripton, description"})
    void nearMissKeyGetsADidYouMeanHint(String written, String meant) {
        SiteConfig config = parse(lines("title: T", written + ": 3"));

        assertThat(diagnostics.warnings()).singleElement().satisfies(w -> {
            assertThat(w.where().line()).isEqualTo(2);
            assertThat(w.message()).contains("'" + written + "'").contains("did you mean '" + meant + "'");
        });
        assertThat(config.pageSize()).as("an unknown key is not applied").isEqualTo(SiteConfig.DEFAULT_PAGE_SIZE);
    }

    @Test
    void unknownKeysInsidePathsAndImportAreWarnings() {
        SiteConfig config = parse(lines("paths:", "  ouput: public", "import:", "  boilerplat: x"));

        assertThat(diagnostics.warnings()).hasSize(2);
        assertThat(diagnostics.warnings()).anySatisfy(w -> {
            assertThat(w.where().line()).isEqualTo(2);
            assertThat(w.message()).contains("ouput").contains("did you mean 'output'");
        });
        assertThat(diagnostics.warnings()).anySatisfy(w -> {
            assertThat(w.where().line()).isEqualTo(4);
            assertThat(w.message()).contains("boilerplat").contains("did you mean 'boilerplate'");
        });
        assertThat(config.paths().output()).isEqualTo(dir.resolve("site"));
    }

    @ParameterizedTest(name = "page_size: {0}")
    @CsvSource(delimiter = '|', value = {
            "ten          | whole number",
            "2.5          | whole number",
            "true         | whole number",
            "[10]         | whole number",
            "0            | between 1 and 10000",
            "-1           | between 1 and 10000",
            "10001        | between 1 and 10000",
            "99999999999  | between 1 and 10000"})
    void badPageSizeIsAnErrorAtItsLine(String value, String fragment) {
        Problem problem = onlyProblemOf(lines("title: T", "# comment", "page_size: " + value));

        assertThat(problem.where().line()).isEqualTo(3);
        assertThat(problem.message()).contains("page_size").contains(fragment);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 10_000})
    void pageSizeWithinRangeIsRead(int size) {
        assertThat(parse("page_size: " + size).pageSize()).isEqualTo(size);
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.org", "www.example.org/digest/", "/digest/", "ftp://example.org/", "https://",
            "mailto:editor@example.org", "'http://exa mple.org/'", "file:///var/www/"})
    void baseUrlThatIsNotAbsoluteHttpIsAnErrorAtItsLine(String value) {
        Problem problem = onlyProblemOf(lines("title: T", "base_url: " + value));

        assertThat(problem.where().line()).isEqualTo(2);
        assertThat(problem.message()).contains("base_url");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "'https://e.org/?q=1#f',        https://e.org/",
            "https://e.org/digest?page=1,   https://e.org/digest/",
            "https://e.org/digest/#top,     https://e.org/digest/",
            "https://e.org?,                https://e.org/"})
    void baseUrlWithAQueryOrFragmentIsAnErrorAtItsLineSayingWhatToWrite(String value, String instead) {
        Problem problem = onlyProblemOf(lines("title: T", "base_url: " + value));

        assertThat(problem.where().line()).isEqualTo(2);
        assertThat(problem.message()).contains("base_url '" + value + "' has a query (?...) or a fragment (#...)")
                .endsWith("write the site's address alone, e.g. " + instead);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "https://example.org/digest,   https://example.org/digest/",
            "https://example.org/digest/,  https://example.org/digest/",
            "http://example.org,           http://example.org/",
            "'  https://example.org/a  ',  https://example.org/a/",
            "https://example.org:8080/x,   https://example.org:8080/x/",
            "'',                           ''"})
    void baseUrlAlwaysEndsWithASlash(String value, String expected) {
        assertThat(parse("base_url: " + value).baseUrl()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "timezone: {0}")
    @CsvSource({"UTC, UTC", "Europe/Berlin, Europe/Berlin", "America/New_York, America/New_York", "'+02:00', +02:00"})
    void timezoneIsRead(String value, String expected) {
        assertThat(parse("timezone: " + value).timezone()).isEqualTo(ZoneId.of(expected));
    }

    @Test
    void offsetTimezoneIsAZoneOffset() {
        assertThat(parse("timezone: '-05:00'").timezone()).isEqualTo(ZoneOffset.ofHours(-5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mars/Olympus", "Europe/Atlantis", "EST5EDT7", "+25:00", "'42'", "''"})
    void unknownTimezoneIsAnErrorAtItsLine(String value) {
        Problem problem = onlyProblemOf(lines("title: T", "description: D", "timezone: " + value));

        assertThat(problem.where().line()).isEqualTo(3);
        assertThat(problem.message()).contains("timezone");
    }

    @ParameterizedTest(name = "language: {0} -> {1}")
    @CsvSource({"en, en", "de-CH, de-CH", "de-ch, de-CH", "EN, en", "pt-BR, pt-BR", "zh-Hant-TW, zh-Hant-TW"})
    void languageTagIsNormalised(String value, String expected) {
        SiteConfig config = parse("language: " + value);

        assertThat(config.language()).isEqualTo(expected);
        assertThat(config.locale().toLanguageTag()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "en_US", "'en US'", "'-'", "''", "x-private", "e"})
    void invalidLanguageIsAnErrorAtItsLine(String value) {
        Problem problem = onlyProblemOf(lines("title: T", "language: " + value));

        assertThat(problem.where().line()).isEqualTo(2);
        assertThat(problem.message()).contains("language");
    }

    @Test
    void relativePathsResolveAgainstTheConfigFilesFolder() {
        Path site = dir.resolve("site-root");
        Path config = site.resolve("broadsheet.yaml");

        SiteConfig c = ConfigLoader.parse(lines(
                "paths:",
                "  content: posts/2014",
                "  output: ../public",
                "  templates: ./theme/../my-theme"), config, diagnostics);

        assertThat(c.paths().root()).isEqualTo(site);
        assertThat(c.paths().content()).isEqualTo(site.resolve("posts").resolve("2014"));
        assertThat(c.paths().output()).isEqualTo(dir.resolve("public"));
        assertThat(c.paths().templates()).isEqualTo(site.resolve("my-theme"));
        assertThat(c.paths().sources()).as("unset path keeps its default").isEqualTo(site.resolve("sources"));
    }

    @Test
    void absolutePathsAreKept() {
        Path elsewhere = dir.resolve("elsewhere").toAbsolutePath();
        SiteConfig c = parse(lines("paths:", "  output: '" + elsewhere + "'"));

        assertThat(c.paths().output()).isEqualTo(elsewhere);
    }

    @Test
    void pathsThatAreNotAGroupOfKeysAreAnError() {
        Problem problem = onlyProblemOf(lines("title: T", "paths: posts"));

        assertThat(problem.where().line()).isEqualTo(2);
        assertThat(problem.message()).contains("paths");
    }

    @Test
    void boilerplateMayBeASingleValue() {
        assertThat(parse(lines("import:", "  boilerplate: '^Read more'")).imports().boilerplate())
                .extracting(Pattern::pattern).containsExactly("^Read more");
    }

    @Test
    void invalidBoilerplateRegexIsAnErrorWithItsLine() {
        Problem problem = onlyProblemOf(lines("title: T", "import:", "  boilerplate:", "    - '(unclosed'"));

        assertThat(problem.where().line()).isEqualTo(4);
        assertThat(problem.message()).contains("regular expression").contains("(unclosed");
    }

    @Test
    void invalidBoilerplateRegexInAFlowListIsAnErrorWithItsLine() {
        Problem problem = onlyProblemOf(lines("title: T", "import:", "  boilerplate: ['ok', '[a-']"));

        assertThat(problem.where().line()).isEqualTo(3);
        assertThat(problem.message()).contains("[a-");
    }

    @Test
    void invalidBoilerplateRegexIsReportedAtTheLineOfTheBadEntry() {
        Problem problem = onlyProblemOf(lines("import:", "  boilerplate:", "    - '^ok'", "    - 'fine'", "    - '*bad'"));

        assertThat(problem.where().line()).isEqualTo(5);
        assertThat(problem.message()).contains("*bad");
    }

    @ParameterizedTest
    @CsvSource({"keep, KEEP", "sanitize, SANITIZE", "escape, ESCAPE", "' escape ', ESCAPE"})
    void rawHtmlSettingIsRead(String value, MarkdownSettings.RawHtml expected) {
        assertThat(parse(lines("markdown:", "  raw_html: " + value)).markdown().rawHtml()).isEqualTo(expected);
    }

    @Test
    void rawHtmlDefaultsToKeep() {
        assertThat(parse("title: T").markdown().rawHtml()).isEqualTo(MarkdownSettings.RawHtml.KEEP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"strip", "html", "true", "[keep]"})
    void unknownRawHtmlSettingIsAnErrorAtItsLineListingTheChoices(String value) {
        Problem problem = onlyProblemOf(lines("title: T", "markdown:", "  raw_html: " + value));

        assertThat(problem.where().line()).isEqualTo(3);
        assertThat(problem.message()).contains("raw_html");
        if (!value.startsWith("[")) {
            assertThat(problem.message()).contains("keep").contains("sanitize").contains("escape");
        }
    }

    @Test
    void severalWrongValuesAreReportedTogether() {
        List<Problem> problems = problemsOf(lines(
                "page_size: ten",
                "base_url: example.org",
                "timezone: Mars/Olympus",
                "language: 12",
                "title: Fine",
                "import:",
                "  boilerplate: ['(']"));

        assertThat(problems).extracting(p -> p.where().line()).containsExactlyInAnyOrder(1, 2, 3, 4, 7);
    }

    @Test
    void unknownKeyWarningsComeEvenWhenValuesAreWrong() {
        problemsOf(lines("titel: T", "page_size: 0"));

        assertThat(diagnostics.warnings()).extracting(w -> w.where().line()).containsExactly(1);
    }

    @Test
    void brokenYamlIsAnErrorAtItsLine() {
        Problem problem = onlyProblemOf(lines("title: T", "description: Q: and A"));

        assertThat(problem.where().line()).isEqualTo(2);
        assertThat(problem.message()).contains("invalid YAML");
    }

    @Test
    void configThatIsAListIsAnError() {
        Problem problem = onlyProblemOf(lines("- title: T", "- page_size: 3"));

        assertThat(problem.where().line()).isEqualTo(1);
        assertThat(problem.message()).contains("key: value");
    }

    @Test
    void duplicateKeyIsAnErrorAtTheSecondOccurrence() {
        Problem problem = onlyProblemOf(lines("page_size: 5", "title: T", "page_size: 6"));

        assertThat(problem.where().line()).isEqualTo(3);
        assertThat(problem.message()).contains("duplicate").contains("line 1");
    }

    @Test
    void byteOrderMarkIsAcceptedAndLinesStayRight() {
        assertThat(parse("\uFEFFtitle: T\n").title()).isEqualTo("T");

        Problem problem = onlyProblemOf("\uFEFFtitle: T\npage_size: x\n");
        assertThat(problem.where().line()).isEqualTo(2);
    }

    @Test
    void loadOfAMissingFileGivesTheDefaultsForItsFolder() {
        Path site = dir.resolve("no-config-here");

        SiteConfig config = ConfigLoader.load(site.resolve(SiteConfig.FILE_NAME), diagnostics);

        assertThat(config).isEqualTo(SiteConfig.defaults(site));
        assertThat(config.paths().root()).isEqualTo(site);
        assertThat(config.paths().content()).isEqualTo(site.resolve("content"));
        assertThat(diagnostics.warnings()).isEmpty();
    }

    @Test
    void loadReadsTheFileAndReportsProblemsAgainstIt() throws Exception {
        Path config = dir.resolve(SiteConfig.FILE_NAME);
        Files.writeString(config, "title: Caf\u00e9 Digest\npaths:\n  content: posts\n", StandardCharsets.UTF_8);

        SiteConfig loaded = ConfigLoader.load(config, diagnostics);

        assertThat(loaded.title()).isEqualTo("Caf\u00e9 Digest");
        assertThat(loaded.paths().content()).isEqualTo(dir.resolve("posts"));

        Files.writeString(config, "title: T\npage_size: 0\n", StandardCharsets.UTF_8);
        InputException e = catchThrowableOfType(InputException.class, () -> ConfigLoader.load(config, diagnostics));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.where().file()).isEqualTo(config.toAbsolutePath().normalize());
            assertThat(p.where().line()).isEqualTo(2);
        });
    }

    @org.junit.jupiter.api.Test
    void linksFromTheHostsRootAreReadAgainstTheBaseUrlsPathWhichServesPreviewKeeps() throws java.io.IOException {
        Path dir = Files.createTempDirectory("cfg");
        Path file = Files.writeString(dir.resolve("broadsheet.yaml"),
                "title: T\nbase_url: https://example.org/news\n");

        SiteConfig config = ConfigLoader.load(file, org.broadsheet.error.Diagnostics.SILENT);

        assertThat(config.markdown().rootPath()).isEqualTo("/news/");
        assertThat(config.withBaseUrl("https://other.example/").markdown().rootPath()).isEqualTo("/");
        assertThat(config.previewedAt("http://localhost:8080/").markdown().rootPath()).isEqualTo("/news/");
        assertThat(config.previewedAt("http://localhost:8080/").baseUrl()).isEqualTo("http://localhost:8080/");
    }
}
