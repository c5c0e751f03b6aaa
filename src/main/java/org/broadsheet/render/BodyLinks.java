package org.broadsheet.render;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.broadsheet.content.LocalLinks;
import org.broadsheet.site.LinkTarget;
import org.broadsheet.site.Permalinks;
import org.broadsheet.site.SiteBuilder;

/**
 * The addresses a text's links are written with on one page or feed: a link to another content file at that file's
 * page ({@link LinkTarget}); a link from the site root ({@code /images/chart.png}, {@code /tags/council/}, and Pelican's
 * {@code {static}/…}, {@code {index}} and {@code {tag}name}) from this page, as every link of the site is, so that it
 * works under a {@code base_url} with a path and from {@code file://}; any other as written.
 */
final class BodyLinks {

    private BodyLinks() {
    }

    /**
     * @param links where the text's links to content files lead
     * @param url the address of a path from the site root as this page or feed writes it
     */
    static UnaryOperator<String> addresses(Map<String, LinkTarget> links, Function<String, String> url) {
        return addresses(links, Map.of(), "", url);
    }

    /**
     * Also a link to a file published with the article ({@code chart.png} beside its {@code index.md}), which
     * {@code resources} has by its path in the site, under {@code folder}.
     */
    static UnaryOperator<String> addresses(Map<String, LinkTarget> links, Map<String, Path> resources, String folder,
            Function<String, String> url) {
        return destination -> {
            LinkTarget target = links.get(destination);
            if (target != null) {
                return url.apply(target.path()) + target.suffix();
            }
            if (!resources.isEmpty()) {
                int end = LocalLinks.endOfPath(destination);
                String resource = inFolder(folder, destination.substring(0, end));
                if (resource != null && resources.containsKey(resource)) {
                    return url.apply(resource) + destination.substring(end);
                }
            }
            String sitePath = fromRoot(destination);
            if (sitePath == null) {
                return null;
            }
            int end = LocalLinks.endOfPath(sitePath);
            String path = sitePath.substring(0, end);
            return url.apply(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path) + sitePath.substring(end);
        };
    }

    /** {@code destination} as a path from the site root with its query and fragment, or null when it is not one. */
    private static String fromRoot(String destination) {
        for (String placeholder : LocalLinks.READ_AS_ADDRESSES) {
            if (destination.startsWith(placeholder)) {
                String rest = destination.substring(placeholder.length());
                return placeholder.contains("index") ? rest : rest.startsWith("/") ? rest.substring(1) : null;
            }
        }
        if (destination.startsWith("{tag}") || destination.startsWith("|tag|")) {
            String name = destination.substring(5);
            int end = LocalLinks.endOfPath(name);
            return Permalinks.tag(SiteBuilder.tagSlug(name.substring(0, end)), 1) + name.substring(end);
        }
        return destination.startsWith("/") && !destination.startsWith("//") ? destination.substring(1) : null;
    }

    /**
     * {@code relative} read from {@code folder} as a path in the site, or null when it is not a relative path or
     * leads above the site's root.
     */
    private static String inFolder(String folder, String relative) {
        if (relative.isEmpty() || relative.startsWith("/") || relative.startsWith("{") || relative.startsWith("|")
                || relative.indexOf(':') >= 0) {
            return null;
        }
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String part : (folder + relative).split("/")) {
            if (part.equals("..")) {
                if (parts.pollLast() == null) {
                    return null;
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }
}
