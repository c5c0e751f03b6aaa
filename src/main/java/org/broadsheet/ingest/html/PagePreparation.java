package org.broadsheet.ingest.html;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Readies a parsed page for extraction: drops scripts, styles and comments, turns {@code <font>} into
 * {@code <span>}, and turns runs of {@code <br><br>} (text laid out with line breaks) into paragraphs.
 */
public final class PagePreparation {

    private PagePreparation() {
    }

    public static void prepare(Document doc) {
        unwrapNoscriptImages(doc);
        doc.select("script, noscript, style, template").remove();
        List<Node> comments = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment) {
                comments.add(node);
            }
        }, doc);
        comments.forEach(Node::remove);
        for (Element font : doc.getElementsByTag("font")) {
            font.tagName("span");
        }
        Element body = doc.body();
        if (body != null) {
            replaceBrs(body);
        }
    }

    /** A {@code <noscript>} holding the real image of a lazy placeholder just before it: keep the real one. */
    private static void unwrapNoscriptImages(Document doc) {
        for (Element noscript : doc.getElementsByTag("noscript")) {
            Element prev = noscript.previousElementSibling();
            if (prev == null || !prev.normalName().equals("img")) {
                continue;
            }
            Document inner = org.jsoup.Jsoup.parseBodyFragment(noscript.html(), doc.location());
            Element real = inner.body().children().size() == 1 && inner.body().child(0).normalName().equals("img")
                    ? inner.body().child(0) : null;
            if (real != null && !real.attr("src").isEmpty()) {
                prev.replaceWith(real);
            }
        }
    }

    /** Two or more {@code <br>} in a row end a paragraph: what follows, up to the next such run, becomes a {@code <p>}. */
    private static void replaceBrs(Element body) {
        for (Element br : new ArrayList<>(body.getElementsByTag("br"))) {
            if (br.parent() == null) {
                continue;
            }
            Node next = br.nextSibling();
            boolean replaced = false;
            while ((next = nextElementSkippingSpace(next)) != null && next instanceof Element e && e.normalName().equals("br")) {
                replaced = true;
                Node after = next.nextSibling();
                next.remove();
                next = after;
            }
            if (!replaced) {
                continue;
            }
            Element p = new Element("p");
            br.replaceWith(p);
            next = p.nextSibling();
            while (next != null) {
                if (next instanceof Element e && e.normalName().equals("br")) {
                    Node following = nextElementSkippingSpace(next.nextSibling());
                    if (following instanceof Element f && f.normalName().equals("br")) {
                        break;
                    }
                }
                if (!Dom.isPhrasing(next)) {
                    break;
                }
                Node sibling = next.nextSibling();
                p.appendChild(next);
                next = sibling;
            }
            while (p.childNodeSize() > 0 && Dom.isWhitespace(p.childNode(p.childNodeSize() - 1))) {
                p.childNode(p.childNodeSize() - 1).remove();
            }
            if (p.parent() != null && p.parent().normalName().equals("p")) {
                p.parent().tagName("div");
            }
        }
    }

    private static Node nextElementSkippingSpace(Node node) {
        Node n = node;
        while (n != null && n instanceof TextNode t && t.isBlank()) {
            n = n.nextSibling();
        }
        return n;
    }
}
