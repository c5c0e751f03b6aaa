package org.broadsheet.site;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.broadsheet.config.SitePaths;
import org.broadsheet.content.LocalLinks;
import org.broadsheet.content.LocalLinks.LocalLink;
import org.broadsheet.error.Problem;

/**
 * The address book of links between content files ({@link LocalLinks}): every published article's and page's
 * address by its file, and why an unpublished one is not published. A link that leads nowhere is left as written,
 * with a warning at its line, as Hugo's and Jekyll's relative links are.
 */
public final class ContentLinks {

    private final SitePaths paths;
    private final Path contentRoot;
    private final Map<Path, String> published;
    private final Map<Path, String> unpublished;
    private final Map<Path, Map<String, LinkTarget>> pages;

    /**
     * @param published each published article's and page's address, by its file
     * @param unpublished why each other article or page is not published ("is a draft"), by its file
     */
    ContentLinks(SitePaths paths, Map<Path, String> published, Map<Path, String> unpublished) {
        this(paths, keyed(published), keyed(unpublished), Map.of());
    }

    private ContentLinks(SitePaths paths, Map<Path, String> published, Map<Path, String> unpublished,
            Map<Path, Map<String, LinkTarget>> pages) {
        this.paths = paths;
        this.contentRoot = key(paths.content());
        this.published = published;
        this.unpublished = unpublished;
        this.pages = pages;
    }

    /** An address book with no files: links stay as written. */
    public static ContentLinks none(SitePaths paths) {
        return new ContentLinks(paths, Map.of(), Map.of());
    }

    /** This book, keeping the links of the pages that are not articles, resolved, for {@link #ofPage}. */
    ContentLinks withPages(Map<Path, Map<String, LinkTarget>> pageLinks) {
        return new ContentLinks(paths, published, unpublished, keyed(pageLinks));
    }

    /**
     * Where {@code links}, written in {@code file}, lead; a link to a file that is not published is left out, and
     * reported to {@code problems} at its line.
     */
    public Map<String, LinkTarget> resolve(Path file, List<LocalLink> links, Consumer<Problem> problems) {
        if (links.isEmpty()) {
            return Map.of();
        }
        Map<String, LinkTarget> targets = new LinkedHashMap<>();
        for (LocalLink link : links) {
            Path target = link.target(file, contentRoot);
            String address = published.get(target);
            if (address != null) {
                targets.put(link.destination(), new LinkTarget(address, link.suffix()));
            } else {
                problems.accept(new Problem(LocalLinks.positionIn(file, link.destination()), notFound(link, target)));
            }
        }
        return targets;
    }

    /** The links of a page that is not an article, as resolved when the site was built. */
    public Map<String, LinkTarget> ofPage(Path file) {
        return pages.getOrDefault(key(file), Map.of());
    }

    private String notFound(LocalLink link, Path target) {
        String what = "the link to '" + link.destination() + "' ";
        String leftAlone = "; the link is left as written";
        String why = unpublished.get(target);
        if (why != null) {
            return what + "leads to " + paths.display(target) + ", which " + why + " and is not published" + leftAlone
                    + " until it is";
        }
        if (!target.startsWith(contentRoot)) {
            return what + "leads out of the content folder (to " + target + "); link to an article or page by its "
                    + "file's path from this file's folder, or from the content folder with a leading /" + leftAlone;
        }
        String lower = target.toString().toLowerCase(Locale.ROOT);
        for (Path file : published.keySet()) {
            if (file.toString().toLowerCase(Locale.ROOT).equals(lower)) {
                return what + "names " + paths.display(target) + ", but the file is " + paths.display(file)
                        + "; write its name with the same capitals" + leftAlone;
            }
        }
        return what + "leads to " + paths.display(target) + ", which is no article or page; fix the path (it is read "
                + (link.fromRoot() ? "from the content folder, as it starts with /" : "from this file's folder")
                + ") or link to a web address instead" + leftAlone;
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }

    private static <V> Map<Path, V> keyed(Map<Path, V> byFile) {
        Map<Path, V> keyed = new HashMap<>();
        byFile.forEach((file, v) -> keyed.putIfAbsent(key(file), v));
        return Map.copyOf(keyed);
    }
}
