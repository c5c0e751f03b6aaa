package org.broadsheet.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.broadsheet.config.SiteConfig;
import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleDate;
import org.broadsheet.content.ArticleSerializer;
import org.broadsheet.content.Pages;
import org.broadsheet.content.Slugs;
import org.broadsheet.error.InputException;
import org.broadsheet.error.OutputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code broadsheet new}: starts a new article file with its front matter filled in. */
@Command(name = "new",
        header = "Write a new article file (or page) and print its path.",
        description = "Writes a new article, content/YYYY/MM/<slug>.md, with its front matter filled in, and prints its path; "
                + "with --page, a page that is not an article (About, Contact), content/pages/<slug>.md. Never overwrites a file.%n",
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {
            "  broadsheet new \"Harbour Wall Repair Approved\" --tags council,harbour",
            "  broadsheet new \"Ferry Talks Resume\" --source \"The Gazette\" \\",
            "      --url https://example.org/ferry",
            "  $EDITOR \"$(broadsheet new 'Lighthouse for Sale' --date 2026-02-02 --draft)\"",
            "  broadsheet new --page \"About\""})
final class NewCommand implements Callable<Integer> {

    @ParentCommand
    BroadsheetCommand top;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TITLE", description = "The headline.")
    String title;

    @Option(names = "--tags", split = ",", paramLabel = "TAG", description = "Tags, separated by commas.")
    List<String> tags = new ArrayList<>();

    @Option(names = "--source", paramLabel = "PUBLICATION", description = "The publication the article comes from.")
    String source = "";

    @Option(names = "--url", paramLabel = "URL", description = "The original article's address (http or https).")
    String url = "";

    @Option(names = "--date", paramLabel = "DATE",
            description = "2014-12-20 or 2014-12-20T15:04:05+01:00 (default: today, in the config's timezone).")
    String date;

    @Option(names = "--slug", paramLabel = "NAME", description = "The URL and file name (default: from the title).")
    String slug = "";

    @Option(names = "--draft", description = "Mark it draft: true (shown by serve, left out by build).")
    boolean draft;

    @Option(names = "--page", description = "Write a page that is not an article, in content/pages/, shown in the "
            + "site's navigation (menu: 1): it has no date, tags, source or URL.")
    boolean page;

    @Override
    public Integer call() {
        Console console = top.console();
        SiteConfig config = top.loadConfigToWrite(console);
        Path file;
        if (page) {
            file = pageFile(config.paths().content());
            write(file, Pages.newPage(title, draft));
        } else {
            Article article = article(config.timezone());
            file = contentFile(config.paths().content(), article, config.timezone());
            write(file, ArticleSerializer.toMarkdown(article));
        }
        console.result(shown(file));
        return ExitCodes.OK;
    }

    private void checkTitleAndSlug() {
        if (title.isBlank()) {
            throw usage("the title is empty; write the headline in quotes: broadsheet new \"Council Approves Budget\"");
        }
        if (!slug.isEmpty() && !Slugs.isUsableAsGiven(slug)) {
            throw usage("--slug " + slug + " cannot be a URL name; use letters, digits and dashes, e.g. --slug my-story");
        }
    }

    private Article article(ZoneId zone) {
        checkTitleAndSlug();
        if (!url.isEmpty() && !isWebUrl(url)) {
            throw usage("--url " + url + " is not an http(s) address like https://example.org/story");
        }
        ArticleDate when;
        try {
            when = date == null ? ArticleDate.ofDay(LocalDate.now(zone), zone) : ArticleDate.parse(date, zone);
        } catch (DateTimeException e) {
            throw usage("--date: " + e.getMessage());
        }
        return new Article(title, when, source, url, "", tags, "", "", false, 0, draft, slug, List.of(), null, Map.of(),
                "Write the article here. The first paragraph is the summary shown in lists, unless you add a `summary:` above.");
    }

    /** Where a page lives: {@code content/pages/<slug>.md}. */
    private Path pageFile(Path contentDir) {
        checkTitleAndSlug();
        if (!tags.isEmpty() || !source.isEmpty() || !url.isEmpty() || date != null) {
            throw usage("a page has no tags, source, URL or date; leave out --tags, --source, --url and --date with --page");
        }
        return contentDir.resolve(Pages.FOLDER).resolve((slug.isEmpty() ? Slugs.slugify(title, "page") : slug) + ".md");
    }

    /** Where an article lives: {@code content/YYYY/MM/<slug>.md}, by its day in the site's time zone. */
    static Path contentFile(Path contentDir, Article article, ZoneId zone) {
        LocalDate day = article.date().day(zone);
        String name = article.slug().isEmpty() ? Slugs.slugify(article.title(), "article") : article.slug();
        return contentDir.resolve(String.format("%04d", day.getYear())).resolve(String.format("%02d", day.getMonthValue()))
                .resolve(name + ".md");
    }

    private void write(Path file, String markdown) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, markdown, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new InputException(new Problem(SourcePosition.of(file),
                    "exists already, and new never overwrites; choose another title, or a file name with --slug"));
        } catch (IOException e) {
            throw new OutputException(new Problem(SourcePosition.of(file), "cannot write the article: " + e.getMessage()), e);
        }
    }

    /** The path as the user can use it from here: relative to the current folder when inside it. */
    private static String shown(Path file) {
        Path here = Path.of("").toAbsolutePath();
        Path f = file.toAbsolutePath().normalize();
        return (f.startsWith(here) ? here.relativize(f) : f).toString();
    }

    private static boolean isWebUrl(String text) {
        try {
            URI uri = URI.create(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
