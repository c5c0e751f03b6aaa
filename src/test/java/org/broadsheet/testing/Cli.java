package org.broadsheet.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.broadsheet.cli.BroadsheetCommand;

import picocli.CommandLine;

/** Runs the real command line in-process and captures what a user would see. */
public final class Cli {

    /** Exit code, standard output and standard error of one run. */
    public record Run(int exitCode, String out, String err) {
        public String all() {
            return out + err;
        }
    }

    private Cli() {
    }

    /** Runs {@code broadsheet ARGS…} in the site at ROOT: with {@code -c ROOT/broadsheet.yaml}, or {@code -c ROOT} while it has none. */
    public static Run inSite(Path root, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.isEmpty()) {
            Path config = root.resolve("broadsheet.yaml");
            all.add(1, "--config");
            all.add(2, (Files.exists(config) ? config : root).toString());
        }
        return run(all.toArray(String[]::new));
    }

    public static Run run(String... args) {
        System.setProperty("org.freemarker.loggerLibrary", "none");
        CommandLine cl = BroadsheetCommand.commandLine(args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
