package org.broadsheet.config;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadsheet.fs.SafeNames;

/**
 * Where articles are published, as Jekyll's and Hugo's {@code permalink} settings say it: a path from the site root
 * with {@code :year}, {@code :month}, {@code :day} and {@code :slug} (Jekyll's {@code :title} means it too), ending
 * in {@code /} (the article's folder, with its {@code index.html}) or {@code .html}. Someone moving a digest from
 * another tool keeps its addresses, and links to them keep working.
 *
 * @param text the pattern as written, without a leading slash
 */
public record PermalinkPattern(String text) {

    public static final PermalinkPattern DEFAULT = new PermalinkPattern(":year/:month/:slug/");
    private static final Pattern TOKEN = Pattern.compile(":([a-z]+)");
    /** What a pattern may hold between its tokens: the characters of slugs, and the slashes between folders. */
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9._~/-]*");

    /**
     * Checks a pattern as written in the config.
     *
     * @throws IllegalArgumentException saying what is wrong with it and how to write it
     */
    public static PermalinkPattern parse(String written) {
        String text = written.strip();
        text = text.startsWith("/") ? text.substring(1) : text;
        text = text.replace(":title", ":slug"); // Jekyll's name for the file name's words, which :slug is here
        if (!text.endsWith("/") && !text.endsWith(".html")) {
            throw new IllegalArgumentException("must end with / (a folder per article) or .html, e.g. :year/:month/:slug/");
        }
        Matcher token = TOKEN.matcher(text);
        int slugs = 0;
        int from = 0;
        while (token.find()) {
            checkLiteral(text.substring(from, token.start()));
            switch (token.group(1)) {
                case "slug" -> slugs++;
                case "year", "month", "day" -> { }
                default -> throw new IllegalArgumentException("has ':" + token.group(1) + "'; the parts a permalink may "
                        + "use are :year, :month, :day and :slug (or Jekyll's :title)");
            }
            from = token.end();
        }
        checkLiteral(text.substring(from));
        if (slugs != 1) {
            throw new IllegalArgumentException("needs :slug once, so that every article has an address of its own, "
                    + "e.g. :year/:month/:slug/");
        }
        PermalinkPattern pattern = new PermalinkPattern(text);
        String example = pattern.path(LocalDate.of(2024, 1, 2), "a-slug");
        for (String name : example.split("/", -1)) { // what the site would publish: every name one it can
            if (!SafeNames.isSafe(name)) {
                throw new IllegalArgumentException("must be a plain path inside the site, of names made of letters, digits, "
                        + "dots and dashes that start with a letter or digit (not con, nul, aux…), e.g. news/:year/:slug/");
            }
        }
        return pattern;
    }

    private static void checkLiteral(String literal) {
        if (!LITERAL.matcher(literal).matches()) {
            throw new IllegalArgumentException("has '" + literal + "'; between its parts a permalink may use letters, "
                    + "digits, '-', '_', '.' and '/'");
        }
    }

    /** The path of an article's page from the site root, e.g. {@code 2024/05/harbour-wall/index.html}. */
    public String path(LocalDate day, String slug) {
        String path = text.replace(":year", pad(day.getYear(), 4)).replace(":month", pad(day.getMonthValue(), 2))
                .replace(":day", pad(day.getDayOfMonth(), 2)).replace(":slug", slug);
        return path.endsWith("/") ? path + "index.html" : path;
    }

    private static String pad(int n, int width) {
        String s = Integer.toString(n);
        return "0".repeat(Math.max(0, width - s.length())) + s;
    }
}
