package org.broadsheet.testing;

import java.util.ArrayList;
import java.util.List;

import org.broadsheet.error.Diagnostics;
import org.broadsheet.error.Problem;

/** Diagnostics for tests: keeps every warning, in order, and drops the rest. */
public final class CollectedWarnings implements Diagnostics {

    private final List<Problem> warnings = new ArrayList<>();

    @Override
    public synchronized void warn(Problem problem) {
        warnings.add(problem);
    }

    @Override
    public void info(String message) {
    }

    public synchronized List<Problem> warnings() {
        return List.copyOf(warnings);
    }
}
