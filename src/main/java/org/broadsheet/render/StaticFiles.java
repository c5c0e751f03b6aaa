package org.broadsheet.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.broadsheet.fs.Litter;
import org.broadsheet.fs.RegularFiles;

/**
 * The files copied into the site as they are: the theme's {@code assets/…} (CSS, scripts, images; files in the
 * site's own {@code templates/assets/} replace the built-in ones of the same name), and everything in the site's
 * static folder at the same place in the site (a favicon, a {@code CNAME}, {@code .well-known/}, images), as Hugo
 * and Jekyll users know it.
 */
public final class StaticFiles {

    static final String ASSETS = "assets";
    private final List<OutputFile> files;
    /** The files of the static folder by their path in the site: where one came from is named when it clashes. */
    private final Map<String, CopiedFile> ownFiles;
    /** The site's own theme files, from templates/assets/, by their path in the site. */
    private final Map<String, CopiedFile> themeFiles;

    private StaticFiles(List<OutputFile> files, Map<String, CopiedFile> ownFiles, Map<String, CopiedFile> themeFiles) {
        this.files = List.copyOf(files);
        this.ownFiles = Map.copyOf(ownFiles);
        this.themeFiles = Map.copyOf(themeFiles);
    }

    /**
     * Every file, in path order: the built-in assets in memory (they are few and small), the site's own files as
     * {@link CopiedFile}s, which are not read here (a static folder may hold a video of hundreds of megabytes).
     */
    public List<OutputFile> files() {
        return files;
    }

    /**
     * Lists the built-in assets, the site's overrides from {@code siteTemplates/assets}, then the static folder.
     *
     * @throws InputException for a link that leads out of its folder (it would publish whatever it points to), and
     *         for a static file that would replace a theme asset (the theme's own are replaced in templates/assets)
     */
    public static StaticFiles load(Path siteTemplates, Path staticFolder) {
        Map<String, OutputFile> byPath = new TreeMap<>();
        BuiltInTheme.files(ASSETS).forEach((path, bytes) -> byPath.put(path, new RenderedFile(path, bytes)));
        List<Problem> problems = new ArrayList<>();
        Map<String, CopiedFile> theme = list(siteTemplates, siteTemplates.resolve(ASSETS), ASSETS + "/", "templates");
        byPath.putAll(theme);
        Map<String, CopiedFile> own = list(staticFolder, staticFolder, "", "static");
        own.forEach((path, file) -> {
            if (byPath.containsKey(path)) {
                problems.add(new Problem(SourcePosition.of(file.source()), "the theme has a file of this name (" + path
                        + "); to replace a theme file, put yours in templates/" + path + " instead"));
            } else {
                byPath.put(path, file);
            }
        });
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new StaticFiles(List.copyOf(byPath.values()), own, theme);
    }

    /** The files of the site's static folder, by their path in the site (the rest are the theme's). */
    Map<String, CopiedFile> ownFiles() {
        return ownFiles;
    }

    /** The site's own files in templates/assets/ (replacing built-in ones, or added), by their path in the site. */
    Map<String, CopiedFile> themeFiles() {
        return themeFiles;
    }

    /**
     * The files under {@code folder} by their path in the site ({@code prefix} and the path in the folder), leaving
     * out editor and system litter (and, in the theme's assets, every dot-file). Only their attributes are read.
     *
     * @param kind the folder {@code tree} is, as the user knows it ("templates", "static")
     */
    private static Map<String, CopiedFile> list(Path tree, Path folder, String prefix, String kind) {
        boolean skipDotFiles = kind.equals("templates");
        Map<String, CopiedFile> found = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        List<Problem> problems = new ArrayList<>();
        try {
            Path real = tree.toRealPath();
            // the walk's own attributes fingerprint each file: one system call a file, and none opens it
            RegularFiles.forEach(folder, false, (p, attributes) -> {
                String rel = folder.relativize(p).toString().replace('\\', '/');
                if (isLitter(rel, skipDotFiles)) {
                    return;
                }
                if (rel.contains("..")) { // a name a site path may not hold: it reads as a step up
                    problems.add(new Problem(SourcePosition.of(p), "this file's name holds '..', which a site's paths may "
                            + "not; rename it (v1-2.png instead of v1..2.png)"));
                    return;
                }
                Path target = realPath(p);
                if (!target.startsWith(real)) {
                    problems.add(new Problem(SourcePosition.of(p), "a link to a file outside the " + kind + " folder ("
                            + target + "); copy the file into the folder instead of linking it"));
                    return;
                }
                found.put(prefix + rel, CopiedFile.of(prefix + rel, p, attributes));
            });
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

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
