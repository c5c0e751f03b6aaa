package org.broadsheet.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar redrawn in place on a terminal: {@code render [#######-------] 1,204/5,000}. It appears
 * only when a task takes a while, is redrawn a few times a second at most, and is wiped before any other output.
 */
final class ProgressBar {

    /** Quick work finishes before a bar would be noticed: draw nothing for it. */
    private static final long SHOW_AFTER_NANOS = 400_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter terminal;
    private final LongSupplier clock;
    private String task;
    private long started;
    private long drawn;
    private boolean visible;

    ProgressBar(PrintWriter terminal) {
        this(terminal, System::nanoTime);
    }

    /** @param clock nanoseconds, like {@link System#nanoTime()} */
    ProgressBar(PrintWriter terminal, LongSupplier clock) {
        this.terminal = terminal;
        this.clock = clock;
    }

    void update(String name, int done, int total) {
        long now = clock.getAsLong();
        if (!name.equals(task)) {
            clear();
            task = name;
            started = now;
            drawn = 0;
        }
        if (done >= total) {
            clear();
            task = null;
            return;
        }
        if (now - started < SHOW_AFTER_NANOS || now - drawn < REDRAW_NANOS) {
            return;
        }
        int filled = total <= 0 ? 0 : (int) ((long) WIDTH * done / total);
        terminal.print("\r" + name + " [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] "
                + String.format("%,d/%,d", done, total) + "\u001b[K");
        terminal.flush();
        drawn = now;
        visible = true;
    }

    void clear() {
        if (visible) {
            terminal.print("\r\u001b[K");
            terminal.flush();
            visible = false;
        }
    }
}
