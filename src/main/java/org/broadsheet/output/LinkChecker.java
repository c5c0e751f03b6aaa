package org.broadsheet.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks every internal link of a written site the way a browser opening it from disk would: each relative
 * {@code href}/{@code src} must name a file (not a folder) inside the site, and each {@code #fragment} an element
 * with that id on the target page. Given the site's base URL, absolute links under it (canonical, Open Graph) must
 * name a page of the site too, as a web server would serve it. Other links with a scheme are not followed.
 */
public final class LinkChecker {

    private static final String LINKS = "a[href], link[href], script[src], img[src], source[src], iframe[src], form[action]";

    /** A link that does not resolve: the page it is on (relative to the site), the link, and why. */
    public record BrokenLink(String page, String link, String why) {
        @Override
        public String toString() {
            return page + ": " + link + " (" + why + ")";
        }
    }

    private final Path site;
    private final String baseUrl;
    private final Map<Path, Document> parsed = new ConcurrentHashMap<>();

    public LinkChecker(Path site) {
        this(site, "");
    }

    /** @param baseUrl the URL the site is published under (ending in '/'), or empty */
    public LinkChecker(Path site, String baseUrl) {
        this.site = site.toAbsolutePath().normalize();
        this.baseUrl = baseUrl;
    }

    /** Every broken internal link, page by page. */
    public List<BrokenLink> brokenLinks() {
        List<BrokenLink> broken = new ArrayList<>();
        for (Path page : pages()) {
            for (Element e : document(page).select(LINKS + ", meta[property=og:url]")) {
                String ref = reference(e);
                String why = !baseUrl.isEmpty() && ref.startsWith(baseUrl) ? published(ref) : problem(page, ref);
                if (why != null) {
                    broken.add(new BrokenLink(relative(page), ref, why));
                }
            }
        }
        return broken;
    }

    /** How many internal links the site has: tells "no broken links" from "no links". */
    public int internalLinkCount() {
        int n = 0;
        for (Path page : pages()) {
            for (Element e : document(page).select(LINKS)) {
                if (isInternal(reference(e))) {
                    n++;
                }
            }
        }
        return n;
    }

    private static String reference(Element e) {
        for (String attribute : new String[] {"href", "src", "action", "content"}) {
            if (e.hasAttr(attribute)) {
                return e.attr(attribute);
            }
        }
        return "";
    }

    /** An absolute URL under the base URL, as a web server maps it: a folder serves its index.html. */
    private String published(String url) {
        String path = url.substring(baseUrl.length());
        if (path.isEmpty() || path.endsWith("/")) {
            path += "index.html";
        }
        return problem(site.resolve("index.html"), path);
    }

    private String problem(Path page, String ref) {
        if (!isInternal(ref)) {
            return null;
        }
        if (ref.isBlank()) {
            return "empty link";
        }
        String path = ref;
        String fragment = null;
        int hash = ref.indexOf('#');
        if (hash >= 0) {
            fragment = ref.substring(hash + 1);
            path = ref.substring(0, hash);
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.startsWith("/")) {
            return "absolute path: breaks under file:// and sub-paths";
        }
        Path target = path.isEmpty() ? page
                : page.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
        if (!target.startsWith(site)) {
            return "points outside the site";
        }
        if (Files.isDirectory(target)) {
            return "names a folder; from file:// a browser shows no index.html for it";
        }
        if (!Files.isRegularFile(target)) {
            return "no such file";
        }
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")) {
            String id = URLDecoder.decode(fragment, StandardCharsets.UTF_8);
            Document doc = document(target);
            if (doc.getElementById(id) == null && doc.getElementsByAttributeValue("name", id).isEmpty()) {
                return "no element with id '" + id + "' on " + relative(target);
            }
        }
        return null;
    }

    static boolean isInternal(String ref) {
        if (ref == null || ref.isBlank()) {
            return true;
        }
        if (ref.startsWith("//")) {
            return false;
        }
        try {
            return URI.create(ref.strip().replace(" ", "%20")).getScheme() == null;
        } catch (IllegalArgumentException e) {
            return !ref.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
        }
    }

    private List<Path> pages() {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String relative(Path p) {
        return SiteWriter.sitePath(site, p);
    }

    private Document document(Path page) {
        return parsed.computeIfAbsent(page, p -> {
            try {
                return Jsoup.parse(p.toFile(), "UTF-8");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
