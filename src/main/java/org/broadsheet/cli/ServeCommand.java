package org.broadsheet.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.broadsheet.config.SiteConfig;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.broadsheet.ingest.ImportOutcome;
import org.broadsheet.ingest.ImportReport;
import org.broadsheet.pipeline.SiteBuild;
import org.broadsheet.serve.BrowserOpener;
import org.broadsheet.serve.ChangeSet;
import org.broadsheet.serve.ServeListener;
import org.broadsheet.serve.ServeSession;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code broadsheet serve}: build into memory, serve over HTTP, rebuild and reload the browser on every change. */
@Command(name = "serve",
        header = "Preview the site locally; rebuild and reload on changes.",
        description = "Builds the site into memory (files of static/ and templates/assets/ are copied into .broadsheet/cache/serve/ instead, and removed when serve stops) and serves it at http://127.0.0.1:8080/. Every change to broadsheet.yaml, sources/, content/, static/ or templates/ rebuilds it, and open pages reload by themselves. A failed build is shown in the terminal and over the page, and the last good site stays up until you fix it. Drafts and future-dated articles and pages are shown with a badge. Nothing is written to site/: run build for that. Stop with Ctrl-C.%n",
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {
            "  broadsheet serve                   serve at http://127.0.0.1:8080/",
            "  broadsheet serve --open -p 9000    serve at port 9000 and open a browser",
            "  broadsheet serve --no-drafts       preview exactly what build publishes",
            "  broadsheet serve --bind 0.0.0.0    show it to your network (drafts too)"})
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    BroadsheetCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "8080",
            description = "The port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Option(names = "--open", description = "Open the site in your browser once it is built.")
    boolean open;

    @Option(names = "--no-drafts", negatable = false,
            description = "Hide drafts, future-dated articles and badges: show what build publishes.")
    boolean noDrafts;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        InetAddress address = address();
        Console console = top.console();
        if (!address.isLoopbackAddress()) {
            console.warn(new Problem(SourcePosition.of(Path.of("--bind")), "serving on " + bind
                    + ": anyone who can reach this machine can read the preview, drafts included"));
        }
        top.warnIfNoConfigFile(console, "serving the defaults");
        ServeSession session = ServeSession.start(top.configFile(), new ServeSession.Options(address, port, !noDrafts),
                console, new Reporter(console));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            session.close();
            console.info("serve: stopped");
        }, "broadsheet-serve-stop"));
        console.info("serve: " + session.url() + (noDrafts ? "" : " (drafts and future articles shown)")
                + " · watching for changes · Ctrl-C to stop");
        if (open && !BrowserOpener.open(session.url())) {
            console.info("serve: no browser could be opened here; open " + session.url() + " yourself");
        }
        session.awaitClose();
        return ExitCodes.OK;
    }

    private InetAddress address() {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--bind " + bind + " is not an address of this machine; use 127.0.0.1 (the default) or 0.0.0.0");
        }
    }

    /** Prints each build's outcome: the summary line, or the problems. */
    private static final class Reporter implements ServeListener {

        private final Console console;
        private boolean first = true;

        Reporter(Console console) {
            this.console = console;
        }

        @Override
        public void built(SiteBuild.Result result, ChangeSet cause, SiteConfig config) {
            ImportReport imports = result.imports();
            if (imports != null && imports.count(ImportOutcome.Unchanged.class) < imports.outcomes().size()) {
                ImportCommand.print(imports, config, console, true);
            }
            console.info((first ? "serve: built " : "rebuilt after " + BuildSummary.cause(cause, config.paths()) + ": ")
                    + BuildSummary.line(result));
            first = false;
        }

        @Override
        public void previewed(List<String> pages, ChangeSet cause, SiteConfig config, long millis) {
            console.info("page updated after " + BuildSummary.cause(cause, config.paths()) + " · " + millis
                    + " ms (" + String.join(", ", pages) + "); rebuilding the rest");
        }

        @Override
        public void failed(List<Problem> problems, ChangeSet cause) {
            problems.forEach(console::error);
            console.info("serve: the build failed; the last good site is still served, with the problems over every page");
            first = false;
        }

        @Override
        public void crashed(RuntimeException bug, ChangeSet cause) {
            console.error("internal error: " + bug + (console.verbose() ? "" : " (run with --verbose for details, and please report it)"));
            if (console.verbose()) {
                console.trace(bug);
            }
        }
    }
}
