package org.broadsheet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.broadsheet.error.Diagnostics;
import org.broadsheet.error.Problem;

/**
 * Prints what the pipeline reports: progress to standard output, warnings and errors to standard error, a progress
 * bar for long work and colour only on a terminal. Safe to use from several threads ({@code serve} rebuilds on its
 * own thread).
 */
final class Console implements Diagnostics {

    private static final String RED = "\u001b[1;31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String RESET = "\u001b[0m";

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean quiet;
    private final boolean verbose;
    private final Path base;
    private final Terminal terminal;
    private final ProgressBar bar;
    private int warnings;

    Console(PrintWriter out, PrintWriter err, boolean quiet, boolean verbose, Path base, Terminal terminal) {
        this.out = out;
        this.err = err;
        this.quiet = quiet;
        this.verbose = verbose;
        this.base = base;
        this.terminal = terminal;
        this.bar = new ProgressBar(err);
    }

    @Override
    public synchronized void warn(Problem problem) {
        warnings++;
        bar.clear();
        err.println(paint(YELLOW, "warning:") + " " + problem.format(base));
        err.flush();
    }

    /** How many warnings this run printed. */
    synchronized int warnings() {
        return warnings;
    }

    synchronized void error(Problem problem) {
        error(problem.format(base));
    }

    /** An error that is not about a file position: "error: MESSAGE". */
    synchronized void error(String message) {
        bar.clear();
        err.println(paint(RED, "error:") + " " + message);
        err.flush();
    }

    @Override
    public synchronized void info(String message) {
        if (!quiet) {
            bar.clear();
            out.println(message);
            out.flush();
        }
    }

    @Override
    public synchronized void detail(String message) {
        if (verbose && !quiet) {
            bar.clear();
            out.println("  " + message);
            out.flush();
        }
    }

    /** The command's result (a path it wrote): printed even with --quiet. */
    synchronized void result(String line) {
        bar.clear();
        out.println(line);
        out.flush();
    }

    @Override
    public void progress(String task, int done, int total) {
        if (terminal.interactive() && !quiet) { // checked before locking: rendering threads call this per page
            synchronized (this) {
                bar.update(task, done, total);
            }
        }
    }

    /** The same console, naming files relative to {@code otherBase} (init works on a folder that is not the site root). */
    Console relativeTo(Path otherBase) {
        return new Console(out, err, quiet, verbose, otherBase, terminal);
    }

    /** A stack trace, for --verbose. */
    synchronized void trace(Throwable t) {
        bar.clear();
        t.printStackTrace(err);
        err.flush();
    }

    boolean verbose() {
        return verbose;
    }

    private String paint(String colour, String text) {
        return terminal.colour() ? colour + text + RESET : text;
    }
}
