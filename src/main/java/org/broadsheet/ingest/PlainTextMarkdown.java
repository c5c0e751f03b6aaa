package org.broadsheet.ingest;

import java.util.regex.Pattern;

/**
 * Turns a paragraph of plain text into Markdown that renders as the same text: only characters that Markdown
 * would otherwise read as markup are escaped, so the file stays readable.
 */
final class PlainTextMarkdown {

    private static final Pattern BLOCK_START = Pattern.compile("^(#{1,6}(\\s|$)|>|[-+*](\\s|$)|\\d{1,9}[.)](\\s|$)|=+\\s*$|-+\\s*$|`{3,}|~{3,})");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);");

    private PlainTextMarkdown() {
    }

    static String paragraph(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '[', ']' -> out.append('\\').append(c);
                case '_' -> out.append(isWordChar(text, i - 1) && isWordChar(text, i + 1) ? "_" : "\\_");
                case '<' -> out.append(i + 1 < text.length() && (Character.isLetter(text.charAt(i + 1))
                        || text.charAt(i + 1) == '/' || text.charAt(i + 1) == '!') ? "\\<" : "<");
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

    private static boolean isWordChar(String s, int i) {
        return i >= 0 && i < s.length() && Character.isLetterOrDigit(s.charAt(i));
    }
}
