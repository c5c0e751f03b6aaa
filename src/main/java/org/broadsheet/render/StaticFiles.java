package org.broadsheet.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;

/**
 * The theme's static files ({@code assets/…}: CSS, scripts, images), copied to the site as they are. Files in the
 * site's own {@code templates/assets/} replace the built-in ones of the same name.
 */
public final class ThemeAssets {

    static final String FOLDER = "assets";
    private final List<RenderedFile> files;

    private ThemeAssets(List<RenderedFile> files) {
        this.files = List.copyOf(files);
    }

    public List<RenderedFile> files() {
        return files;
    }

    /**
     * Reads the built-in assets, then the site's overrides from {@code siteTemplates/assets}.
     *
     * @throws InputException for a link that leads out of the templates folder: it would publish whatever it
     *         points to
     */
    public static ThemeAssets load(Path siteTemplates) {
        Map<String, RenderedFile> byPath = new TreeMap<>();
        BuiltInTheme.files(FOLDER).forEach((path, bytes) -> byPath.put(path, new RenderedFile(path, bytes)));
        Path own = siteTemplates.resolve(FOLDER);
        if (Files.isDirectory(own)) {
            readFolder(siteTemplates, own, byPath);
        }
        return new ThemeAssets(List.copyOf(byPath.values()));
    }

    private static void readFolder(Path siteTemplates, Path folder, Map<String, RenderedFile> byPath) {
        List<Problem> problems = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            Path tree = siteTemplates.toRealPath();
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = folder.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith(".") || rel.contains("/.")) {
                    continue;
                }
                if (!p.toRealPath().startsWith(tree)) {
                    problems.add(new Problem(SourcePosition.of(p), "a link to a file outside the templates folder ("
                            + p.toRealPath() + "); copy the file into the folder instead of linking it"));
                    continue;
                }
                String path = FOLDER + "/" + rel;
                byPath.put(path, new RenderedFile(path, Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }
}
