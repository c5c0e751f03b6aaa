package org.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.broadsheet.testing.Bytes;
import org.broadsheet.testing.Cli;
import org.broadsheet.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The static folder: its files are published at the same place in the site, kept up to date by every build, and
 * never allowed to replace a page or a theme file; files put into the output by hand are never deleted silently.
 */
class StaticFolderTest {

    @TempDir
    Path root;
    TestSite site;

    @BeforeEach
    void site() {
        site = new TestSite(root)
                .file("broadsheet.yaml", "title: Static Test\n")
                .file("content/a.md", TestSite.article("An Article", "2024-05-01", "tags: [x]"))
                .bytes("static/favicon.ico", new byte[] {0, 1, 2, (byte) 0xff})
                .file("static/.well-known/security.txt", "Contact: mailto:editor@example.org\n")
                .file("static/google123.html", "google-site-verification: google123.html\n");
    }

    @Test
    void staticFilesArePublishedAsTheyAreAndFollowTheirEdits() throws IOException {
        assertThat(Cli.inSite(root, "build").exitCode()).isZero();
        assertThat(Files.readAllBytes(root.resolve("site/favicon.ico"))).containsExactly(0, 1, 2, 0xff);
        assertThat(site.read("site/.well-known/security.txt")).contains("editor@example.org");
        assertThat(site.read("site/google123.html")).contains("google-site-verification");

        site.file("static/google123.html", "google-site-verification: changed\n");
        Files.delete(root.resolve("static/favicon.ico"));
        Cli.Run again = Cli.inSite(root, "build");

        assertThat(again.out()).doesNotContain("nothing changed");
        assertThat(site.read("site/google123.html")).contains("changed");
        assertThat(root.resolve("site/favicon.ico")).doesNotExist();
        assertThat(Cli.inSite(root, "build").out()).contains("nothing changed since the last build");
    }

    @Test
    void aStaticFileMayNotReplaceAPageOrAThemeFile() throws IOException {
        site.file("static/index.html", "<p>my own home page</p>\n").file("static/assets/style.css", "body{}\n");

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("static/assets/style.css", "templates/assets/style.css");
        assertThat(root.resolve("site")).doesNotExist();

        Files.delete(root.resolve("static/assets/style.css"));
        site.file("static/tags", "a file where the site makes a folder\n").file("static/robots.txt/x", "a folder where it makes a file\n");
        Cli.Run page = Cli.inSite(root, "build");
        assertThat(page.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(page.err()).contains("error: static/index.html: this static file would be published at index.html, "
                + "which the site makes itself; rename or remove this file",
                "error: static/tags: this static file would be a file at tags, where a folder is needed for the site's own tags/",
                "error: static/robots.txt/x: this static file needs a folder at robots.txt, where the site's own robots.txt is a file");
    }

    @Test
    void aFilePutIntoTheOutputByHandStopsTheBuildInsteadOfBeingDeleted() throws IOException {
        assertThat(Cli.inSite(root, "build").exitCode()).isZero();
        site.file("site/by-hand.html", "mine\n");
        site.file("content/a.md", TestSite.article("An Article, Edited", "2024-05-01", "tags: [x]"));

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("by-hand.html", "static/", "--force");
        assertThat(site.read("site/by-hand.html")).isEqualTo("mine\n");
        assertThat(site.read("site/index.html")).doesNotContain("An Article, Edited");

        org.apache.commons.io.FileUtils.deleteDirectory(root.resolve(".broadsheet/cache").toFile());
        Cli.Run withoutRecord = Cli.inSite(root, "build");
        assertThat(withoutRecord.exitCode()).as("no record of what builds wrote: nothing is deleted").isNotZero();
        assertThat(withoutRecord.err()).contains("by-hand.html", ".broadsheet/cache deleted");
        assertThat(site.read("site/by-hand.html")).isEqualTo("mine\n");

        Files.move(root.resolve("site/by-hand.html"), root.resolve("static/by-hand.html"));
        assertThat(Cli.inSite(root, "build").exitCode()).isZero();
        assertThat(site.read("site/by-hand.html")).isEqualTo("mine\n");
        assertThat(site.read("site/index.html")).contains("An Article, Edited");
    }

    /** Stands in for a video: larger than the whole heap the build below may use. */
    private static final int LARGE = 96 << 20;

    @Test
    void aLargeStaticFileIsCopiedWithoutBeingHeldInMemory() throws Exception {
        Path clip = root.resolve("static/media/clip.mp4");
        Files.createDirectories(clip.getParent());
        try (var out = Files.newOutputStream(clip)) {
            byte[] block = Bytes.random(1 << 20, 1);
            for (int i = 0; i < LARGE >> 20; i++) {
                out.write(block);
            }
        }

        // a build in a JVM with a heap smaller than the file: reading the file whole would run out of memory
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), "org.broadsheet.cli.Main", "build", "-q", "--config",
                root.resolve("broadsheet.yaml").toString());
        Process build = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(build.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(build.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        assertThat(build.exitValue()).as(output).isZero();
        assertThat(Files.mismatch(clip, root.resolve("site/media/clip.mp4"))).isEqualTo(-1);
    }

    @Test
    void anUnchangedStaticFileIsKeptWithoutBeingRead() throws IOException {
        Path source = root.resolve("static/media/clip.mp4");
        site.bytes("static/media/clip.mp4", Bytes.random(1 << 20, 1));
        assertThat(Cli.inSite(root, "build", "-q").exitCode()).isZero();
        Path published = root.resolve("site/media/clip.mp4");
        byte[] copied = Files.readAllBytes(published);
        BasicFileAttributes copiedAs = Files.readAttributes(published, BasicFileAttributes.class);

        // the proof: other bytes of the same size written into the same file, and its time set back, which only a
        // build that reads the file can tell
        FileTime time = Files.getLastModifiedTime(source);
        try (FileChannel file = FileChannel.open(source, StandardOpenOption.WRITE)) {
            file.write(ByteBuffer.wrap(Bytes.random(1 << 20, 2)));
        }
        Files.setLastModifiedTime(source, time);
        assertThat(Files.getLastModifiedTime(source)).isEqualTo(time);
        site.file("content/a.md", TestSite.article("An Article, Edited", "2024-05-01", "tags: [x]")); // so the build runs
        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(site.read("site/index.html")).contains("An Article, Edited");
        assertThat(published).hasBinaryContent(copied);
        BasicFileAttributes keptAs = Files.readAttributes(published, BasicFileAttributes.class);
        assertThat(keptAs.fileKey()).isEqualTo(copiedAs.fileKey());
        assertThat(keptAs.lastModifiedTime()).isEqualTo(copiedAs.lastModifiedTime());
    }

    @Test
    void aStaticFileEditedInPlaceOrReplacedIsCopiedAgainThoughItsSizeOrTimeStayed() throws IOException {
        Path source = root.resolve("static/media/clip.mp4");
        site.bytes("static/media/clip.mp4", Bytes.random(1 << 20, 1));
        assertThat(Cli.inSite(root, "build", "-q").exitCode()).isZero();
        Path published = root.resolve("site/media/clip.mp4");

        site.bytes("static/media/clip.mp4", Bytes.random(1 << 20, 2)); // the same size, in place (the same inode)
        Files.setLastModifiedTime(source, FileTime.fromMillis(Files.getLastModifiedTime(source).toMillis() + 2000));
        assertThat(Cli.inSite(root, "build", "-q").exitCode()).isZero();
        assertThat(published).hasBinaryContent(Bytes.random(1 << 20, 2));

        FileTime time = Files.getLastModifiedTime(source);
        site.bytes("static/media/clip.mp4", Bytes.random((1 << 20) + 1, 3)); // another size, the same time
        Files.setLastModifiedTime(source, time);
        assertThat(Cli.inSite(root, "build", "-q").exitCode()).isZero();
        assertThat(published).hasBinaryContent(Bytes.random((1 << 20) + 1, 3));

        // the same size and time, but another file renamed over it (as editors save): its inode tells
        Path other = site.bytes("static/.clip.tmp", Bytes.random((1 << 20) + 1, 4)).path("static/.clip.tmp");
        Files.setLastModifiedTime(other, time);
        Files.move(other, source, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertThat(Files.getLastModifiedTime(source)).isEqualTo(time);
        Cli.Run run = Cli.inSite(root, "build");
        assertThat(run.out()).doesNotContain("nothing changed");
        assertThat(published).hasBinaryContent(Bytes.random((1 << 20) + 1, 4));
    }

    @Test
    void aFileWhoseNameHoldsTwoDotsIsRefusedAtItsName() {
        site.file("static/v1..2.png", "png");

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("error: static/v1..2.png: this file's name holds '..', which a site's paths may not; "
                + "rename it").doesNotContain("internal error");
    }
}
