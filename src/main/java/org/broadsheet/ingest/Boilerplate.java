package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Strips the lines aggregators and blog engines append after an article. Only a trailing run of such lines (and
 * blank lines) goes; the same words inside the article stay.
 *
 * <p>The built-in list, matched against whole lines, case-insensitively, is {@link #BUILT_IN}; {@code import:
 * boilerplate:} in the config adds more.
 */
public final class Boilerplate {

    /** Lines known to follow articles in real dumps. Documented in README ("Import"); keep both in step. */
    public static final List<Pattern> BUILT_IN = List.of(
            line("This entry passed through the Full-Text RSS service.*"),
            line("Want something else to read\\?.*"),
            line("(This entry was posted in .*)?Bookmark the permalink\\.?"),
            line("The post .* appeared first on .*"),
            line("Continue reading.*"),
            line("(Share|Share this|Like this|Like this:|Related|Related articles|Advertisement)[:.]?"));

    private final List<Pattern> patterns;

    public Boilerplate(List<Pattern> extra) {
        List<Pattern> all = new ArrayList<>(BUILT_IN);
        all.addAll(extra);
        this.patterns = List.copyOf(all);
    }

    /** The lines without their trailing boilerplate and blank lines. */
    public List<String> stripTrailing(List<String> lines) {
        int end = lines.size();
        while (end > 0 && (lines.get(end - 1).isBlank() || isBoilerplate(lines.get(end - 1)))) {
            end--;
        }
        return List.copyOf(lines.subList(0, end));
    }

    boolean isBoilerplate(String line) {
        String l = line.strip();
        return patterns.stream().anyMatch(p -> p.matcher(l).matches());
    }

    private static Pattern line(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }
}
