package org.broadsheet.site;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Where each kind of page lives, relative to the site root. Every page is a folder's {@code index.html}, and links
 * name the file, so the site works from a web server and from {@code file://} alike.
 */
public final class Permalinks {

    public static final String HOME = "index.html";
    public static final String TAGS = "tags/index.html";
    public static final String TIMELINE = "timeline/index.html";
    public static final String PUBLICATIONS = "sources/index.html";
    public static final String SEARCH = "search/index.html";
    public static final String NOT_FOUND = "404.html";
    /** The search index, a script (not JSON) so that pages opened from {@code file://} can load it. */
    public static final String SEARCH_INDEX = "search-index.js";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    public static final String EDITIONS = "editions/index.html";

    private Permalinks() {
    }

    public static String year(int year) {
        return pad(year, 4) + "/index.html";
    }

    public static String month(YearMonth month) {
        return pad(month.getYear(), 4) + "/" + pad(month.getMonthValue(), 2) + "/index.html";
    }

    /** Page {@code page} (1-based) of the home page. */
    public static String home(int page) {
        return page <= 1 ? HOME : "page/" + page + "/index.html";
    }

    /** Page {@code page} (1-based) of a tag's listing. */
    public static String tag(String slug, int page) {
        return "tags/" + slug + "/" + (page <= 1 ? "" : "page/" + page + "/") + "index.html";
    }

    /** Page {@code page} (1-based) of a publication's listing; {@code sources/} is unrelated to the input folder. */
    public static String publication(String slug, int page) {
        return "sources/" + slug + "/" + (page <= 1 ? "" : "page/" + page + "/") + "index.html";
    }

    /** An edition's page, e.g. {@code editions/2014-w51/index.html}. */
    public static String edition(String id) {
        return "editions/" + id + "/index.html";
    }

    /** A page that is not an article (About…), at the site's top level, as in Hugo and Jekyll. */
    public static String page(String slug) {
        return slug + "/index.html";
    }

    /** The id of a day's section on its month page. */
    public static String dayAnchor(LocalDate day) {
        return "day-" + pad(day.getDayOfMonth(), 2);
    }

    /** A day's section on its month page, e.g. {@code 2014/12/index.html#day-20}. */
    public static String day(LocalDate day) {
        return month(YearMonth.from(day)) + "#" + dayAnchor(day);
    }

    /** The file {@code fileName} beside the first page of the listing whose first page is {@code firstPage}. */
    public static String besideFirstPage(String firstPage, String fileName) {
        return firstPage.substring(0, firstPage.length() - "index.html".length()) + fileName;
    }

    /**
     * The absolute URL of the page at {@code path} under {@code baseUrl} (which ends in '/'), without the
     * {@code index.html} that servers add themselves; empty when the base URL is unknown.
     */
    public static String absolute(String baseUrl, String path) {
        if (baseUrl.isEmpty()) {
            return "";
        }
        return baseUrl + (path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path);
    }

    /**
     * The folder the files published with the page at {@code path} go in: its own folder ({@code 2024/05/wall/} for
     * {@code 2024/05/wall/index.html}), or one named like it ({@code 2024/05/wall/} for {@code 2024/05/wall.html}).
     */
    public static String folderOf(String path) {
        if (path.endsWith("/index.html") || path.equals("index.html")) {
            return path.substring(0, path.length() - "index.html".length());
        }
        int dot = path.lastIndexOf('.');
        return (dot > path.lastIndexOf('/') ? path.substring(0, dot) : path) + "/";
    }

    /** The relative prefix that leads from the page at {@code path} back to the site root: "", "../", … */
    public static String rootFrom(String path) {
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }

    /** {@code n} with leading zeros to {@code width} digits, as {@code %0Nd} formats it (without its cost per page). */
    static String pad(int n, int width) {
        if (n < 0) {
            return String.format("%0" + width + "d", n);
        }
        String digits = Integer.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
