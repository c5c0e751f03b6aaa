package org.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.junit.jupiter.api.Test;

/** Colour and progress bars only where a person is watching a terminal. */
class ConsoleTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Path base = Path.of("/site").toAbsolutePath();

    private Console console(Terminal terminal, boolean quiet) {
        return new Console(new PrintWriter(out), new PrintWriter(err), quiet, false, base, terminal);
    }

    @Test
    void warningsAndErrorsAreColouredOnlyWhenColourIsOn() {
        Problem p = new Problem(SourcePosition.of(base.resolve("content/a.md"), 3), "bad date");

        console(new Terminal(true, true), false).warn(p);
        assertThat(err.toString()).contains("\u001b[33mwarning:\u001b[0m content/a.md:3: bad date");

        err.getBuffer().setLength(0);
        console(new Terminal(true, false), false).error(p);
        assertThat(err.toString()).isEqualTo("error: content/a.md:3: bad date" + System.lineSeparator());
    }

    @Test
    void noColorOrARedirectedOutputTurnsColourOff() {
        assertThat(Terminal.detect(Map.of("NO_COLOR", "1")).colour()).isFalse();
        // the tests run with redirected output, which is no terminal either
        assertThat(Terminal.detect(Map.of()).interactive()).isFalse();
        assertThat(Terminal.detect(Map.of()).colour()).isFalse();
    }

    @Test
    void progressIsDrawnOnlyOnATerminalAndNotWhenQuiet() {
        console(Terminal.NONE, false).progress("render", 1, 2);
        console(new Terminal(true, true), true).progress("render", 1, 2);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aProgressBarAppearsOnlyForLongWorkAndIsWipedWhenDone() {
        AtomicLong now = new AtomicLong();
        ProgressBar bar = new ProgressBar(new PrintWriter(err), now::get);

        bar.update("render", 10, 1000);
        assertThat(err.toString()).as("quick work draws nothing").isEmpty();

        now.set(500_000_000L);
        bar.update("render", 500, 1000);
        assertThat(err.toString()).isEqualTo("\rrender [" + "#".repeat(15) + "-".repeat(15) + "] 500/1,000\u001b[K");

        bar.update("render", 1000, 1000);
        assertThat(err.toString()).endsWith("\r\u001b[K");
    }
}
