package org.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.broadsheet.config.ConfigLoader;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleParser;
import org.broadsheet.error.Diagnostics;
import org.broadsheet.render.BuiltInTheme;
import org.broadsheet.testing.Cli;
import org.broadsheet.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** init, new and theme eject: they create the user's files, and never overwrite one. */
class ScaffoldCommandsTest {

    @TempDir
    Path tmp;

    @Test
    void initCreatesADigestThatBuildsAtOnce() throws IOException {
        Path dir = tmp.resolve("harbour-news");

        Cli.Run run = Cli.run("init", dir.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("init: 5 files created");
        SiteConfig config = ConfigLoader.load(dir.resolve("broadsheet.yaml"), Diagnostics.SILENT);
        assertThat(config.title()).isEqualTo("Harbour News");
        assertThat(dir.resolve("sources/README.md")).isRegularFile();
        assertThat(dir.resolve(".gitignore")).content().contains("/site/");
        assertThat(dir.resolve("templates")).doesNotExist();
        List<Path> articles = markdownFiles(dir.resolve("content")).stream().filter(p -> !p.startsWith(dir.resolve("content/pages")))
                .toList();
        assertThat(articles).hasSize(1);
        Article welcome = ArticleParser.parse(articles.get(0), Files.readString(articles.get(0)), config.timezone());
        assertThat(welcome.title()).isEqualTo("Welcome to Harbour News");

        Cli.Run build = Cli.inSite(dir, "build");
        assertThat(build.exitCode()).as(build.all()).isZero();
        assertThat(dir.resolve("site/index.html")).content().contains("Welcome to Harbour News")
                .contains("<a href=\"about/index.html\">About</a>");
        assertThat(dir.resolve("site/about/index.html")).content().contains("Who gathers Harbour News");
    }

    @Test
    void initRefusesAFolderThatIsNotEmptyAndWritesNothing() throws IOException {
        new TestSite(tmp).file("notes.txt", "mine");

        Cli.Run run = Cli.run("init", tmp.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("is not empty (notes.txt)").contains("--force");
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("notes.txt");
        }
    }

    @Test
    void initWithForceAddsWhatIsMissingAndNamesEveryFileItKept() {
        TestSite site = new TestSite(tmp).file("broadsheet.yaml", "title: Mine\n").file(".gitignore", "mine\n");

        Cli.Run run = Cli.run("init", "--force", "--title", "Other", tmp.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(site.read("broadsheet.yaml")).isEqualTo("title: Mine\n");
        assertThat(site.read(".gitignore")).isEqualTo("mine\n");
        assertThat(run.err()).contains("warning: broadsheet.yaml: exists already; kept as it is")
                .contains("warning: .gitignore: exists already; kept as it is");
        assertThat(run.out()).contains("2 existing files kept");
        assertThat(site.exists("sources/README.md")).isTrue();
    }

    @Test
    void initWithTemplatesCopiesTheWholeBuiltInTheme() throws IOException {
        Cli.Run run = Cli.run("init", "--templates", tmp.resolve("d").toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        Map<String, byte[]> theme = BuiltInTheme.files("");
        assertThat(theme).containsKeys("article.ftlh", "_layout.ftlh", "assets/style.css");
        for (var e : theme.entrySet()) {
            assertThat(Files.readAllBytes(tmp.resolve("d/templates").resolve(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    @Test
    void themeEjectKeepsACustomisedTemplateAndTheSiteLooksTheSameAfterwards() throws IOException {
        TestSite site = new TestSite(tmp).file("broadsheet.yaml", "title: Eject\n")
                .file("content/a.md", TestSite.article("Eject Test", "2024-01-02", "tags: [x]"));
        assertThat(Cli.inSite(tmp, "build", "-q").exitCode()).isZero();
        String before = site.read("site/2024/01/a/index.html");
        site.file("templates/tags.ftlh", "<#-- mine -->${tags?size}\n");

        Cli.Run run = Cli.inSite(tmp, "theme", "eject");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.err()).contains("warning: templates/tags.ftlh: exists already; kept as it is");
        assertThat(site.read("templates/tags.ftlh")).isEqualTo("<#-- mine -->${tags?size}\n");
        assertThat(site.exists("templates/article.ftlh")).isTrue();
        assertThat(Cli.inSite(tmp, "build", "-q").exitCode()).isZero();
        assertThat(site.read("site/2024/01/a/index.html")).isEqualTo(before);
    }

    @Test
    void newWritesTheArticleInItsMonthFolderThroughTheYamlLibraryAndPrintsThePath() throws IOException {
        new TestSite(tmp).file("broadsheet.yaml", "timezone: Pacific/Auckland\n");
        String title = "Council: \"No\" — to the 'Harbour' #Plan";

        Cli.Run run = Cli.inSite(tmp, "new", title, "--tags", "council,harbour front", "--source", "The Gazette",
                "--url", "https://example.org/x?a=1&b=2", "--date", "2024-03-05T23:30:00Z", "--draft");

        assertThat(run.exitCode()).as(run.all()).isZero();
        Path file = tmp.resolve("content/2024/03/council-no-to-the-harbour-plan.md");
        assertThat(run.out().strip()).endsWith("content/2024/03/council-no-to-the-harbour-plan.md".replace('/', java.io.File.separatorChar));
        Article a = ArticleParser.parse(file, Files.readString(file, StandardCharsets.UTF_8), ZoneId.of("Pacific/Auckland"));
        assertThat(a.title()).isEqualTo(title);
        assertThat(a.tags()).containsExactly("council", "harbour front");
        assertThat(a.source()).isEqualTo("The Gazette");
        assertThat(a.url()).isEqualTo("https://example.org/x?a=1&b=2");
        assertThat(a.draft()).isTrue();
        assertThat(a.date().toText()).isEqualTo("2024-03-05T23:30:00Z");
    }

    @Test
    void newPageWritesAPageThatBuildsIntoTheMenu() {
        new TestSite(tmp).file("broadsheet.yaml", "title: Paged\n");

        Cli.Run run = Cli.inSite(tmp, "new", "--page", "About: \"Us\"", "-q");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out().strip()).endsWith("content/pages/about-us.md".replace('/', java.io.File.separatorChar));
        assertThat(Cli.inSite(tmp, "build", "-q").exitCode()).isZero();
        assertThat(new TestSite(tmp).read("site/index.html")).contains("<a href=\"about-us/index.html\">About: &quot;Us&quot;</a>");
        assertThat(Cli.inSite(tmp, "new", "--page", "About: \"Us\"").exitCode()).as("never overwrites").isEqualTo(ExitCodes.INPUT);
        Cli.Run dated = Cli.inSite(tmp, "new", "--page", "Contact", "--date", "2024-01-09");
        assertThat(dated.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(dated.err()).contains("a page has no tags, source, URL or date");
    }

    @Test
    void newOutsideADigestsFolderSaysThereIsNoConfigHere() {
        Cli.Run run = Cli.inSite(tmp, "new", "Lost Article", "--date", "2024-01-09");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("no config file here", "broadsheet init");
    }

    @Test
    void newFilesAnArticleDatedTodayInTheSitesTimeZoneAndTheMonthOfThatDay() {
        new TestSite(tmp).file("broadsheet.yaml", "timezone: Pacific/Kiritimati\n");
        LocalDate before = LocalDate.now(ZoneId.of("Pacific/Kiritimati"));

        Cli.Run run = Cli.inSite(tmp, "new", "Today", "-q");

        assertThat(run.exitCode()).as(run.all()).isZero();
        LocalDate after = LocalDate.now(ZoneId.of("Pacific/Kiritimati"));
        String month = String.format("content/%04d/%02d/today.md", before.getYear(), before.getMonthValue());
        String month2 = String.format("content/%04d/%02d/today.md", after.getYear(), after.getMonthValue());
        assertThat(tmp.resolve(month).toFile().exists() || tmp.resolve(month2).toFile().exists()).as(run.out()).isTrue();
        assertThat(run.out()).as("-q still prints the path, the command's result").contains("today.md");
    }

    @Test
    void newNeverOverwritesAnExistingArticle() {
        TestSite site = new TestSite(tmp).file("content/2024/01/same-title.md", "mine\n");

        Cli.Run run = Cli.inSite(tmp, "new", "Same Title", "--date", "2024-01-09");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("content/2024/01/same-title.md: exists already").contains("--slug");
        assertThat(site.read("content/2024/01/same-title.md")).isEqualTo("mine\n");
        assertThat(Cli.inSite(tmp, "new", "Same Title", "--date", "2024-01-09", "--slug", "same-title-2", "-q").exitCode()).isZero();
        assertThat(site.exists("content/2024/01/same-title-2.md")).isTrue();
    }

    @Test
    void newRejectsABadDateUrlOrSlugAsAUsageError() {
        new TestSite(tmp).file("broadsheet.yaml", "title: Usage\n");
        for (String[] args : List.of(
                new String[] {"new", "T", "--date", "yesterday"},
                new String[] {"new", "T", "--url", "javascript:alert(1)"},
                new String[] {"new", "T", "--slug", "../escape"},
                new String[] {"new", " "})) {
            Cli.Run run = Cli.inSite(tmp, args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).startsWith("error: ").contains("Run 'broadsheet new --help'");
        }
        assertThat(tmp.resolve("content")).doesNotExist();
    }

    private static List<Path> markdownFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".md")).toList();
        }
    }
}
