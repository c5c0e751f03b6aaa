package org.broadsheet.error;

import java.util.List;

/** The site could not be written, or writing it would be unsafe; nothing the user had was changed. */
public final class OutputException extends BroadsheetException {

    public OutputException(Problem problem, Throwable cause) {
        super(List.of(problem), cause);
    }
}
