package org.broadsheet.content;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the name of a content file says: whether it is Markdown, and, when it starts with a day as Jekyll names posts
 * ({@code 2014-12-20-title.md}), that day and the rest of the name, which is the article's address. An
 * {@code index.md} is the article of its folder, as in Hugo's page bundles ({@code wall/index.md} beside
 * {@code wall/chart.png}): the folder's name says what a file's name says.
 */
public final class FileNames {

    private static final Pattern LEADING_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:-|$)");

    private FileNames() {
    }

    /** True for {@code .md} and {@code .markdown} names, in any case. */
    public static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    /** True for a Markdown file named {@code index}: the article of its folder, whose other files go with it. */
    public static boolean isBundleIndex(Path file) {
        return isMarkdown(file) && withoutExtension(file).equalsIgnoreCase("index")
                && file.getParent() != null && file.getParent().getFileName() != null;
    }

    /**
     * The name without its extension and a leading day: {@code 2014-12-20-storm.md} gives {@code storm}, and
     * {@code storm/index.md} gives {@code storm}.
     */
    public static String stem(Path file) {
        return LEADING_DAY.matcher(name(file)).replaceFirst("");
    }

    /** The day the name starts with, or null. */
    public static LocalDate leadingDay(Path file) {
        Matcher day = LEADING_DAY.matcher(name(file));
        try {
            return day.lookingAt() ? LocalDate.parse(day.group(1)) : null;
        } catch (DateTimeException notADay) {
            return null;
        }
    }

    /** The name that speaks for {@code file}: its own without the extension, or its folder's for an index. */
    private static String name(Path file) {
        return isBundleIndex(file) ? file.getParent().getFileName().toString() : withoutExtension(file);
    }

    private static String withoutExtension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
