package org.broadsheet.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.broadsheet.config.SiteConfig;
import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleDate;
import org.broadsheet.content.ArticleSerializer;
import org.broadsheet.content.Pages;
import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.broadsheet.render.BuiltInTheme;
import org.broadsheet.yaml.YamlDocuments;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code broadsheet init}: a new, empty digest with one example article. */
@Command(name = "init",
        header = "Start a new digest in a folder.",
        description = "Starts a new digest in DIR: broadsheet.yaml, sources/, content/ with one example article and an About page, and a .gitignore for the built site. The theme stays built in unless you ask for a copy with --templates. Refuses a folder that is not empty, unless --force; even then it never overwrites a file, and names every file it kept.%n",
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {
            "  broadsheet init my-digest && cd my-digest && broadsheet serve",
            "  broadsheet init --title \"The Harbour Digest\" harbour",
            "  broadsheet init --force --templates .   add what is missing here"})
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    BroadsheetCommand top;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ".",
            description = "The folder of the new digest (default: the current folder); created if missing.")
    Path dir;

    @Option(names = "--title", paramLabel = "TITLE", description = "The digest's name (default: from the folder's name).")
    String title;

    @Option(names = "--templates", description = "Also copy the built-in theme into templates/ to customise it.")
    boolean templates;

    @Option(names = "--force", description = "Use a folder that is not empty; existing files are still kept.")
    boolean force;

    @Override
    public Integer call() {
        Path root = dir.toAbsolutePath().normalize();
        Console console = top.console().relativeTo(root);
        refuseUnlessEmpty(root);
        String name = title != null && !title.isBlank() ? title.strip() : titleFrom(root);
        ZoneId zone = ZoneId.systemDefault();

        NewFiles files = new NewFiles(console, root);
        files.create(root.resolve(SiteConfig.FILE_NAME), utf8(config(name, zone)));
        files.create(root.resolve(".gitignore"), utf8(GITIGNORE));
        files.create(root.resolve("sources/README.md"), utf8(SOURCES_README));
        Article welcome = welcome(name, zone);
        files.create(NewCommand.contentFile(root.resolve("content"), welcome, zone), utf8(ArticleSerializer.toMarkdown(welcome)));
        files.create(root.resolve("content").resolve(Pages.FOLDER).resolve("about.md"), utf8(Pages.newPage("About", false,
                "Who gathers " + name + ", and how its articles are chosen.\n\nThis page is `content/pages/about.md`: a "
                + "page that is not an article, in the site's navigation because of its `menu:` line.")));
        if (templates) {
            files.createAll(root.resolve("templates"), BuiltInTheme.files(""));
        }
        console.info("init: " + files.created() + " files created in " + root
                + (files.kept() > 0 ? ", " + files.kept() + " existing files kept" : ""));
        console.info("next: " + (root.equals(Path.of("").toAbsolutePath()) ? "" : "cd " + dir + " && ")
                + "broadsheet serve    (then edit content/, or: broadsheet new \"Headline\")");
        return ExitCodes.OK;
    }

    private void refuseUnlessEmpty(Path root) {
        if (Files.isRegularFile(root)) {
            throw new InputException(new Problem(SourcePosition.of(root), "is a file; give init a folder"));
        }
        if (force || !Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> entries = Files.list(root)) {
            List<String> names = new ArrayList<>(entries.map(p -> p.getFileName().toString()).sorted().limit(4).toList());
            if (!names.isEmpty()) {
                throw new InputException(new Problem(SourcePosition.of(root), "is not empty (" + String.join(", ", names)
                        + (names.size() == 4 ? ", …" : "") + "); choose a new folder, or add --force to add what is missing"
                        + " (existing files are never overwritten)"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "my-news_digest" → "My News Digest". */
    static String titleFrom(Path root) {
        Path name = root.getFileName();
        String words = name == null ? "" : name.toString().replaceAll("[-_.]+", " ").strip();
        if (words.isEmpty()) {
            return "News digest";
        }
        StringBuilder out = new StringBuilder();
        for (String w : words.split("\\s+")) {
            out.append(out.length() == 0 ? "" : " ").append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1));
        }
        return out.toString();
    }

    private static String config(String name, ZoneId zone) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", name);
        values.put("language", "en");
        values.put("timezone", zone.getId());
        values.put("page_size", SiteConfig.DEFAULT_PAGE_SIZE);
        return "# This digest's settings. Every key is optional; Broadsheet's README lists them all\n"
                + "# (description, base_url, paths, import boilerplate, ...).\n" + YamlDocuments.dump(values);
    }

    private static Article welcome(String name, ZoneId zone) {
        String body = String.join("\n",
                "This is an example article: every article is a Markdown file like this one, in",
                "`content/YEAR/MONTH/`, with its front matter (title, date, source, url, tags) at the top.",
                "",
                "- `broadsheet new \"Headline\" --source \"The Paper\" --url https://example.org/story` starts another.",
                "- `broadsheet serve` shows the site at http://127.0.0.1:8080/ and reloads it as you edit.",
                "- `broadsheet build` writes the finished site into `site/`, ready to publish.",
                "",
                "Delete this file once you have articles of your own.");
        return Article.of("Welcome to " + name, ArticleDate.ofDay(LocalDate.now(zone), zone), body)
                .withSource("Broadsheet")
                .withTags(List.of("getting started"))
                .withSummary("How this digest works, in three commands.");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static final String GITIGNORE = String.join("\n",
            "# The built site and Broadsheet's scratch folders; commit everything else,",
            "# including .broadsheet/imports.tsv (what import has already done).",
            "/site/",
            "/.site.staging/",
            "/.site.previous/",
            "/.broadsheet/cache/",
            "");

    private static final String SOURCES_README = String.join("\n",
            "# Sources",
            "",
            "Put article sources here: plain-text dumps whose first line is `Title – Publication`, then the date,",
            "then the paragraphs. `broadsheet import` (and `broadsheet build`) turn each into a Markdown article",
            "under `content/`, once; an article you edited there is never overwritten. README files here are ignored.",
            "");
}
