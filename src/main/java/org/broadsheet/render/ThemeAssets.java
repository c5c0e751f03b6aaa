package org.broadsheet.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

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

    /** Reads the built-in assets, then the site's overrides from {@code siteTemplates/assets}. */
    public static ThemeAssets load(Path siteTemplates) {
        Map<String, RenderedFile> byPath = new TreeMap<>();
        readBuiltIn(byPath);
        Path own = siteTemplates.resolve(FOLDER);
        if (Files.isDirectory(own)) {
            readFolder(own, byPath);
        }
        return new ThemeAssets(List.copyOf(byPath.values()));
    }

    private static void readBuiltIn(Map<String, RenderedFile> byPath) {
        URL url = ThemeAssets.class.getResource(Templates.THEME_RESOURCE + "/" + FOLDER);
        if (url == null) {
            return;
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                boolean opened = false;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                    opened = true;
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                try {
                    readFolder(jar.getPath(Templates.THEME_RESOURCE, FOLDER), byPath);
                } finally {
                    if (opened) {
                        jar.close();
                    }
                }
            } else {
                readFolder(Path.of(uri), byPath);
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("the built-in theme cannot be read from " + url, e);
        }
    }

    private static void readFolder(Path folder, Map<String, RenderedFile> byPath) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = folder.relativize(p).toString().replace('\\', '/');
                if (!rel.startsWith(".") && !rel.contains("/.")) {
                    String path = FOLDER + "/" + rel;
                    byPath.put(path, new RenderedFile(path, Files.readAllBytes(p)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
