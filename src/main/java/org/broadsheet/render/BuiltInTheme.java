package org.broadsheet.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The default theme packed into the jar (or on the class path of a development build): every template and asset,
 * by its path inside the theme ({@code article.ftlh}, {@code assets/style.css}).
 */
public final class BuiltInTheme {

    private BuiltInTheme() {
    }

    /**
     * The element ids the theme's pages use themselves, which no heading of an article or page may take
     * ({@code BuiltInThemeTest} checks the list against the templates).
     */
    public static final Set<String> ELEMENT_IDS = Set.of("main", "note-heading", "related-heading", "earlier-heading",
            "coverage-heading", "featured-heading", "chart-title", "chart-caption", "search-q", "search-results",
            "search-status", "site-search-q");

    /** The theme's files under {@code folder} ("" for all), by path inside the theme, in path order. */
    public static Map<String, byte[]> files(String folder) {
        String resource = Templates.THEME_RESOURCE + (folder.isEmpty() ? "" : "/" + folder);
        URL url = BuiltInTheme.class.getResource(resource);
        Map<String, byte[]> files = new TreeMap<>();
        if (url == null) {
            return files;
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                read(Path.of(uri), folder, files);
                return files;
            }
            // the jar's own entries, read with JarFile: far cheaper to start than a zip file system
            String spec = uri.getRawSchemeSpecificPart();
            Path jarPath = Path.of(URI.create(spec.substring(0, spec.indexOf("!/"))));
            String prefix = resource.substring(1) + "/";
            String themeRoot = Templates.THEME_RESOURCE.substring(1) + "/";
            try (JarFile jar = new JarFile(jarPath.toFile())) {
                for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                    String name = entry.getName();
                    if (!entry.isDirectory() && name.startsWith(prefix)) {
                        String rel = name.substring(themeRoot.length());
                        if (!rel.startsWith(".") && !rel.contains("/.")) {
                            try (var in = jar.getInputStream(entry)) {
                                files.put(rel, in.readAllBytes());
                            }
                        }
                    }
                }
            }
            return files;
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("the built-in theme cannot be read from " + url, e);
        }
    }

    private static void read(Path dir, String folder, Map<String, byte[]> files) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (!rel.startsWith(".") && !rel.contains("/.")) {
                    files.put(folder.isEmpty() ? rel : folder + "/" + rel, Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
