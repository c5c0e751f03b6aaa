package org.broadsheet.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.broadsheet.config.ConfigLoader;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.broadsheet.output.SiteWriter;
import org.broadsheet.pipeline.SiteBuild;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code broadsheet build}: import new sources, then render the whole site. */
@Command(name = "build",
        header = "Import new sources, then build the site into site/.",
        description = {"Imports new sources, then renders content/ through the templates into the",
            "output folder (site/ by default). If a source cannot be imported, the build says",
            "which and how to fix it, builds the site from content/ all the same, and exits",
            "with status 1; if anything else fails, the previous site stays untouched.%n"},
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {
            "  broadsheet build                                  build into site/",
            "  broadsheet build --base-url https://example.org/digest/",
            "  broadsheet build --no-import --drafts -o /tmp/preview"})
final class BuildCommand implements Callable<Integer> {

    @ParentCommand
    BroadsheetCommand top;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Write the site here instead of the config's output folder.")
    Path output;

    @Option(names = "--base-url", paramLabel = "URL", description = "The URL the site will be published under (overrides base_url); the sitemap and the editions' e-mails need it.")
    String baseUrl;

    @Option(names = "--drafts", description = "Also publish articles marked draft: true.")
    boolean drafts;

    @Option(names = "--future", description = "Also publish articles dated after now (held back until their date otherwise).")
    boolean future;

    @Option(names = "--no-import", negatable = false, description = "Do not import new sources first.")
    boolean noImport;

    @Option(names = "--force", description = "Replace the output folder, or remove files in it, that Broadsheet did not write.")
    boolean force;

    @Override
    public Integer call() {
        Console console = top.console();
        SiteConfig config = top.loadConfigToWrite(console);
        if (output != null) {
            config = config.withPaths(config.paths().withOutput(output));
        }
        if (baseUrl != null) {
            config = withBaseUrl(config, baseUrl);
        }
        SiteWriter writer = new SiteWriter(config.paths().output(), config.paths(), force);
        SiteBuild.Result result = new SiteBuild(config, console, writer).run(new SiteBuild.Options(!noImport, drafts, future, false));
        if (result.imports() != null && !result.imports().outcomes().isEmpty()) {
            ImportCommand.print(result.imports(), config, console, true);
        }
        console.info("build: " + BuildSummary.line(result) + " → " + config.paths().display(config.paths().output()) + "/");
        BuildSummary.scheduled(result, config).ifPresent(console::info);
        return result.importFailed() ? ExitCodes.INPUT : ExitCodes.OK;
    }

    /** The config with {@code --base-url}'s value, which must be an absolute http(s) URL. */
    static SiteConfig withBaseUrl(SiteConfig config, String url) {
        try {
            return config.withBaseUrl(ConfigLoader.normaliseBaseUrl(url));
        } catch (IllegalArgumentException e) {
            throw new InputException(new Problem(SourcePosition.of(Path.of("--base-url")), "'" + url + "' " + e.getMessage()));
        }
    }
}
