package org.broadsheet.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What {@code serve} adds to every HTML page it sends, and only there: the live-reload script (tagged with the
 * version of the site the page came from), its style sheet, and, after a failed build, the overlay listing the
 * problems. Built sites never contain any of it.
 */
final class LivePage {

    static final String SCRIPT = DevServer.PREFIX + "live.js";
    static final String STYLES = DevServer.PREFIX + "live.css";
    static final String OVERLAY_ID = "broadsheet-problems";

    private LivePage() {
    }

    /** {@code html} with the live-reload snippet before its closing body tag (or at its end). */
    static byte[] inject(byte[] html, String version, List<String> problems) {
        String page = new String(html, StandardCharsets.UTF_8);
        int at = page.length();
        for (int i = page.length() - "</body>".length(); i >= 0; i--) {
            // not toLowerCase(): it can change the length of the text (İ), and so every index after it
            if (page.regionMatches(true, i, "</body>", 0, "</body>".length())) {
                at = i;
                break;
            }
        }
        String result = page.substring(0, at) + snippet(version, problems) + page.substring(at);
        return result.getBytes(StandardCharsets.UTF_8);
    }

    static String snippet(String version, List<String> problems) {
        StringBuilder s = new StringBuilder("<!-- added by broadsheet serve; not part of the built site -->\n")
                .append("<link rel=\"stylesheet\" href=\"").append(STYLES).append("\">\n")
                .append("<script src=\"").append(SCRIPT).append("\" data-version=\"").append(escape(version)).append("\"></script>\n");
        if (!problems.isEmpty()) {
            s.append("<div id=\"").append(OVERLAY_ID).append("\" role=\"alert\"><p><strong>Build failed.</strong> This is the last good")
                    .append(" version; fix the file and save, and the page reloads by itself.</p><pre>")
                    .append(escape(String.join("\n", problems))).append("</pre></div>\n");
        }
        return s.toString();
    }

    /** The page for a path the site does not have. */
    static byte[] notFound(String requestPath, String version, List<String> problems) {
        String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Not found</title>\n</head>\n"
                + "<body style=\"font: 18px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem\">\n"
                + "<h1>Not found</h1>\n<p>The site has no page at <code>" + escape(requestPath) + "</code>.</p>\n"
                + "<p><a href=\"/\">Go to the home page</a></p>\n</body>\n</html>\n";
        return inject(html.getBytes(StandardCharsets.UTF_8), version, problems);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
