package org.broadsheet.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.broadsheet.config.ConfigLoader;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top command: global options, shared by every subcommand, and the list of subcommands. */
@Command(name = "broadsheet",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns collected news articles into a static digest website.%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  broadsheet init my-digest     start a new digest in the folder my-digest",
            "  broadsheet new \"Headline\"     write a new article and print its path",
            "  broadsheet serve              preview at http://127.0.0.1:8080/",
            "  broadsheet build              import new sources, build the site into site/",
            "  broadsheet import sources/    import sources without building",
            "  broadsheet extract page.html  show what import would make of one source",
            "  broadsheet check --links      validate everything, links too; write nothing",
            "  broadsheet publish --git URL  build, commit it to gh-pages, push",
            "",
            "Exit codes: 0 ok, 1 bad input (config, content, sources, templates),",
            "2 usage error, 3 internal error (please report it with --verbose).",
            "Colour only on a terminal, never with NO_COLOR set. Shell completion:",
            "source <(broadsheet completion)."})
public final class BroadsheetCommand implements Runnable {

    /** The subcommands, in the order help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(InitCommand.class, NewCommand.class, ImportCommand.class,
            ExtractCommand.class, BuildCommand.class, CheckCommand.class, PublishCommand.class, ServeCommand.class,
            ThemeCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class);

    /** The commands that list the others, and so need every command's model. */
    private static final List<String> LISTING = List.of("help", "completion");

    @Spec
    CommandSpec spec;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "The site's config file, whose folder is the site root, or that folder (default: ./broadsheet.yaml).")
    Path config; // null: not given, ./broadsheet.yaml

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Say more: every source imported, stack traces of internal errors.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Print only warnings and errors.")
    boolean quiet;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    Console console() {
        return new Console(spec.commandLine().getOut(), spec.commandLine().getErr(), quiet, verbose, siteRoot(),
                Terminal.detect(System.getenv()));
    }

    Path siteRoot() {
        return configFile().toAbsolutePath().normalize().getParent();
    }

    SiteConfig loadConfig(Console console) {
        return ConfigLoader.load(configFile(), console);
    }

    /**
     * The config for a command that writes into the site's folders: a folder without a config file still builds,
     * from the defaults, but a mistyped folder should not quietly grow a {@code site/}, so that gets a warning.
     */
    SiteConfig loadConfigToWrite(Console console) {
        warnIfNoConfigFile(console, "using the defaults");
        return loadConfig(console);
    }

    void warnIfNoConfigFile(Console console, String consequence) {
        Path file = configFile();
        if (!Files.exists(file)) {
            console.warn(new Problem(SourcePosition.of(file.toAbsolutePath().normalize()),
                    "no config file here; " + consequence + " (run 'broadsheet init' to start a digest)"));
        }
    }

    /** The config file: as given with -c, which must exist, or broadsheet.yaml in the folder given or the current one. */
    Path configFile() {
        if (config == null || Files.isDirectory(config)) {
            return config == null ? Path.of(SiteConfig.FILE_NAME) : config.resolve(SiteConfig.FILE_NAME);
        }
        if (!Files.isRegularFile(config)) {
            throw new ParameterException(spec.commandLine(), "no config file at " + config
                    + "; check the path given to -c (a site's folder will do too)");
        }
        return config;
    }

    /**
     * The command line to run {@code args} with Broadsheet's error handling; what {@link Main} and the tests run.
     * Picocli reads the annotations of every command it is given before it parses anything (about 30 ms of a cold
     * start), so when the first argument names a command, only that one is added, and {@code --version} alone gets
     * none; anything else (global options first, help, a typo that wants suggestions) gets them all.
     */
    public static CommandLine commandLine(String[] args) {
        CommandLine cl = new CommandLine(new BroadsheetCommand());
        boolean versionOnly = args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
        String named = args.length > 0 && !LISTING.contains(args[0]) ? args[0] : null;
        boolean known = SUBCOMMANDS.stream().anyMatch(c -> nameOf(c).equals(named));
        for (Class<?> command : SUBCOMMANDS) {
            if (!versionOnly && (!known || nameOf(command).equals(named))) {
                cl.addSubcommand(command);
            }
        }
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler(ErrorHandler::usageError);
        cl.setUsageHelpAutoWidth(true);
        return cl;
    }

    private static String nameOf(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }
}
