package org.broadsheet.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.broadsheet.error.SourcePosition;
import org.broadsheet.yaml.YamlMap;

/**
 * The {@code aliases:} of an article or page, as Hugo has them (Jekyll's {@code redirect_from:} is read too): the old
 * addresses it was published at, each of which gets a small page that sends readers and search engines on to the new
 * one. A digest moved from another tool, or an article whose slug changed, keeps its old links working.
 */
public final class Aliases {

    private Aliases() {
    }

    /** The front-matter keys of aliases: Hugo's, and the one of Jekyll's redirect plugin. */
    static final List<String> KEYS = List.of("aliases", "redirect_from");

    /**
     * The aliases in {@code yaml} ({@link #KEYS}), as site paths ({@code old/story/index.html},
     * {@code 2019/05/story.html}); a bad one is reported at its line.
     */
    static List<String> read(YamlMap yaml) {
        List<String> paths = new ArrayList<>();
        for (String key : KEYS) {
            for (YamlMap.Item item : yaml.stringItems(key)) {
                try {
                    String path = sitePath(item.value());
                    if (!paths.contains(path)) {
                        paths.add(path);
                    }
                } catch (IllegalArgumentException e) {
                    yaml.report(item.where(), "alias '" + item.value() + "' " + e.getMessage());
                }
            }
        }
        return paths;
    }

    /**
     * Where {@code file}'s front matter writes the alias that became {@code sitePath}, for a problem to name its line:
     * the record keeps the paths only, and a clash is rare enough to read the file again for it.
     */
    public static SourcePosition positionIn(Path file, String sitePath) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 1; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
                for (String token : lines.get(i).split("[\\s,\\[\\]'\"]+")) {
                    if (token.startsWith("/") && sitePathOrEmpty(token).equals(sitePath)) {
                        return SourcePosition.of(file, i + 1);
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // the file alone, then
        }
        return SourcePosition.of(file);
    }

    private static String sitePathOrEmpty(String written) {
        try {
            return sitePath(written);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** An alias as editors write it: from the site root, a folder without its index.html. */
    public static String written(String sitePath) {
        String index = "index.html";
        return "/" + (sitePath.endsWith("/" + index) ? sitePath.substring(0, sitePath.length() - index.length()) : sitePath);
    }

    /**
     * The file an alias is written to: a path ending in {@code /}, or without an extension, is a folder with an
     * {@code index.html}; {@code .html} and {@code .htm} are files.
     *
     * @throws IllegalArgumentException saying what is wrong and how to write it
     */
    static String sitePath(String written) {
        String path = written.strip();
        if (path.contains("://") || path.startsWith("//")) {
            throw new IllegalArgumentException("is a full address; write the path on this site only, e.g. /2019/05/story/");
        }
        if (!path.startsWith("/")) { // Hugo reads such an alias against the page's own folder: never guess which
            throw new IllegalArgumentException("does not start with /; write it from the site root, e.g. /2019/05/story/ "
                    + "(Hugo reads an alias without / from the page's folder: add that folder in front)");
        }
        path = path.substring(1);
        String folders = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        for (String part : folders.split("/", -1)) {
            if (part.equals(".") || part.equals("..")) {
                throw new IllegalArgumentException("may not hold '.' or '..'; write the path from the site root");
            }
            if (!Slugs.isSafeName(part)) { // a %-escape would be a name no web server maps back to this file
                throw new IllegalArgumentException("is not a path this site can publish; write one like /2019/05/story/ "
                        + "or /news/story.html: letters, digits and . _ - ~ ! ( ) + , ; = @ between slashes, no spaces, query "
                        + "or #fragment, no %-escapes, no names Windows keeps (con, nul, aux…)");
            }
        }
        if (path.endsWith("/")) {
            return path + "index.html";
        }
        String last = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return last.endsWith(".html") || last.endsWith(".htm") ? path : path + "/index.html";
    }
}
