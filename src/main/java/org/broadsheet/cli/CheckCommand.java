package org.broadsheet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.broadsheet.config.SiteConfig;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.broadsheet.output.LinkChecker;
import org.broadsheet.output.SiteWriter;
import org.broadsheet.pipeline.SiteBuild;
import org.broadsheet.render.CopiedFile;
import org.broadsheet.render.RenderedFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code broadsheet check}: everything a build checks, without touching the site. */
@Command(name = "check",
        header = "Validate config, content, templates (and links); write nothing.",
        description = {"Reads the config, every content file and every template, and renders every",
            "page in memory, reporting all problems with file and line; the site is not",
            "written. With --links, also builds into a temporary folder and checks every",
            "internal link and anchor.%n"},
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {
            "  broadsheet check            validate content and templates",
            "  broadsheet check --links    and check every internal link of the built site"})
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    BroadsheetCommand top;

    @Option(names = "--links", description = "Build into a temporary folder and check every internal link and anchor.")
    boolean links;

    @Option(names = "--drafts", description = "Check drafts as if they were published.")
    boolean drafts;

    @Override
    public Integer call() throws IOException {
        Console console = top.console();
        SiteConfig config = top.loadConfig(console);
        SiteBuild.Rendered rendered = new SiteBuild(config, console).check(drafts);
        int broken = 0;
        if (links) {
            broken = checkLinks(config, rendered, console);
        }
        console.info(String.format("check: %d articles, %d files%s, %s", rendered.site().entries().size(),
                rendered.files().size(), links ? ", links checked" : "", broken > 0 ? broken + " broken links"
                        : console.warnings() == 0 ? "no problems" : "no errors, " + console.warnings()
                        + (console.warnings() == 1 ? " warning" : " warnings") + " (above)"));
        return broken == 0 ? ExitCodes.OK : ExitCodes.INPUT;
    }

    private static int checkLinks(SiteConfig config, SiteBuild.Rendered rendered, Console console) throws IOException {
        Path tmp = Files.createTempDirectory("broadsheet-check");
        Path out = tmp.resolve("site");
        try {
            // links into a copied file need only the file to be there: a video in static/ is not copied to a
            // temporary folder (often memory) to be looked at
            new SiteWriter(out, config.paths(), false, null).write(rendered.files().stream()
                    .map(f -> f instanceof CopiedFile c && !isHtml(c.path()) ? new RenderedFile(c.path(), new byte[0]) : f)
                    .toList());
            List<LinkChecker.BrokenLink> broken = new LinkChecker(out).brokenLinks();
            for (LinkChecker.BrokenLink link : broken) {
                console.error(new Problem(SourcePosition.of(Path.of(link.page())), "broken link '" + link.link() + "': " + link.why()));
            }
            return broken.size();
        } finally {
            org.apache.commons.io.file.PathUtils.deleteDirectory(tmp);
        }
    }

    private static boolean isHtml(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm");
    }
}
