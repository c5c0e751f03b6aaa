package org.broadsheet.cli;

import java.io.PrintWriter;

import org.broadsheet.error.BroadsheetException;
import org.broadsheet.error.Problem;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps failures to messages and exit codes: the user's mistakes as {@code error: file:line: message} lines
 * (exit 1), anything else as an internal error whose stack trace only --verbose shows (exit 3).
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        BroadsheetCommand top = cl.getCommandSpec().root().userObject() instanceof BroadsheetCommand b ? b : null;
        boolean verbose = top != null && top.verbose;
        if (e instanceof CommandLine.ParameterException wrongArgument) { // found wrong only when the command ran
            return usageError(wrongArgument, new String[0]);
        }
        if (e instanceof BroadsheetException b) {
            Console console = top != null ? top.console() : null;
            for (Problem p : b.problems()) {
                if (console != null) {
                    console.error(p);
                } else {
                    err.println("error: " + p);
                }
            }
            if (verbose && b.getCause() != null) {
                b.getCause().printStackTrace(err);
            }
            err.flush();
            return ExitCodes.INPUT;
        }
        err.println("internal error: " + e + (verbose ? "" : " (run with --verbose for details, and please report it)"));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }

    /** A wrong command line: the message, a "did you mean", and where to find the usage; not the whole usage. */
    static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("error: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Run '" + cl.getCommandSpec().qualifiedName() + " --help' for usage and examples.");
        err.flush();
        return ExitCodes.USAGE;
    }
}
