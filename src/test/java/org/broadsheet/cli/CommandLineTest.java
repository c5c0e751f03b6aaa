package org.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.broadsheet.testing.Cli;
import org.junit.jupiter.api.Test;

/** The command line's own behaviour: help, version, usage errors. */
class CommandLineTest {

    @Test
    void helpListsTheSubcommandsAndExitCodes() {
        Cli.Run run = Cli.run("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("import").contains("extract").contains("build").contains("Exit codes: 0 ok, 1 bad input");
    }

    @Test
    void subcommandHelpShowsExamples() {
        Cli.Run run = Cli.run("build", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--base-url").contains("Examples:");
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
}
