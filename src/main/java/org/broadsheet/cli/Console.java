package org.broadsheet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.broadsheet.error.Diagnostics;
import org.broadsheet.error.Problem;

/** Prints what the pipeline reports: progress to standard output, warnings and errors to standard error. */
final class Console implements Diagnostics {

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean quiet;
    private final boolean verbose;
    private final Path base;

    Console(PrintWriter out, PrintWriter err, boolean quiet, boolean verbose, Path base) {
        this.out = out;
        this.err = err;
        this.quiet = quiet;
        this.verbose = verbose;
        this.base = base;
    }

    @Override
    public void warn(Problem problem) {
        err.println("warning: " + problem.format(base));
        err.flush();
    }

    void error(Problem problem) {
        err.println("error: " + problem.format(base));
        err.flush();
    }

    @Override
    public void info(String message) {
        if (!quiet) {
            out.println(message);
            out.flush();
        }
    }

    @Override
    public void detail(String message) {
        if (verbose && !quiet) {
            out.println("  " + message);
            out.flush();
        }
    }

    boolean verbose() {
        return verbose;
    }
}
