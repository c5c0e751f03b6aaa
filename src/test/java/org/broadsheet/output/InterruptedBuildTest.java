package org.broadsheet.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.broadsheet.testing.Cli;
import org.broadsheet.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills real build processes with SIGKILL at several moments and checks that the previous site survives byte for
 * byte (and time for time), and that the next build repairs everything.
 */
class InterruptedBuildTest {

    @TempDir
    Path root;

    @Test
    void aBuildKilledAtAnyMomentLeavesThePreviousSiteIntact() throws Exception {
        TestSite site = new TestSite(root).file("broadsheet.yaml", "title: Kill Test\npage_size: 5\n");
        writeArticles(site, "First");
        assertThat(Cli.inSite(root, "build", "-q").exitCode()).isZero();
        Map<String, String> before = snapshot(root.resolve("site"));
        writeArticles(site, "Second"); // every page changes

        int killedMidBuild = 0;
        for (long delayMillis : new long[] {150, 400, 700, 1000, 1300, 1700, 2200}) {
            Process build = new ProcessBuilder(javaCommand(root)).redirectErrorStream(true)
                    .redirectOutput(root.resolve("build.log").toFile()).start();
            boolean finished = build.waitFor(delayMillis, TimeUnit.MILLISECONDS);
            if (!finished) {
                build.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, no cleanup
                killedMidBuild++;
                Path current = Files.isDirectory(root.resolve("site")) ? root.resolve("site") : root.resolve(".site.previous");
                assertThat(snapshot(current)).as("site after a kill at %d ms", delayMillis).isEqualTo(before);
            } else {
                break; // the build outran the delay: later delays cannot interrupt it either
            }
        }
        assertThat(killedMidBuild).as("at least one build was killed before it finished").isGreaterThan(0);

        assertThat(Cli.inSite(root, "build", "-q").exitCode()).isZero();
        assertThat(root.resolve("site/index.html")).content().contains("Second");
        assertThat(root.resolve(".site.staging")).doesNotExist();
    }

    private static void writeArticles(TestSite site, String word) {
        for (int i = 0; i < 1500; i++) {
            site.file(String.format("content/a%04d.md", i), TestSite.article(word + " article " + i,
                    String.format("2024-%02d-%02d", 1 + i % 12, 1 + i % 28), "tags: [t" + (i % 40) + ", all]"));
        }
    }

    private static List<String> javaCommand(Path root) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.broadsheet.cli.Main");
        cmd.add("build");
        cmd.add("-q");
        cmd.add("--config");
        cmd.add(root.resolve("broadsheet.yaml").toString());
        return cmd;
    }

    /** Every file's path, bytes (as a hash) and modification time. */
    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                FileTime mtime = Files.getLastModifiedTime(p);
                files.put(dir.relativize(p).toString(),
                        org.broadsheet.fs.Hashes.sha256(Files.readAllBytes(p)) + " " + mtime.toMillis());
            }
        }
        return files;
    }
}
