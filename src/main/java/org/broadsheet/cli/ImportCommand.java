package org.broadsheet.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.broadsheet.config.SiteConfig;
import org.broadsheet.content.ArticleDate;
import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.broadsheet.ingest.DateParser;
import org.broadsheet.ingest.ImportOutcome;
import org.broadsheet.ingest.ImportReport;
import org.broadsheet.ingest.Importer;
import org.broadsheet.pipeline.SiteLock;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code broadsheet import}: sources in, Markdown content files out. */
@Command(name = "import",
        header = "Import article sources into content/ as Markdown files.",
        description = {"Converts article sources into Markdown files under content/YYYY/MM/.",
            "Sources already imported are recognised and not imported twice; a content file",
            "you edited is never overwritten.%n"},
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {
            "  broadsheet import                  import everything in the sources folder",
            "  broadsheet import ~/Downloads/a.txt",
            "                                     import one file",
            "  broadsheet import --dry-run        show what would be imported",
            "  broadsheet import feed.xml --explain",
            "                                     import a feed; say why each tag was given",
            "  broadsheet import notes/ --date 2014-12-20",
            "                                     sources without a date get this one",
            "",
            "Sources: plain-text dumps, saved HTML article pages, RSS and Atom feeds (also",
            "gzipped), Markdown with front matter; the kind is told from the content."})
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    BroadsheetCommand top;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Source files or folders (default: the sources folder of the config).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--dry-run", description = "Report what would be imported; write nothing.")
    boolean dryRun;

    @Option(names = "--date", paramLabel = "DATE",
            description = "The date of sources that give none (e.g. 2014-12-20); sources with a date keep theirs.")
    String date;

    @Option(names = "--force", description = {"Import again over content files you edited, keeping each replaced file",
        "as NAME.md.bak; and import again sources whose article you deleted."})
    boolean force;

    @Option(names = "--explain", description = "Say why each imported article got each of its tags.")
    boolean explain;

    @Override
    public Integer call() {
        Console console = top.console();
        SiteConfig config = top.loadConfigToWrite(console);
        ArticleDate given = date == null ? null : parseDate(date, config);
        Importer importer = new Importer(config, Importer.standardReaders(config, given), console);
        Importer.Options options = new Importer.Options(dryRun, explain, force);
        Supplier<ImportReport> run = () -> paths.isEmpty() ? importer.importSources(options) : importer.importPaths(paths, options);
        // a dry run writes nothing, the lock file included
        ImportReport report = dryRun ? run.get() : SiteLock.holding(config.paths(), run);
        print(report, config, console, false);
        return report.hasFailures() ? ExitCodes.INPUT : ExitCodes.OK;
    }

    static ArticleDate parseDate(String text, SiteConfig config) {
        return DateParser.parse(text, config.timezone()).orElseThrow(() -> new InputException(new Problem(
                SourcePosition.of(Path.of("--date")), "cannot read '" + text + "' as a date; write it like 2014-12-20")));
    }

    /**
     * One line per source that needs the user's attention or was imported, then the summary.
     *
     * @param partOfBuild whether a build imported: articles the user edited, kept as they are, are then only counted
     *     (without --verbose), since every build would repeat them
     */
    static void print(ImportReport report, SiteConfig config, Console console, boolean partOfBuild) {
        for (ImportOutcome outcome : report.outcomes()) {
            boolean quiet = outcome instanceof ImportOutcome.Unchanged || partOfBuild && outcome instanceof ImportOutcome.Kept;
            if (outcome instanceof ImportOutcome.Failed failed) {
                failed.problems().forEach(console::error);
            } else if (!quiet || console.verbose()) {
                console.info(outcome.describe(config.paths()));
            }
        }
        if (report.outcomes().isEmpty()) {
            console.info("import: no sources found in " + config.paths().display(config.paths().sources()));
        } else if (!report.wroteSomething() && !report.hasFailures()) {
            console.info(report.summary() + " (nothing new)");
        } else {
            console.info(report.summary());
        }
    }
}
