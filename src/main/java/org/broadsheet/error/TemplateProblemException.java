package org.broadsheet.error;

import java.util.List;

/** A template failed: its file and line, and the page that was being rendered. */
public final class TemplateProblemException extends BroadsheetException {

    public TemplateProblemException(Problem problem, Throwable cause) {
        super(List.of(problem), cause);
    }

    /** Several template problems found in one run (one per template position). */
    public TemplateProblemException(List<Problem> problems, Throwable cause) {
        super(problems, cause);
    }
}
