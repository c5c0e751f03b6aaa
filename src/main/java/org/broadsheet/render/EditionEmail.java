package org.broadsheet.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.broadsheet.site.Permalinks;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An edition as a self-contained e-mail body, ready to paste into a mailing service: {@code email.html} (rendered by
 * the {@code email.ftlh} template: table layout and inline styles) made safe for mail clients here, and
 * {@code email.txt}, its plain-text alternative. Both use absolute URLs, so they need the site's base URL.
 */
final class EditionEmail {

    /** Gmail clips messages over about 102 KB; an edition that would be bigger lists fewer stories and links the rest. */
    static final int MAX_BYTES = 100 * 1024;
    static final int TEXT_WIDTH = 72;
    /** Elements a mail client would block or run; an editor's raw HTML in a note must not bring them in. */
    private static final String UNSAFE = "script, style, link, iframe, frame, object, embed, form, input, button, base";

    private EditionEmail() {
    }

    /**
     * The HTML e-mail of an edition: the largest number of stories, featured first, whose e-mail stays under
     * {@link #MAX_BYTES}.
     *
     * @param page the edition's view limited to a number of stories
     * @param render renders the template for a view
     */
    static byte[] html(int stories, IntFunction<Views.EditionPage> page, Function<Views.EditionPage, String> render,
            String baseUrl) {
        int n = stories;
        while (true) {
            Views.EditionPage view = page.apply(n);
            byte[] bytes = finish(render.apply(view), view.url(), baseUrl).getBytes(StandardCharsets.UTF_8);
            if (bytes.length <= MAX_BYTES || n == 0) {
                return bytes;
            }
            // shrink in proportion, a little more than needed, and always by at least one story
            n = Math.min(n - 1, (int) (n * (MAX_BYTES * 0.95) / bytes.length));
        }
    }

    /**
     * Makes the template's HTML safe to mail: links and images absolute (relative ones in notes and introductions are
     * resolved against the edition's page), no script, style sheet, frame or form, no event handlers or
     * {@code javascript:} links, and every image with a text alternative. Links to the site's pages name the folder,
     * as the site's canonical links do.
     */
    static String finish(String html, String pageUrl, String baseUrl) {
        Document doc = Jsoup.parse(html, pageUrl);
        doc.outputSettings().prettyPrint(false);
        doc.select(UNSAFE).remove();
        for (Element e : doc.getAllElements()) {
            List<String> drop = new ArrayList<>();
            for (Attribute a : e.attributes()) {
                String value = a.getValue().strip().toLowerCase(Locale.ROOT);
                if (a.getKey().toLowerCase(Locale.ROOT).startsWith("on") || value.startsWith("javascript:")
                        || value.startsWith("vbscript:") || value.startsWith("data:text")) {
                    drop.add(a.getKey());
                }
            }
            drop.forEach(e::removeAttr);
        }
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href");
            if (!href.startsWith("mailto:")) {
                String abs = a.absUrl("href");
                a.attr("href", abs.startsWith(baseUrl) ? Permalinks.absolute(baseUrl, abs.substring(baseUrl.length())) : abs);
            }
        }
        for (Element img : doc.select("img")) {
            img.attr("src", img.absUrl("src"));
            if (img.attr("alt").isBlank()) {
                img.attr("alt", altFromFileName(img.attr("src")));
            }
        }
        return doc.outerHtml() + "\n";
    }

    /** An HTML fragment with its relative links and image sources resolved against {@code pageUrl}. */
    static String absoluteLinks(String html, String pageUrl) {
        Document doc = Jsoup.parseBodyFragment(html, pageUrl);
        doc.outputSettings().prettyPrint(false);
        for (Element e : doc.select("a[href], img[src]")) {
            String key = e.is("a") ? "href" : "src";
            if (!e.attr(key).startsWith("mailto:")) {
                e.attr(key, e.absUrl(key));
            }
        }
        return doc.body().html();
    }

    /** "…/harbour-wall_2025.jpg" gives "harbour wall 2025": better than nothing for a reader who cannot see it. */
    static String altFromFileName(String src) {
        String name = src.replaceAll("[?#].*$", "");
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\.[A-Za-z0-9]{1,5}$", "");
        String words = name.replaceAll("(?:[-_+.]|%20)+", " ").strip();
        return words.isEmpty() ? "Image" : words;
    }

    /** The plain-text e-mail: the same edition as readable text, wrapped at {@link #TEXT_WIDTH} characters. */
    static String text(Views.SiteView site, Views.EditionPage page) {
        String root = site.baseUrl();
        PlainText out = new PlainText(TEXT_WIDTH);
        out.wrap("", site.title().toUpperCase(Locale.ROOT), "");
        Views.EditionLink edition = page.edition();
        out.wrap("", edition.name() + " · " + edition.dates(), "");
        if (!edition.title().equals(edition.name())) {
            out.blank().wrap("", edition.title(), "");
        }
        out.blank().wrap("", "Read it on the web: " + page.url(), "");
        if (!page.intro().isEmpty()) {
            out.blank().html(page.intro(), "", "", page.url());
        }
        if (!page.featured().isEmpty()) {
            out.blank().heading("Featured");
            page.featured().forEach(s -> story(out, s, root, page.url()));
        }
        for (Views.Section section : page.sections()) {
            out.blank().heading(section.name().isEmpty() ? "More stories" : section.name());
            section.stories().forEach(s -> story(out, s, root, page.url()));
        }
        if (page.more() > 0) {
            out.blank().wrap("", page.more() + (page.more() == 1 ? " more story" : " more stories") + " in this edition: "
                    + page.url(), "");
        }
        out.blank().line("--");
        if (page.older() != null) {
            out.wrap("", "Previous edition: " + page.older().title() + " " + Permalinks.absolute(root, page.older().path()), "");
        }
        out.wrap("", "All editions: " + Permalinks.absolute(root, Permalinks.EDITIONS), "");
        out.wrap("", "Articles belong to their publications; follow each link to read the original.", "");
        return out.toString();
    }

    private static void story(PlainText out, Views.Story story, String root, String pageUrl) {
        Views.ArticleCard a = story.lead();
        out.blank().wrap("* ", a.title(), "  ");
        out.wrap("  ", String.join(" · ", nonEmpty(a.source(), a.date())), "  ");
        out.line("  " + Permalinks.absolute(root, a.path()));
        if (!a.note().isEmpty()) {
            out.html(a.note(), "  Editor's note: ", "  ", pageUrl);
        }
        if (!a.summary().isEmpty()) {
            out.wrap("  ", a.summary(), "  ");
        }
        for (Views.ArticleCard other : story.others()) {
            out.wrap("  ", "Also covered by " + (other.source().isEmpty() ? other.title() : other.source()) + ": "
                    + Permalinks.absolute(root, other.path()), "  ");
        }
    }

    private static List<String> nonEmpty(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (!p.isEmpty()) {
                kept.add(p);
            }
        }
        return kept;
    }

    /** Text laid out in lines no wider than a width, each paragraph wrapped at spaces. */
    static final class PlainText {
        private final int width;
        private final StringBuilder text = new StringBuilder();

        PlainText(int width) {
            this.width = width;
        }

        PlainText line(String line) {
            text.append(line.stripTrailing()).append('\n');
            return this;
        }

        /** One empty line between blocks, never two. */
        PlainText blank() {
            int n = text.length();
            if (n > 0 && !(n > 1 && text.charAt(n - 1) == '\n' && text.charAt(n - 2) == '\n')) {
                text.append('\n');
            }
            return this;
        }

        PlainText heading(String title) {
            String upper = title.toUpperCase(Locale.ROOT);
            return line(upper).line("=".repeat(Math.min(width, upper.codePointCount(0, upper.length()))));
        }

        /** {@code words} wrapped: the first line starts with {@code first}, the others with {@code indent}. */
        PlainText wrap(String first, String words, String indent) {
            StringBuilder line = new StringBuilder(first);
            int length = first.length();
            boolean empty = true; // no word on this line yet
            for (String word : words.strip().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                int w = word.codePointCount(0, word.length());
                if (!empty && length + 1 + w > width) {
                    line(line.toString());
                    line.setLength(0);
                    line.append(indent);
                    length = indent.length();
                    empty = true;
                }
                if (!empty) {
                    line.append(' ');
                    length++;
                }
                line.append(word);
                length += w;
                empty = false;
            }
            return line(line.toString());
        }

        /**
         * HTML (a note, an introduction) as paragraphs of text: links keep their address, images become their text
         * alternative in brackets, list items get a dash, quotes a "&gt;", table rows their cells between bars. The first
         * paragraph starts with {@code first}.
         */
        PlainText html(String html, String first, String indent, String baseUrl) {
            Document doc = Jsoup.parseBodyFragment(html, baseUrl);
            doc.select(UNSAFE).remove();
            for (Element img : doc.select("img")) {
                String alt = img.attr("alt").isBlank() ? altFromFileName(img.attr("src")) : img.attr("alt").strip();
                img.replaceWith(new org.jsoup.nodes.TextNode("[" + alt + "]"));
            }
            for (Element a : doc.select("a[href]")) {
                String href = a.absUrl("href");
                if (!href.isEmpty() && !href.equals(a.text())) {
                    a.appendText(" <" + href + ">");
                }
            }
            List<String> paragraphs = new ArrayList<>();
            if (doc.body().children().isEmpty()) {
                paragraphs.add(doc.body().text());
            }
            for (Element block : doc.body().children()) {
                if (block.is("ul, ol")) {
                    block.select("> li").forEach(li -> paragraphs.add("- " + li.text()));
                } else if (block.is("blockquote")) {
                    paragraphs.add("> " + block.text());
                } else if (block.is("table")) {
                    block.select("tr").forEach(tr -> paragraphs.add(String.join(" | ", tr.select("th, td").eachText())));
                } else {
                    paragraphs.add(block.text());
                }
            }
            String prefix = first;
            for (String p : paragraphs) {
                if (!p.isBlank()) {
                    wrap(prefix, p, indent);
                    prefix = indent;
                }
            }
            return this;
        }

        @Override
        public String toString() {
            return text.toString().stripTrailing() + "\n";
        }
    }
}
