package org.broadsheet.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.broadsheet.yaml.YamlMap;

/**
 * The {@code aliases:} of an article or page, as Hugo has them (Jekyll: {@code redirect_from}): the old addresses
 * it was published at, each of which gets a small page that sends readers and search engines on to the new one. A
 * digest moved from another tool, or an article whose slug changed, keeps its old links working.
 */
public final class Aliases {

    /** A path of the site: folders and file names made of the characters URLs carry unescaped. */
    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9._~!$&'()*+,;=:@%-]+(/[A-Za-z0-9._~!$&'()*+,;=:@%-]+)*/?");

    private Aliases() {
    }

    /**
     * The alias paths of {@code key} in {@code yaml}, as site paths ({@code old/story/index.html},
     * {@code 2019/05/story.html}); a bad one is reported at its line.
     */
    static List<String> read(YamlMap yaml, String key) {
        List<String> paths = new ArrayList<>();
        for (YamlMap.Item item : yaml.stringItems(key)) {
            try {
                paths.add(sitePath(item.value()));
            } catch (IllegalArgumentException e) {
                yaml.report(item.where(), "alias '" + item.value() + "' " + e.getMessage());
            }
        }
        return paths;
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
        path = path.startsWith("/") ? path.substring(1) : path;
        if (path.isEmpty() || !PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("is not a path on this site; write one like /2019/05/story/ or "
                    + "/news/story.html (no spaces, query or #fragment)");
        }
        for (String part : path.split("/")) {
            if (part.equals(".") || part.equals("..")) {
                throw new IllegalArgumentException("may not hold '.' or '..'; write the path from the site root");
            }
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (path.endsWith("/")) {
            return path + "index.html";
        }
        return last.endsWith(".html") || last.endsWith(".htm") ? path : path + "/index.html";
    }
}
