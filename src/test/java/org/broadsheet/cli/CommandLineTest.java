package org.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.broadsheet.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's own behaviour: help, version, usage errors. */
class CommandLineTest {

    @Test
    void helpListsTheSubcommandsAndExitCodes() {
        Cli.Run run = Cli.run("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("import").contains("extract").contains("build").contains("Exit codes: 0 ok, 1 bad input");
    }

    @Test
    void theCommandListGivesEachCommandOneWholeLine() {
        String out = Cli.run("--help").out();
        String commands = out.substring(out.indexOf("Commands:"), out.indexOf("Examples:"));

        for (String line : commands.strip().split("\n")) {
            assertThat(line).as("a command's header that wraps or is cut").matches("Commands:|  [a-z]+ +[A-Z].*\\.");
        }
        assertThat(out.lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80));
    }

    @Test
    void subcommandHelpShowsExamples() {
        Cli.Run run = Cli.run("build", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--base-url").contains("Examples:");
    }

    @Test
    void everyCommandHasHelpWithExamples() {
        for (String command : List.of("import", "build", "init", "new", "serve", "completion", "theme", "theme eject")) {
            Cli.Run run = Cli.run((command + " --help").split(" "));
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: broadsheet " + command).contains("Examples:");
        }
    }

    @Test
    void aUsageErrorSaysWhatIsWrongAndWhereHelpIsWithoutTheWholeUsage() {
        Cli.Run run = Cli.run("serve", "--port", "70000");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("error: --port must be between 0 and 65535")
                .contains("Run 'broadsheet serve --help'").doesNotContain("Usage:");
    }

    @Test
    void serveReportsAPortInUseAndSuggestsAnother(@TempDir Path root) throws java.io.IOException {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Cli.Run run = Cli.inSite(root, "serve", "--port", String.valueOf(taken.getLocalPort()));
            assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
            assertThat(run.err()).contains("--port: cannot listen on 127.0.0.1 port " + taken.getLocalPort())
                    .contains("choose another port with --port");
        }
    }

    @Test
    void aConfigFileGivenWithDashCMustExistAndNothingIsWrittenWhenItDoesNot(@TempDir Path root) throws IOException {
        Path mistyped = root.resolve("broadsheet.yml");
        Cli.Run run = Cli.run("build", "-c", mistyped.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("error: no config file at " + mistyped + "; check the path given to -c");
        try (Stream<Path> written = Files.list(root)) {
            assertThat(written).isEmpty();
        }
    }

    @Test
    void aFolderWithoutAConfigFileBuildsFromTheDefaultsAndSaysSo(@TempDir Path root) throws IOException {
        Files.createDirectory(root.resolve("content")); // without one, the build fails: BuildCommandTest
        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.err()).contains("warning: broadsheet.yaml: no config file here; using the defaults (run 'broadsheet init'");
        assertThat(root.resolve("site/index.html")).exists();
        Files.writeString(root.resolve("broadsheet.yaml"), "title: Harbour News\n");
        assertThat(Cli.inSite(root, "build").err()).doesNotContain("no config file");
    }

    @Test
    void aConfigFileThatIsNotUtf8IsRefusedAtItsLineWithAFix(@TempDir Path root) throws IOException {
        Files.write(root.resolve("broadsheet.yaml"), "title: Harbour News\ndescription: caf\u00e9 news\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("broadsheet.yaml:2: the file is not valid UTF-8")
                .contains("save it as UTF-8");
        assertThat(root.resolve("site")).doesNotExist();
    }

    @Test
    void completionPrintsABashScriptForEveryCommand() {
        Cli.Run run = Cli.run("completion");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("complete -F").contains("serve").contains("eject").contains("--no-drafts");
    }

    @Test
    void versionNamesTheProgram() {
        Cli.Run run = Cli.run("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("broadsheet ");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitCode2() {
        Cli.Run run = Cli.run("build", "--no-such-option");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Unknown option: '--no-such-option'");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Cli.Run run = Cli.run("bild");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("bild");
    }

    @Test
    void aRunThatNamesItsCommandFirstGetsOnlyThatCommandVersionAloneNoneAndAnyOtherRunAll() {
        List<String> all = List.of("init", "new", "import", "extract", "build", "check", "publish", "serve", "theme",
                "completion", "help");

        assertThat(BroadsheetCommand.commandLine(new String[] {"build", "--future"}).getSubcommands()).containsOnlyKeys("build");
        assertThat(BroadsheetCommand.commandLine(new String[] {"-q", "build"}).getSubcommands().keySet()).containsExactlyElementsOf(all);
        assertThat(BroadsheetCommand.commandLine(new String[] {"help", "build"}).getSubcommands().keySet()).containsExactlyElementsOf(all);
        assertThat(BroadsheetCommand.commandLine(new String[] {"bild"}).getSubcommands().keySet()).containsExactlyElementsOf(all);
        assertThat(BroadsheetCommand.commandLine(new String[0]).getSubcommands().keySet()).containsExactlyElementsOf(all);
        assertThat(BroadsheetCommand.commandLine(new String[] {"--version"}).getSubcommands()).isEmpty();
        assertThat(BroadsheetCommand.commandLine(new String[] {"--version", "build"}).getSubcommands().keySet())
                .containsExactlyElementsOf(all);
    }

    @Test
    void globalOptionsWorkBeforeTheCommandAndATypoGetsASuggestion() {
        Cli.Run before = Cli.run("-q", "build", "--help");
        Cli.Run help = Cli.run("help", "build");
        Cli.Run typo = Cli.run("bild");

        assertThat(before.exitCode()).isZero();
        assertThat(before.out()).contains("--base-url").isEqualTo(help.out());
        assertThat(typo.err()).contains("Did you mean: broadsheet build?");
    }
}
