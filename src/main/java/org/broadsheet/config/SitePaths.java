package org.broadsheet.config;

import java.nio.file.Path;

/**
 * The folders of a digest, all absolute: the site root and where sources, content, templates, static files (copied
 * into the site as they are) and output live.
 */
public record SitePaths(Path root, Path sources, Path content, Path templates, Path staticFiles, Path output) {

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
        return new SitePaths(root, sources, content, templates, staticFiles, output.toAbsolutePath().normalize());
    }

    /** A path as the user knows it: relative to the site root when inside it, with forward slashes. */
    public String display(Path path) {
        Path p = path.toAbsolutePath().normalize();
        return (p.startsWith(root) ? root.relativize(p) : p).toString().replace('\\', '/');
    }
}
