package org.broadsheet.content;

import java.nio.file.Path;
import java.util.List;

import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.broadsheet.yaml.YamlDocuments;
import org.broadsheet.yaml.YamlMap;

/**
 * Splits a Markdown file into its YAML front matter and its body. The front matter sits between a first line
 * {@code ---} and the next line {@code ---} (or {@code ...}).
 *
 * @param yaml the text between the delimiters
 * @param yamlFirstLine the file line on which {@code yaml} starts, for error positions
 * @param body everything after the closing delimiter
 */
public record FrontMatter(String yaml, int yamlFirstLine, String body) {

    /**
     * The front matter parsed as a YAML mapping, its values' problems going to {@code problems}.
     *
     * @throws InputException when it is not a mapping at all
     */
    YamlMap mapping(Path file, List<Problem> problems) {
        return YamlDocuments.parseMapping(yaml, file, yamlFirstLine, problems)
                .orElseThrow(() -> new InputException(problems));
    }

    /**
     * The {@code title:} every article and page needs, or empty with a problem: {@code blank} says what to write when
     * it is empty, {@code missing} why it is needed.
     */
    static String requiredTitle(YamlMap yaml, Path file, List<Problem> problems, String blank, String missing) {
        int before = problems.size();
        String title = yaml.string("title").orElse("");
        if (title.isBlank() && problems.size() == before) {
            problems.add(yaml.containsKey("title")
                    ? new Problem(yaml.keyPosition("title"), "the title is blank; " + blank)
                    : new Problem(SourcePosition.of(file, 1), "missing 'title:'; " + missing));
        }
        return title;
    }

    /** Normalises line breaks and a byte-order mark, then splits; a file without front matter is a problem. */
    public static FrontMatter split(String text, Path file) {
        String t = normaliseNewlines(text.startsWith("\uFEFF") ? text.substring(1) : text);
        int firstEnd = t.indexOf('\n');
        String firstLine = firstEnd < 0 ? t : t.substring(0, firstEnd);
        if (!firstLine.strip().equals("---")) {
            String hint = t.isBlank() ? "the file is empty" : "the first line is '" + abbreviate(firstLine) + "'";
            throw new InputException(new Problem(SourcePosition.of(file, 1),
                    "no front matter: " + hint + "; an article starts with a line '---', then 'title:' and 'date:' lines, then '---'"));
        }
        int pos = firstEnd + 1;
        while (firstEnd >= 0 && pos <= t.length()) {
            int end = t.indexOf('\n', pos);
            String line = end < 0 ? t.substring(pos) : t.substring(pos, end);
            String trimmed = line.stripTrailing();
            if (trimmed.equals("---") || trimmed.equals("...")) {
                String yaml = t.substring(firstEnd + 1, pos);
                String body = end < 0 ? "" : t.substring(end + 1);
                return new FrontMatter(yaml, 2, body);
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
        }
        throw new InputException(new Problem(SourcePosition.of(file, 1),
                "the front matter opened on line 1 is never closed; add a line '---' after its last key (the file has "
                        + t.lines().count() + " lines)"));
    }

    static String normaliseNewlines(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String abbreviate(String line) {
        String l = line.strip();
        return l.length() > 40 ? l.substring(0, 40) + "…" : l;
    }
}
