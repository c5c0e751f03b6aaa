package org.broadsheet.error;

import java.util.List;

/** The user's input (config, content, sources) is wrong: every problem found, with its position. */
public final class InputException extends BroadsheetException {

    public InputException(List<Problem> problems) {
        super(problems, null);
    }

    public InputException(Problem problem) {
        this(List.of(problem));
    }

    public InputException(Problem problem, Throwable cause) {
        super(List.of(problem), cause);
    }
}
