package org.broadsheet.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks every internal link of a built site the way a browser opening it from disk would: each relative
 * {@code href}/{@code src}/{@code action} must name a file (not a folder) inside the site, and each {@code #fragment}
 * an element with that id on the target page. Given the site's base URL, absolute links under it (canonical,
 * Open Graph) must name a page of the site too, as a web server would serve it.
 */
public final class LinkChecker {

    private static final String LINKS = "a[href], link[href], script[src], img[src], source[src], form[action]";

    private final Path site;
    private final String baseUrl;
    private final Map<Path, Document> parsed = new HashMap<>();

    private LinkChecker(Path site, String baseUrl) {
        this.site = site.toAbsolutePath().normalize();
        this.baseUrl = baseUrl;
    }

    /** Every broken link, as "page: href (why)"; empty when all resolve. */
    public static List<String> brokenLinks(Path site) {
        return new LinkChecker(site, "").check();
    }

    /** Also checks absolute links under {@code baseUrl} (which ends in '/'), as published there. */
    public static List<String> brokenLinks(Path site, String baseUrl) {
        return new LinkChecker(site, baseUrl).check();
    }

    /** The number of internal links checked, so tests can tell "no broken links" from "no links". */
    public static int countInternalLinks(Path site) {
        LinkChecker checker = new LinkChecker(site, "");
        int n = 0;
        for (Path page : checker.pages()) {
            for (Element e : checker.document(page).select(LINKS)) {
                if (isInternal(reference(e))) {
                    n++;
                }
            }
        }
        return n;
    }

    private List<String> check() {
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            for (Element e : document(page).select(LINKS + ", meta[property=og:url]")) {
                String ref = reference(e);
                String problem = !baseUrl.isEmpty() && ref.startsWith(baseUrl) ? published(ref) : problem(page, ref);
                if (problem != null) {
                    broken.add(site.relativize(page) + ": " + ref + " (" + problem + ")");
                }
            }
        }
        return broken;
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
        Path page = site.resolve("index.html");
        return problem(page, path);
    }

    private String problem(Path page, String ref) {
        if (!isInternal(ref)) {
            return null;
        }
        String fragment = null;
        String path = ref;
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
            return "names a folder; file:// shows no index.html for it";
        }
        if (!Files.isRegularFile(target)) {
            return "no such file";
        }
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")) {
            String id = URLDecoder.decode(fragment, StandardCharsets.UTF_8);
            Document doc = document(target);
            if (doc.getElementById(id) == null && doc.select("a[name=" + id.replace("\"", "") + "]").isEmpty()) {
                return "no element with id '" + id + "'";
            }
        }
        return null;
    }

    static boolean isInternal(String ref) {
        if (ref == null || ref.isBlank()) {
            return true; // an empty link is broken too: problem() treats it as the page itself
        }
        try {
            URI uri = URI.create(ref.replace(" ", "%20"));
            return uri.getScheme() == null && !ref.startsWith("//");
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private List<Path> pages() {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
