package org.broadsheet.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.broadsheet.config.SiteConfig;
import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleDate;
import org.broadsheet.content.ArticleSerializer;
import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.broadsheet.ingest.ArticleText;
import org.broadsheet.ingest.Importer;
import org.broadsheet.ingest.SourceFile;
import org.broadsheet.ingest.SourceItem;
import org.broadsheet.ingest.SourceReader;
import org.broadsheet.ingest.SourceReading;

import com.google.gson.GsonBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code broadsheet extract}: what import would make of one source, printed, nothing written. */
@Command(name = "extract",
        header = "Show what import would make of one source; write nothing.",
        description = {"Prints what import would produce for one source, and writes nothing:",
            "the Markdown file (front matter and body), the plain text, or JSON.",
            "For looking into a source that imports badly.%n"},
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {
            "  broadsheet extract saved-page.html",
            "  broadsheet extract feed.xml --format json",
            "  broadsheet extract notes.txt --format text --date 2014-12-20"})
final class ExtractCommand implements Callable<Integer> {

    /** The output forms. */
    enum Format { markdown, text, json }

    @ParentCommand
    BroadsheetCommand top;

    @Parameters(paramLabel = "FILE", description = "The source file: text dump, HTML page, feed or Markdown.")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
            description = "markdown (default), text or json.")
    Format format;

    @Option(names = "--date", paramLabel = "DATE", description = "The date to use if the source gives none.")
    String date;

    @Override
    public Integer call() {
        Console console = top.console();
        SiteConfig config = top.loadConfig(console);
        ArticleDate given = date == null ? null : ImportCommand.parseDate(date, config);
        List<SourceReader> readers = Importer.standardReaders(config, given);
        Importer importer = new Importer(config, readers, console);
        SourceFile source = SourceFile.read(file, config.paths().display(file));
        SourceReader reader = Importer.readerFor(readers, source).orElseThrow(() -> new InputException(new Problem(
                SourcePosition.of(file), "not a source Broadsheet can read (it looks binary or of an unknown kind)")));
        SourceReading reading = reader.readAll(source);
        reading.warnings().forEach(console::warn);
        List<Article> articles = new ArrayList<>();
        List<Problem> failures = new ArrayList<>();
        for (SourceItem item : reading.items()) {
            if (item.failed()) {
                failures.addAll(item.problems());
            } else {
                try {
                    articles.add(importer.prepare(source, item).article());
                } catch (InputException e) { // this item's text, as import would report it; the others still go out
                    failures.addAll(e.problems());
                }
            }
        }
        var out = top.spec.commandLine().getOut();
        switch (format) {
            case markdown -> out.print(String.join("\n", articles.stream().map(ArticleSerializer::toMarkdown).toList()));
            case text -> out.print(String.join("\n\n", articles.stream()
                    .map(a -> a.title() + "\n\n" + ArticleText.of(a.body()) + "\n").toList()));
            case json -> out.println(json(reading.kind(), articles, failures, reading.warnings()));
        }
        out.flush();
        failures.forEach(console::error);
        return failures.isEmpty() ? ExitCodes.OK : ExitCodes.INPUT;
    }

    private static String json(String kind, List<Article> articles, List<Problem> failures, List<Problem> warnings) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("kind", kind);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Article a : articles) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", a.title());
            m.put("date", a.date().toText());
            m.put("source", a.source());
            m.put("url", a.url());
            m.put("author", a.author());
            m.put("tags", a.tags());
            m.put("summary", a.summary());
            m.put("origin", Map.of("file", a.origin().file(), "item", a.origin().item(), "sha256", a.origin().sha256()));
            m.put("markdown", a.body());
            m.put("text", ArticleText.of(a.body()));
            list.add(m);
        }
        root.put("articles", list);
        root.put("warnings", warnings.stream().map(Problem::toString).toList());
        root.put("failed", failures.stream().map(Problem::toString).toList());
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
    }
}
