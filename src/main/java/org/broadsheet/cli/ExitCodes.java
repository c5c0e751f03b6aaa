package org.broadsheet.cli;

/** The exit codes every command uses; documented in README and in {@code broadsheet --help}. */
public final class ExitCodes {

    /** Everything worked. */
    public static final int OK = 0;
    /** Bad input: config, content, sources or templates; the messages name the files. */
    public static final int INPUT = 1;
    /** The command line itself was wrong. */
    public static final int USAGE = 2;
    /** A bug in Broadsheet: please report it with the output of --verbose. */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
