package org.broadsheet.error;

/**
 * One thing wrong with a user's input: where, what, and how to fix it. Problems are collected, not thrown one by one,
 * so a user sees every bad file in one run.
 */
public record Problem(SourcePosition where, String message) {

    public Problem {
        if (where == null || message == null || message.isBlank()) {
            throw new IllegalArgumentException("a problem needs a position and a message");
        }
    }

    /** {@code file:line: message}, the file relative to {@code base}. */
    public String format(java.nio.file.Path base) {
        return where.format(base) + ": " + message;
    }

    @Override
    public String toString() {
        return format(null);
    }
}
