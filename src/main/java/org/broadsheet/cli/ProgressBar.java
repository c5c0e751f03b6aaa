package org.broadsheet.cli;

import java.io.PrintWriter;

import org.broadsheet.ingest.Importer;

/** A one-line progress bar on standard error, drawn only when a person is watching a terminal. */
final class ProgressBar implements Importer.Progress {

    private static final int WIDTH = 30;
    private final PrintWriter err;

    private ProgressBar(PrintWriter err) {
        this.err = err;
    }

    /** A bar when standard output is a terminal and the user did not ask for quiet; otherwise nothing. */
    static Importer.Progress forTerminal(BroadsheetCommand top) {
        return System.console() != null && !top.quiet ? new ProgressBar(top.spec.commandLine().getErr()) : Importer.Progress.NONE;
    }

    @Override
    public void update(int done, int total) {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
        if (done == total) {
            err.print("\r" + " ".repeat(WIDTH + 24) + "\r");
        }
        err.flush();
    }
}
