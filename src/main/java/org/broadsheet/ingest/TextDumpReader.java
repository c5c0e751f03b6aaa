package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleDate;
import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;

/**
 * Reads plain-text article dumps: a line {@code Title – Publication} (the publication is optional), then optionally a
 * URL line, a byline ("By …") and the date in any common format, then the body's paragraphs (hard-wrapped lines
 * are joined), usually followed by aggregator boilerplate, which is stripped. Without a date, the {@link DatePolicy}
 * decides.
 */
public final class TextDumpReader implements SourceReader {

    private static final Pattern URL_LINE = Pattern.compile("(?:URL:\\s*|Source:\\s*)?(https?://\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile(
            "(?:by|written by|posted by|this (?:post|article|story) was written by)\\s+(.{2,80}?)[.]?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Short lines without sentence punctuation right after the title are meant as dates, even when unreadable. */
    private static final Pattern DATE_LIKE = Pattern.compile("[^.!?:]{1,40}");
    private static final int MAX_HEADER_LINES = 4;

    private final DatePolicy dates;
    private final Boilerplate boilerplate;

    public TextDumpReader(DatePolicy dates, Boilerplate boilerplate) {
        this.dates = dates;
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
        String url = "";
        String author = "";
        ArticleDate date = null;
        int at = nextNonBlank(lines, titleAt + 1);
        // after the title: a URL line, a byline and the date, in any order, each optional
        for (int n = 0; n < MAX_HEADER_LINES && at >= 0; n++) {
            String line = lines.get(at).strip();
            Matcher urlLine = URL_LINE.matcher(line);
            Matcher byline = BYLINE.matcher(line);
            Optional<ArticleDate> parsed = date == null ? DateParser.parse(line, dates.zone()) : Optional.empty();
            if (url.isEmpty() && urlLine.matches()) {
                url = urlLine.group(1);
            } else if (author.isEmpty() && byline.matches() && byline.group(1).split("\\s+").length <= 8) {
                author = byline.group(1).strip();
            } else if (parsed.isPresent()) {
                date = parsed.get();
            } else if (date == null && DateParser.isDayMonthAmbiguous(line)) {
                if (dates.given() == null && !dates.fileTime()) {
                    throw problem(source, at + 1, "'" + line + "' could be read day-first or month-first; write the date"
                            + " with the year first, like 2014-12-20, or give it with 'import --date'");
                }
                // the date line stays out of the body; the given date (or the file's) stands in for it
            } else if (date == null && DATE_LIKE.matcher(line).matches() && dates.given() == null && !dates.fileTime()
                    && nextNonBlank(lines, at + 1) >= 0) {
                throw problem(source, at + 1, "cannot read '" + abbreviate(line)
                        + "' as the publication date; the line after the title must be a date such as 'December 20, 2014' or"
                        + " '2014-12-20' (if it is not a date, give the date with 'import --date')");
            } else {
                break;
            }
            at = nextNonBlank(lines, at + 1);
        }
        if (at < 0) {
            throw problem(source, titleAt + 2, "no article text after the title line");
        }
        List<String> bodyLines = new ArrayList<>(boilerplate.stripTrailing(lines.subList(at, lines.size())));
        List<String> paragraphs = new ArrayList<>(paragraphs(bodyLines));
        if (author.isEmpty() && paragraphs.size() > 1) {
            Matcher signed = BYLINE.matcher(paragraphs.get(paragraphs.size() - 1));
            if (signed.matches() && signed.group(1).split("\\s+").length <= 8 && paragraphs.get(paragraphs.size() - 1).toLowerCase(java.util.Locale.ROOT).startsWith("this ")) {
                author = signed.group(1).strip();
                paragraphs.remove(paragraphs.size() - 1);
            }
        }
        if (paragraphs.isEmpty()) {
            throw problem(source, at + 1, "no article text after the date line");
        }
        if (date == null) {
            date = dates.missing(source, titleAt + 2, "the text");
        }
        String body = String.join("\n\n", paragraphs.stream().map(PlainTextMarkdown::paragraph).toList());
        return List.of(Article.of(titleLine.title(), date, body).withSource(titleLine.publication()).withUrl(url).withAuthor(author));
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
