package org.broadsheet.ingest;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleDate;
import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;

/**
 * Reads plain-text article dumps: a line {@code Title – Publication}, a blank line, the date, then the body's
 * paragraphs, usually followed by aggregator boilerplate, which is stripped.
 */
public final class TextDumpReader implements SourceReader {

    private final ZoneId zone;
    private final Boilerplate boilerplate;

    public TextDumpReader(ZoneId zone, Boilerplate boilerplate) {
        this.zone = zone;
        this.boilerplate = boilerplate;
    }

    @Override
    public String kind() {
        return "text";
    }

    @Override
    public boolean accepts(SourceFile source) {
        String head = source.text();
        head = head.substring(0, Math.min(head.length(), 4096));
        String start = head.stripLeading();
        return !looksBinary(head) && !start.startsWith("<") && !start.startsWith("---");
    }

    @Override
    public List<Article> read(SourceFile source) {
        List<String> lines = Arrays.asList(source.text().split("\n", -1));
        int titleAt = nextNonBlank(lines, 0);
        if (titleAt < 0) {
            throw problem(source, 1, "the file is empty; a text source starts with a line 'Title – Publication'");
        }
        TitleLine titleLine = TitleLine.parse(lines.get(titleAt));
        int dateAt = nextNonBlank(lines, titleAt + 1);
        if (dateAt < 0) {
            throw problem(source, titleAt + 2, "no date and no text after the title line; expected the publication date, e.g. 'December 20, 2014'");
        }
        Optional<ArticleDate> date = DateParser.parse(lines.get(dateAt), zone);
        if (date.isEmpty()) {
            throw problem(source, dateAt + 1, "cannot read '" + abbreviate(lines.get(dateAt))
                    + "' as the publication date; the line after the title must be a date such as 'December 20, 2014' or '2014-12-20'");
        }
        List<String> bodyLines = boilerplate.stripTrailing(lines.subList(dateAt + 1, lines.size()));
        List<String> paragraphs = paragraphs(bodyLines);
        if (paragraphs.isEmpty()) {
            throw problem(source, dateAt + 2, "no article text after the date line");
        }
        String body = String.join("\n\n", paragraphs.stream().map(PlainTextMarkdown::paragraph).toList());
        return List.of(Article.of(titleLine.title(), date.get(), body).withSource(titleLine.publication()));
    }

    /** Paragraphs separated by blank lines; the lines of one paragraph (hard-wrapped text) are joined. */
    static List<String> paragraphs(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank()) {
                flush(current, paragraphs);
            } else {
                if (current.length() > 0) {
                    current.append(' ');
                }
                current.append(line.strip());
            }
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() > 0) {
            paragraphs.add(current.toString().replaceAll("\\s+", " "));
            current.setLength(0);
        }
    }

    private static int nextNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    static boolean looksBinary(String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control > text.length() / 20 + 1;
    }

    private static InputException problem(SourceFile source, int line, String message) {
        return new InputException(new Problem(SourcePosition.of(source.path(), line), message));
    }

    private static String abbreviate(String s) {
        String t = s.strip();
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }
}
