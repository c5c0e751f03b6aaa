package org.broadsheet.error;

import java.util.List;

/**
 * The one exception family Broadsheet lets escape to the command line: each carries the problems, with positions,
 * that the user has to fix. Anything else reaching the user is a bug.
 */
public abstract sealed class BroadsheetException extends RuntimeException
        permits InputException, TemplateProblemException, OutputException {

    private final List<Problem> problems;

    protected BroadsheetException(List<Problem> problems, Throwable cause) {
        super(summary(problems), cause);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an error needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        return problems.isEmpty() ? "" : problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "");
    }
}
