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

    private Permalinks() {
    }

    public static String article(LocalDate day, String slug) {
        return String.format("%04d/%02d/%s/index.html", day.getYear(), day.getMonthValue(), slug);
    }

    public static String year(int year) {
        return String.format("%04d/index.html", year);
    }

    public static String month(YearMonth month) {
        return String.format("%04d/%02d/index.html", month.getYear(), month.getMonthValue());
    }

    /** Page {@code page} (1-based) of the home page. */
    public static String home(int page) {
        return page <= 1 ? HOME : "page/" + page + "/index.html";
    }

    /** Page {@code page} (1-based) of a tag's listing. */
    public static String tag(String slug, int page) {
        return "tags/" + slug + "/" + (page <= 1 ? "" : "page/" + page + "/") + "index.html";
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
}
