package org.broadsheet.error;

/**
 * Where the pipeline reports warnings and progress that do not stop it. The command line prints them; tests collect
 * them.
 */
public interface Diagnostics {

    void warn(Problem problem);

    /** A line for the user in normal (non-quiet) mode. */
    void info(String message);

    /** Detail shown only with --verbose. */
    default void detail(String message) {
    }

    /**
     * Progress of long work: {@code done} of {@code total} items of {@code task} ("render", "import") are finished.
     * Called from any thread, possibly very often; a terminal shows it as a progress bar, everything else ignores it.
     */
    default void progress(String task, int done, int total) {
    }

    /** Discards everything: for callers that have nobody to tell. */
    Diagnostics SILENT = new Diagnostics() {
        @Override
        public void warn(Problem problem) {
        }

        @Override
        public void info(String message) {
        }
    };
}
