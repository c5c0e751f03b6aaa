package org.broadsheet.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve's copies of static files: one folder per serve, gone when it stops, or after a kill when the next starts; a
 * folder whose lock a running serve holds is left alone, whatever its name.
 */
class PrivateCopiesTest {

    @TempDir
    Path cache;

    @Test
    void theCopiesOfAServeThatWasKilledAreDeletedByTheNextAndARunningOnesAreLeftAlone() throws IOException {
        FileTime minutesAgo = FileTime.from(Instant.now().minus(Duration.ofMinutes(5)));
        Path killed = Files.createDirectories(cache.resolve("serve/copies-killed"));
        Files.writeString(killed.resolve(".lock"), ""); // its lock went with its process
        Files.writeString(killed.resolve("copy-1"), "left behind");
        Files.setLastModifiedTime(killed, minutesAgo);
        Path oldUnlocked = Files.createDirectories(cache.resolve("serve/copies-old"));
        Files.setLastModifiedTime(oldUnlocked, minutesAgo);
        Path justMade = Files.createDirectories(cache.resolve("serve/copies-new")); // its serve is about to lock it
        PrivateCopies running = PrivateCopies.in(cache);
        Path runningFolder = running.copy(Files.writeString(cache.resolve("source"), "served")).getParent();
        Files.setLastModifiedTime(runningFolder, minutesAgo); // old enough to be judged by its lock

        PrivateCopies next = PrivateCopies.in(cache);

        assertThat(killed).doesNotExist();
        assertThat(oldUnlocked).doesNotExist();
        assertThat(justMade).exists();
        assertThat(runningFolder).exists();
        try (var files = Files.list(runningFolder)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("copy-"))).singleElement()
                    .satisfies(copy -> assertThat(copy).hasContent("served"));
        }
        running.keepOnly(java.util.List.of());
        assertThat(runningFolder.resolve(".lock")).as("keepOnly deletes copies, never the lock").exists();
        running.close();
        next.close();
        try (var left = Files.list(cache.resolve("serve"))) {
            assertThat(left).containsExactly(justMade);
        }
    }

    @Test
    void aFolderAnotherRunningServeHoldsIsLeftAloneAndGoesOnceThatServeIsKilled() throws Exception {
        Path source = Files.writeString(cache.resolve("source"), "served");
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), HoldCopies.class.getName(), cache.toString(), source.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            Path held = Path.of(new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8)).readLine());
            // old enough that only its lock keeps it
            Files.setLastModifiedTime(held, FileTime.from(Instant.now().minus(Duration.ofMinutes(5))));

            PrivateCopies.in(cache).close();
            assertThat(held).as("another process's serve holds it").exists();

            other.destroyForcibly();
            assertThat(other.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            PrivateCopies.in(cache).close();
            assertThat(held).as("its serve was killed: a leftover").doesNotExist();
        } finally {
            other.destroyForcibly();
        }
    }
}
