package org.broadsheet.site;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.broadsheet.config.SitePaths;
import org.broadsheet.content.LocalLinks;
import org.broadsheet.content.LocalLinks.LocalLink;
import org.broadsheet.error.Problem;

/**
 * The address book of links between content files ({@link LocalLinks}): every published article's and page's
 * address by its file, why an unpublished one is not published, and the tags the site has. A link that leads nowhere
 * is left as written, with a warning at its line, as Hugo's and Jekyll's relative links are.
 */
public final class ContentLinks {

    private final SitePaths paths;
    private final Path contentRoot;
    private final Map<Path, String> published;
    private final Map<Path, String> unpublished;
    private final Set<String> tagSlugs;
    private final Map<Path, Map<String, LinkTarget>> pages;
    /** The published files by their path in lower case, made for the first link that names none of them. */
    private Map<String, Path> byLowerCase;

    /**
     * @param published each published article's and page's address, by its file
     * @param unpublished why each other article or page is not published ("is a draft"), by its file
     * @param tagSlugs the URL names of the site's tags
     */
    ContentLinks(SitePaths paths, Map<Path, String> published, Map<Path, String> unpublished, Set<String> tagSlugs) {
        this(paths, keyed(published), keyed(unpublished), Set.copyOf(tagSlugs), Map.of());
    }

    private ContentLinks(SitePaths paths, Map<Path, String> published, Map<Path, String> unpublished,
            Set<String> tagSlugs, Map<Path, Map<String, LinkTarget>> pages) {
        this.paths = paths;
        this.contentRoot = key(paths.content());
        this.published = published;
        this.unpublished = unpublished;
        this.tagSlugs = tagSlugs;
        this.pages = pages;
    }

    /** An address book for a site where no text links to another by its file: it is never asked. */
    static ContentLinks none(SitePaths paths) {
        return new ContentLinks(paths, Map.of(), Map.of(), Set.of());
    }

    /** This book, keeping the links of the pages that are not articles, resolved, for {@link #ofPage}. */
    ContentLinks withPages(Map<Path, Map<String, LinkTarget>> pageLinks) {
        return new ContentLinks(paths, published, unpublished, tagSlugs, keyed(pageLinks));
    }

    /**
     * Where the links to content files among {@code links}, written in {@code body} of {@code file}, lead. A link to a
     * file that is not published, to a tag the site does not have, or by a placeholder Broadsheet does not read, is
     * left out and reported to {@code problems} at its line.
     */
    public Map<String, LinkTarget> resolve(Path file, String body, List<LocalLink> links, Consumer<Problem> problems) {
        if (links.isEmpty()) {
            return Map.of();
        }
        Map<String, LinkTarget> targets = new LinkedHashMap<>();
        for (LocalLink link : links) {
            String problem = switch (link.kind()) {
                case FILE -> {
                    Path target = link.target(file, contentRoot);
                    String address = published.get(target);
                    if (address != null) {
                        targets.put(link.destination(), new LinkTarget(address, link.suffix()));
                    }
                    yield address == null ? notFound(link, target) : null;
                }
                case TAG -> {
                    String slug = SiteBuilder.tagSlug(link.path());
                    if (tagSlugs.contains(slug)) {
                        targets.put(link.destination(), new LinkTarget(Permalinks.tag(slug, 1), link.suffix()));
                    }
                    yield tagSlugs.contains(slug) ? null
                            : "leads to no page: no published article has the tag '" + link.path() + "'; fix the tag's name";
                }
                case UNREAD -> link.path().contains("static")
                        ? "uses Pelican's " + link.path() + " from this file's folder, which Broadsheet does not read; put "
                                + "the file in the static/ folder and write its path from there: " + link.path() + "/images/chart.png"
                        : link.path().contains("filename")
                        ? "names a file that is not Markdown, which Broadsheet does not publish from content/; put it in "
                                + "the static/ folder and link it from the site root ({static}/images/chart.png or "
                                + "/images/chart.png)"
                        : "uses Pelican's " + link.path() + ", which Broadsheet does not read; link to the address instead";
            };
            if (problem != null) {
                problems.accept(new Problem(LocalLinks.positionIn(file, body, link.offset()),
                        "the link to '" + link.destination() + "' " + problem + "; the link is left as written"));
            }
        }
        return targets;
    }

    /** The links of a page that is not an article, as resolved when the site was built. */
    public Map<String, LinkTarget> ofPage(Path file) {
        return pages.getOrDefault(key(file), Map.of());
    }

    private String notFound(LocalLink link, Path target) {
        String why = unpublished.get(target);
        if (why != null) {
            return "leads to " + paths.display(target) + ", which " + why + " and is not published ("
                    + (why.contains("draft") ? "remove its 'draft: true', or build with --drafts to preview both"
                            : "it will be on its date; build with --future to publish it now")
                    + ")";
        }
        if (!target.startsWith(contentRoot)) {
            return "leads out of the content folder (to " + paths.display(target) + "); link to an article or page by "
                    + "its file's path from this file's folder, or from the content folder with a leading /";
        }
        Path other = lowerCase().get(target.toString().toLowerCase(Locale.ROOT));
        if (other != null) {
            return "names " + paths.display(target) + ", but the file is " + paths.display(other)
                    + "; write its name with the same capitals";
        }
        return "leads to " + paths.display(target) + ", which is no article or page; fix the path (it is read "
                + (link.fromRoot() ? "from the content folder, as it starts with /" : "from this file's folder")
                + "), or link to the address of a page the site makes itself";
    }

    private synchronized Map<String, Path> lowerCase() {
        if (byLowerCase == null) {
            byLowerCase = new HashMap<>();
            published.keySet().forEach(file -> byLowerCase.put(file.toString().toLowerCase(Locale.ROOT), file));
        }
        return byLowerCase;
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
