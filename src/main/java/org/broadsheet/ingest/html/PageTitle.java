package org.broadsheet.ingest.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's title from a page's {@code <title>}: the site name after {@code " | "}, {@code " - "}, {@code " » "}
 * (and the like) is removed, or before it when what is left is too short to be a headline; a title that is too short
 * or too long gives way to the page's only {@code <h1>}.
 */
final class PageTitle {

    private static final Pattern SEPARATOR = Pattern.compile(" [|\\-\\\\/>»] ");
    private static final Pattern HIERARCHICAL = Pattern.compile(" [\\\\/>»] ");
    private static final Pattern LEADING_PART = Pattern.compile("^[^|\\-\\\\/>»]*[|\\-\\\\/>»]");

    private PageTitle() {
    }

    static String of(Document doc) {
        Element titleElement = doc.selectFirst("title");
        String original = titleElement == null ? "" : Dom.innerText(titleElement);
        String title = original;
        boolean hierarchical = false;
        Matcher separators = SEPARATOR.matcher(original);
        if (separators.find()) {
            hierarchical = HIERARCHICAL.matcher(original).find();
            int last = separators.start();
            while (separators.find()) {
                last = separators.start();
            }
            title = original.substring(0, last);
            if (words(title) < 3) {
                title = LEADING_PART.matcher(original).replaceFirst("");
            }
        } else if (title.contains(": ")) {
            String trimmed = title.strip();
            boolean headingMatches = doc.select("h1, h2").stream().anyMatch(h -> h.wholeText().strip().equals(trimmed));
            if (!headingMatches) {
                title = original.substring(original.lastIndexOf(':') + 1);
                if (words(title) < 3) {
                    title = original.substring(original.indexOf(':') + 1);
                } else if (words(original.substring(0, original.indexOf(':'))) > 5) {
                    title = original;
                }
            }
        } else if (title.length() > 150 || title.length() < 15) {
            var h1s = doc.getElementsByTag("h1");
            if (h1s.size() == 1) {
                title = Dom.innerText(h1s.get(0));
            }
        }
        title = title.strip().replaceAll("\\s{2,}", " ");
        int count = words(title);
        if (count <= 4 && (!hierarchical || count != words(original.replaceAll("[|\\-\\\\/>»]+", "")) - 1)) {
            title = original;
        }
        return title;
    }

    private static int words(String s) {
        return s.split("\\s+", -1).length;
    }
}
