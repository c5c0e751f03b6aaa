package org.broadsheet.render;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.broadsheet.content.LocalLinks;
import org.broadsheet.site.LinkTarget;

/**
 * The addresses a text's links are written with on one page or feed: a link to another content file or a tag at
 * that page ({@link LinkTarget}); a file published with the article at that file; a link from the site root
 * ({@code /images/chart.png}, {@code /tags/}, Pelican's {@code {static}/…} and {@code {index}}) from this page, as
 * every link of the site is, so that it works under a {@code base_url} with a path and from {@code file://}; any
 * other as written. Under a {@code base_url} with a path ({@code https://example.org/news/}), a link may be written
 * with that path ({@code /news/tags/}) or without it ({@code /tags/}, as from the site's own root): both are the
 * site's {@code tags/}.
 */
final class BodyLinks {

    /** The path of the published site's base URL, ending in /: "/" when it has none, or there is none. */
    private final String basePath;

    /** @param basePath as {@link org.broadsheet.config.MarkdownSettings#rootPath} */
    BodyLinks(String basePath) {
        this.basePath = basePath;
    }

    /**
     * @param links where the text's links to content files and tags lead
     * @param url the address of a path from the site root as this page or feed writes it
     * @return null when no link of {@code text} needs another address: the text is rendered without looking
     */
    UnaryOperator<String> addresses(String text, Map<String, LinkTarget> links, Function<String, String> url) {
        return addresses(text, links, Map.of(), "", url);
    }

    /**
     * Also a link to a file published with the article ({@code chart.png} beside its {@code index.md}), which
     * {@code resources} has by its path in the site, under {@code folder}.
     */
    UnaryOperator<String> addresses(String text, Map<String, LinkTarget> links, Map<String, Path> resources,
            String folder, Function<String, String> url) {
        if (links.isEmpty() && resources.isEmpty() && !LocalLinks.mayLinkFromRoot(text)) {
            return null;
        }
        return destination -> {
            LinkTarget target = links.get(destination);
            if (target != null) {
                return url.apply(target.path()) + target.suffix();
            }
            int end = LocalLinks.endOfPath(destination);
            if (!resources.isEmpty()) {
                String resource = inFolder(folder, destination.substring(0, end));
                if (resource != null && resources.containsKey(resource)) {
                    return url.apply(resource) + destination.substring(end);
                }
            }
            String sitePath = fromRoot(destination.substring(0, end));
            if (sitePath == null) {
                return null;
            }
            return url.apply(sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath)
                    + destination.substring(end);
        };
    }

    /**
     * {@code path} (without query or fragment) as a path in the site, when it is written from the site's root, or
     * null. A Markdown file's path is never one: a link to a content file that leads nowhere stays as written.
     */
    private String fromRoot(String path) {
        for (String placeholder : LocalLinks.READ_AS_ADDRESSES) {
            if (path.startsWith(placeholder)) {
                String rest = path.substring(placeholder.length());
                return placeholder.contains("index") ? (rest.isEmpty() ? "" : null)
                        : rest.startsWith("/") ? inFolder("", rest.substring(1)) : null;
            }
        }
        String lower = path.toLowerCase(Locale.ROOT);
        if (!path.startsWith("/") || path.startsWith("//") || lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return null;
        }
        if ((path + "/").equals(basePath)) {
            return "";
        }
        return inFolder("", path.substring(path.startsWith(basePath) ? basePath.length() : 1));
    }

    /**
     * {@code relative} read from {@code folder} as a path in the site (a trailing / kept), or null when it is not a
     * relative path or leads above the site's root.
     */
    private static String inFolder(String folder, String relative) {
        if (relative.startsWith("/") || relative.startsWith("{") || relative.startsWith("|") || relative.indexOf(':') >= 0) {
            return null;
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String part : (folder + relative).split("/")) {
            if (part.equals("..")) {
                if (parts.pollLast() == null) {
                    return null;
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        String joined = String.join("/", parts);
        return relative.endsWith("/") && !joined.isEmpty() ? joined + "/" : joined;
    }
}
