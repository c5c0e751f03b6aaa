package org.broadsheet.site;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.broadsheet.config.SitePaths;
import org.broadsheet.error.Diagnostics;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;

/**
 * Different names (of tags, or of publications) that fall on one URL name and so share one page: {@code Q&A} and
 * {@code Q-A}. Spellings that differ only in case, accents, spaces and punctuation marks are one name by design
 * ({@code Climate}, {@code climate}); anything else is one warning per shared page, so the editor learns of it.
 */
final class NameClashes {

    /** Runs of spaces and punctuation that do not tell names apart; the signs that do (#, %, &, @, *) stay. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{P}&&[^#%&@*]]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private final String kind;
    private final UnaryOperator<String> pageOf;
    /** By URL name, each name as written with the first file (in path order) that uses it. */
    private final Map<String, Map<String, Path>> names = new HashMap<>();

    /** @param kind "tag" or "publication"; @param pageOf the page of a URL name, for the message */
    NameClashes(String kind, UnaryOperator<String> pageOf) {
        this.kind = kind;
        this.pageOf = pageOf;
    }

    void add(String slug, String name, Path file) {
        names.computeIfAbsent(slug, s -> new TreeMap<>()).merge(name, file, (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }

    /** One warning per page shared by different names, at the file that first brought in a second name. */
    void report(SitePaths paths, Diagnostics diagnostics) {
        new TreeMap<>(names).forEach((slug, written) -> {
            if (written.size() < 2) {
                return;
            }
            Map<String, Map.Entry<String, Path>> bySpelling = new LinkedHashMap<>();
            written.entrySet().stream().sorted(Map.Entry.<String, Path>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> bySpelling.putIfAbsent(spelling(e.getKey()), e));
            if (bySpelling.size() < 2) {
                return;
            }
            List<Map.Entry<String, Path>> clash = new ArrayList<>(bySpelling.values());
            Map.Entry<String, Path> second = clash.get(1);
            clash.remove(1);
            List<String> others = clash.stream()
                    .map(e -> "'" + e.getKey() + "' (" + paths.display(e.getValue()) + ")").toList();
            diagnostics.warn(new Problem(SourcePosition.of(second.getValue()), "the " + kind + " '" + second.getKey()
                    + "' shares the page " + pageOf.apply(slug) + " with " + String.join(" and ", others) + ", as "
                    + (others.size() == 1 ? "both make" : "all make") + " the URL name '" + slug + "'; write them alike"
                    + " if they are one " + kind + ", or rename one" + (kind.equals("tag")
                            ? " (a source's spelling can be renamed on import with import.tag_aliases in broadsheet.yaml)" : "")));
        });
    }

    /** A name as readers tell it apart: without case, accents, apostrophes, or spaces and punctuation between words. */
    private static String spelling(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
        return SEPARATORS.matcher(plain).replaceAll(" ").strip();
    }
}
