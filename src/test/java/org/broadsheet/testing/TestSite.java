package org.broadsheet.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A digest written into a temporary folder from inline text, for tests: {@code file("content/a.md", "...")}.
 */
public final class TestSite {

    private final Path root;

    public TestSite(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Path path(String relative) {
        return root.resolve(relative);
    }

    public TestSite file(String relative, String text) {
        try {
            Path p = root.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestSite bytes(String relative, byte[] bytes) {
        try {
            Path p = root.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String relative) {
        try {
            return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String relative) {
        return Files.exists(root.resolve(relative));
    }

    /** An article with {@code body} after its front matter of a title and a date. */
    public static String articleWithBody(String title, String date, String body) {
        return "---\ntitle: " + title + "\ndate: " + date + "\n---\n\n" + body + "\n";
    }

    /** A minimal article file's text. */
    public static String article(String title, String date, String... extraLines) {
        StringBuilder fm = new StringBuilder("---\ntitle: \"" + title.replace("\"", "\\\"") + "\"\ndate: " + date + "\n");
        for (String line : extraLines) {
            fm.append(line).append('\n');
        }
        return fm.append("---\n\nBody of ").append(title).append(".\n").toString();
    }

    /**
     * Copies the repository's sample digest (config, sources, content, templates) into {@code root} as a fresh clone
     * has it: without the files an earlier local build imported.
     */
    public static void copySampleDigest(Path root) {
        for (String part : java.util.List.of("sources", "content", "templates")) {
            copyTree(Path.of(part), root.resolve(part));
        }
        try {
            Files.copy(Path.of("broadsheet.yaml"), root.resolve("broadsheet.yaml"));
            try (Stream<Path> files = Files.walk(root.resolve("content"))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                    if (Files.readString(p, StandardCharsets.UTF_8).contains("\norigin:\n")) {
                        Files.delete(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a folder tree (used to copy the repository's sample digest). */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
