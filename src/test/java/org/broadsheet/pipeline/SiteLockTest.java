package org.broadsheet.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.broadsheet.cli.ExitCodes;
import org.broadsheet.config.SitePaths;
import org.broadsheet.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site lock between processes, as two builds of one site meet it: this JVM holds the lock and a second JVM runs
 * the real command line. (A lock taken twice in one JVM is refused by Java itself, before the operating system is
 * asked; only a second process meets the operating system's lock.)
 */
class SiteLockTest {

    /** Far above a build of one article, even on a loaded machine: only a hung process reaches it. */
    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    Path root;
    @TempDir
    Path logs;

    record Finished(int exitCode, String output) {
    }

    @Test
    void aBuildInAnotherProcessIsRefusedWhileTheLockIsHeldAndRunsOnceItIsReleased() {
        new TestSite(root).file("broadsheet.yaml", "title: Lock\n")
                .file("content/one.md", TestSite.article("Harbour Wall Vote", "2024-05-01"));

        Finished refused = SiteLock.holding(SitePaths.defaults(root), () -> build("refused.log"));

        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(ExitCodes.INPUT);
        assertThat(refused.output()).contains("error: .broadsheet/cache/build.lock: another build, import or publish of this site is running"
                + " (or a serve rebuilding it); wait for it to finish, then run this one again");
        assertThat(root.resolve("site")).doesNotExist();

        Finished built = build("built.log");

        assertThat(built.exitCode()).as(built.output()).isZero();
        assertThat(root.resolve("site/index.html")).content().contains("Harbour Wall Vote");
    }

    /** {@code broadsheet build} in a JVM of its own, waited for until it exits. */
    private Finished build(String log) {
        Path output = logs.resolve(log);
        // C1 only and the serial collector: a short run starts faster, which matters on a busy machine
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "org.broadsheet.cli.Main", "build", "--config", root.resolve("broadsheet.yaml").toString());
        try {
            Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("the build did not finish in " + TIMEOUT_SECONDS + " s: " + Files.readString(output));
            }
            return new Finished(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the build", e);
        }
    }
}
