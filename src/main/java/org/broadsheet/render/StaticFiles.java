package org.broadsheet.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.broadsheet.fs.Litter;

/**
 * The files copied into the site as they are: the theme's {@code assets/…} (CSS, scripts, images; files in the
 * site's own {@code templates/assets/} replace the built-in ones of the same name), and everything in the site's
 * static folder at the same place in the site (a favicon, a {@code CNAME}, {@code .well-known/}, images), as Hugo
 * and Jekyll users know it.
 */
public final class StaticFiles {

    static final String ASSETS = "assets";
    private final List<RenderedFile> files;
    /** Where each file of the static folder came from, by its path in the site: named when it clashes with a page. */
    private final Map<String, Path> ownFiles;

    private StaticFiles(List<RenderedFile> files, Map<String, Path> ownFiles) {
        this.files = List.copyOf(files);
        this.ownFiles = Map.copyOf(ownFiles);
    }

    public List<RenderedFile> files() {
        return files;
    }

    /**
     * Reads the built-in assets, the site's overrides from {@code siteTemplates/assets}, then the static folder.
     *
     * @throws InputException for a link that leads out of its folder (it would publish whatever it points to), and
     *         for a static file that would replace a theme asset (the theme's own are replaced in templates/assets)
     */
    public static StaticFiles load(Path siteTemplates, Path staticFolder) {
        Map<String, RenderedFile> byPath = new TreeMap<>();
        BuiltInTheme.files(ASSETS).forEach((path, bytes) -> byPath.put(path, new RenderedFile(path, bytes)));
        List<Problem> problems = new ArrayList<>();
        read(siteTemplates, siteTemplates.resolve(ASSETS), ASSETS + "/", "templates").forEach((path, file) -> byPath.put(path,
                read(file, path)));
        Map<String, Path> own = read(staticFolder, staticFolder, "", "static");
        own.forEach((path, file) -> {
            if (byPath.containsKey(path)) {
                problems.add(new Problem(SourcePosition.of(file), "the theme has a file of this name (" + path
                        + "); to replace a theme file, put yours in templates/" + path + " instead"));
            } else {
                byPath.put(path, read(file, path));
            }
        });
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new StaticFiles(List.copyOf(byPath.values()), own);
    }

    /**
     * Refuses static files that would replace a file the site makes itself (a page, a feed, the sitemap).
     *
     * @param made the paths of every file the build renders
     */
    void checkClashes(Collection<String> made) {
        if (ownFiles.isEmpty()) {
            return;
        }
        // a path is a file or a folder, never both: static/tags (a file) clashes with tags/…, and so does
        // static/robots.txt/x with robots.txt
        Map<String, String> taken = new java.util.HashMap<>();
        for (String path : made) {
            taken.put(path, path);
            for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                taken.putIfAbsent(path.substring(0, slash), path);
            }
        }
        List<Problem> problems = new ArrayList<>();
        ownFiles.forEach((path, file) -> {
            String clash = taken.get(path);
            for (int slash = path.indexOf('/'); clash == null && slash > 0; slash = path.indexOf('/', slash + 1)) {
                String folder = path.substring(0, slash);
                clash = folder.equals(taken.get(folder)) ? folder : null; // a file the site makes, where this needs a folder
            }
            if (clash != null) {
                problems.add(new Problem(SourcePosition.of(file), "the site makes " + clash
                        + " itself, and a build cannot publish both; rename or remove this file"));
            }
        });
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparing(p -> p.where().toString()));
            throw new InputException(problems);
        }
    }

    /**
     * The files under {@code folder} by their path in the site ({@code prefix} and the path in the folder), leaving
     * out editor and system litter (and, in the theme's assets, every dot-file).
     *
     * @param kind the folder {@code tree} is, as the user knows it ("templates", "static")
     */
    private static Map<String, Path> read(Path tree, Path folder, String prefix, String kind) {
        boolean skipDotFiles = kind.equals("templates");
        Map<String, Path> found = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        List<Problem> problems = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            Path real = tree.toRealPath();
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = folder.relativize(p).toString().replace('\\', '/');
                if (isLitter(rel, skipDotFiles)) {
                    continue;
                }
                if (!p.toRealPath().startsWith(real)) {
                    problems.add(new Problem(SourcePosition.of(p), "a link to a file outside the " + kind + " folder ("
                            + p.toRealPath() + "); copy the file into the folder instead of linking it"));
                    continue;
                }
                found.put(prefix + rel, p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return found;
    }

    private static boolean isLitter(String rel, boolean skipDotFiles) {
        return skipDotFiles && (rel.startsWith(".") || rel.contains("/.")) || Litter.is(rel);
    }

    private static RenderedFile read(Path file, String path) {
        try {
            return new RenderedFile(path, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
