package org.broadsheet.config;

import java.nio.file.Files;
import java.nio.file.Path;

import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;

/**
 * The folders of a digest, all absolute: the site root and where sources, content, templates, static files (copied
 * into the site as they are) and output live; {@code contentNamedAt} is where the content folder was named
 * ({@code paths.content} in the config), or the folder itself when it is the default.
 */
public record SitePaths(Path root, Path sources, Path content, Path templates, Path staticFiles, Path output,
        SourcePosition contentNamedAt) {

    /** Folders with the content folder named by nothing but itself (the default, or a test's choice). */
    public SitePaths(Path root, Path sources, Path content, Path templates, Path staticFiles, Path output) {
        this(root, sources, content, templates, staticFiles, output, SourcePosition.of(content));
    }

    public static SitePaths defaults(Path root) {
        Path r = root.toAbsolutePath().normalize();
        return new SitePaths(r, r.resolve("sources"), r.resolve("content"), r.resolve("templates"), r.resolve("static"),
                r.resolve("site"));
    }

    /** Broadsheet's own working files (caches, manifests): {@code .broadsheet/cache} in the site root, git-ignored. */
    public Path cache() {
        return root.resolve(".broadsheet").resolve("cache");
    }

    public SitePaths withOutput(Path output) {
        return new SitePaths(root, sources, content, templates, staticFiles, output.toAbsolutePath().normalize(),
                contentNamedAt);
    }

    /** A path as the user knows it: relative to the site root when inside it, with forward slashes. */
    public String display(Path path) {
        Path p = path.toAbsolutePath().normalize();
        return (p.startsWith(root) ? root.relativize(p) : p).toString().replace('\\', '/');
    }

    /**
     * Checks that the content folder is there before a build reads it: a mistyped {@code paths.content} would
     * otherwise build, and publish, an empty site.
     *
     * @throws InputException at {@code paths.content}'s line (or the default folder) when it is missing
     */
    public void requireContent() {
        if (Files.isDirectory(content)) {
            return;
        }
        String what = Files.exists(content) ? "is not a folder" : "does not exist";
        throw new InputException(new Problem(contentNamedAt, contentNamedAt.line() > 0
                ? "paths.content names " + display(content) + ", which " + what
                        + "; correct the path to the folder that holds the articles, or create that folder"
                : "the content folder " + what + "; create it (broadsheet new \"Headline\" writes an article into it), or set"
                        + " paths.content in " + SiteConfig.FILE_NAME + " to the folder that holds the articles"));
    }
}
