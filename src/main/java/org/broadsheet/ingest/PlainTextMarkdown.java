package org.broadsheet.ingest;

import java.util.regex.Pattern;

/**
 * Turns plain text into Markdown that renders as the same text: only characters that Markdown would otherwise read
 * as markup are escaped, so the file stays readable.
 */
final class PlainTextMarkdown {

    /** What would make a line a heading, quote, list, rule, fence or (under a line with a '|') a table's divider. */
    private static final Pattern BLOCK_START = Pattern.compile("^(#{1,6}(\\s|$)|>|[-+*](\\s|$)|\\d{1,9}[.)](\\s|$)|=+\\s*$|-+\\s*$|`{3,}|~{3,}"
            + "|(?=[^|]*\\|)(?=[^-]*-)[|:-][|:\\s-]*$)");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);");
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[^\\s<>]+", Pattern.CASE_INSENSITIVE);

    private PlainTextMarkdown() {
    }

    /**
     * Text whose every line break means something (a video's description: chapter lists, links a line each), unlike a
     * hard-wrapped dump: paragraphs at blank lines, and within one, each line kept by a hard break (a backslash at its
     * end). Each line is escaped as a paragraph's start is, since after a break a line could open a list or a heading.
     */
    static String lines(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean inParagraph = false;
        boolean blankBefore = false;
        for (String line : text.split("\\R", -1)) {
            String l = line.strip();
            if (l.isEmpty()) {
                blankBefore = inParagraph;
                continue;
            }
            if (inParagraph) {
                out.append(blankBefore ? "\n\n" : "\\\n");
            }
            out.append(paragraph(l));
            inParagraph = true;
            blankBefore = false;
        }
        return out.toString();
    }

    static String paragraph(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        var urls = URL.matcher(text);
        int nextUrl = urls.find() ? urls.start() : -1;
        for (int i = 0; i < text.length(); i++) {
            if (i == nextUrl) {
                int end = urlEnd(text, i, urls.end());
                out.append(link(text.substring(i, end)));
                i = end - 1;
                nextUrl = urls.find(end) ? urls.start() : -1;
                continue;
            }
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '[', ']' -> out.append('\\').append(c);
                case '_' -> out.append(isWordChar(text, i - 1) && isWordChar(text, i + 1) ? "_" : "\\_");
                case '<' -> out.append(i + 1 < text.length() && (Character.isLetter(text.charAt(i + 1))
                        || text.charAt(i + 1) == '/' || text.charAt(i + 1) == '!' || text.charAt(i + 1) == '?') ? "\\<" : "<");
                case '~' -> out.append(i + 1 < text.length() && text.charAt(i + 1) == '~' ? "\\~" : "~");
                case '&' -> out.append(ENTITY.matcher(text).region(i, text.length()).lookingAt() ? "\\&" : "&");
                default -> out.append(c);
            }
        }
        String escaped = out.toString();
        var start = BLOCK_START.matcher(escaped);
        if (start.find()) {
            int at = escaped.charAt(0) >= '0' && escaped.charAt(0) <= '9' ? start.group().indexOf('.') : 0;
            if (at < 0) {
                at = start.group().indexOf(')');
            }
            escaped = escaped.substring(0, at) + "\\" + escaped.substring(at);
        }
        return escaped;
    }

    /**
     * A URL as a Markdown link whose target is not parsed for emphasis: {@code <https://…>} (a CommonMark autolink),
     * or for {@code www.} addresses an explicit link with the address, escaped, as its text.
     */
    private static String link(String url) {
        if (url.regionMatches(true, 0, "www.", 0, 4)) {
            return "[" + escapeAll(url) + "](http://" + url.replace(" ", "%20").replace(")", "%29").replace("(", "%28") + ")";
        }
        return "<" + url + ">";
    }

    /** Where a URL found in text really ends: trailing punctuation and an unbalanced ')' belong to the sentence. */
    private static int urlEnd(String text, int start, int end) {
        int e = end;
        while (e > start) {
            char last = text.charAt(e - 1);
            if (".,:;!?'\"".indexOf(last) >= 0) {
                e--;
            } else if (last == ')' && count(text, start, e, ')') > count(text, start, e, '(')) {
                e--;
            } else {
                break;
            }
        }
        return e;
    }

    private static long count(String s, int from, int to, char c) {
        return s.substring(from, to).chars().filter(ch -> ch == c).count();
    }

    private static String escapeAll(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("\\`*_[]<>~&".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isWordChar(String s, int i) {
        return i >= 0 && i < s.length() && Character.isLetterOrDigit(s.charAt(i));
    }
}
