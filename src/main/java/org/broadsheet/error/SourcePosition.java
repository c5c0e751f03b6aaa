package org.broadsheet.error;

import java.nio.file.Path;

/**
 * Where something is in a user's file: the file, and the 1-based line and column when known (0 when not).
 */
public record SourcePosition(Path file, int line, int column) {

    public static SourcePosition of(Path file) {
        return new SourcePosition(file, 0, 0);
    }

    public static SourcePosition of(Path file, int line) {
        return new SourcePosition(file, line, 0);
    }

    /** The same position shifted down by {@code lines}, for text embedded in a larger file (front matter). */
    public SourcePosition shiftedBy(int lines) {
        return line == 0 ? this : new SourcePosition(file, line + lines, column);
    }

    /** {@code file:line} as compilers print it, relative to {@code base} when the file lies inside it. */
    public String format(Path base) {
        Path shown = file;
        if (base != null && file.isAbsolute() && file.startsWith(base.toAbsolutePath()) && !file.equals(base.toAbsolutePath())) {
            shown = base.toAbsolutePath().relativize(file);
        }
        String name = shown.toString().replace('\\', '/');
        return line > 0 ? name + ":" + line : name;
    }

    @Override
    public String toString() {
        return format(null);
    }
}
