package org.broadsheet.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve's copies of static files: one folder per serve, gone when it stops, or after a kill when the next starts. */
class PrivateCopiesTest {

    @TempDir
    Path cache;

    @Test
    void theCopiesOfAServeThatWasKilledAreDeletedByTheNextAndARunningOnesAreLeftAlone() throws IOException {
        Path killed = Files.createDirectories(cache.resolve("serve/2147483646-1")); // no such process
        Files.writeString(killed.resolve("copy-1"), "left behind");
        Path running = Files.createDirectories(cache.resolve("serve/" + ProcessHandle.current().pid() + "-2"));
        Files.writeString(running.resolve("copy-1"), "served");

        PrivateCopies copies = PrivateCopies.in(cache);

        assertThat(killed).doesNotExist();
        assertThat(running.resolve("copy-1")).hasContent("served");
        copies.close();
        try (var left = Files.list(cache.resolve("serve"))) {
            assertThat(left).containsExactly(running);
        }
    }
}
