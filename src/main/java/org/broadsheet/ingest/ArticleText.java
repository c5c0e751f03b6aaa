package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.List;

import org.broadsheet.content.Markdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * An article body as plain text, blocks separated by blank lines: what a reader of the rendered page reads. Used by
 * {@code extract --format text}, the fidelity benchmark and duplicate detection.
 */
public final class ArticleText {

    private static final Markdown MARKDOWN = new Markdown();

    private ArticleText() {
    }

    public static String of(String markdownBody) {
        Element body = Jsoup.parseBodyFragment(MARKDOWN.toHtml(markdownBody)).body();
        List<String> blocks = new ArrayList<>();
        collect(body, blocks);
        return String.join("\n\n", blocks);
    }

    private static void collect(Element parent, List<String> blocks) {
        for (Element e : parent.children()) {
            switch (e.normalName()) {
                case "ul", "ol" -> {
                    List<String> items = new ArrayList<>();
                    for (Element li : e.children()) {
                        items.add("- " + li.text());
                    }
                    blocks.add(String.join("\n", items));
                }
                case "blockquote", "div", "figure" -> collect(e, blocks);
                case "table" -> {
                    List<String> rows = new ArrayList<>();
                    for (Element tr : e.select("tr")) {
                        rows.add(String.join(" | ", tr.children().eachText()));
                    }
                    blocks.add(String.join("\n", rows));
                }
                case "pre" -> blocks.add(e.wholeText().stripTrailing());
                case "hr" -> {
                }
                default -> {
                    String text = e.text();
                    if (!text.isBlank()) {
                        blocks.add(text);
                    }
                }
            }
        }
    }
}
