package org.broadsheet.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Cleans the extracted article: removes forms, embeds that are not videos, share bars, headings and blocks that
 * look like clutter (by their mix of links, images, list items and text), empty paragraphs, and unwraps
 * single-cell layout tables. Data tables are recognised and kept.
 */
final class ContentCleaner {

    private static final Pattern VIDEOS = Pattern.compile(
            "//(www\\.)?((dailymotion|youtube|youtube-nocookie|player\\.vimeo|v\\.qq)\\.com|(archive|upload\\.wikimedia)\\.org|player\\.twitch\\.tv)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SHARE = Pattern.compile("(\\b|_)(share|sharedaddy)(\\b|_)", Pattern.CASE_INSENSITIVE);
    private static final Pattern AD_WORDS = Pattern.compile("^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LOADING_WORDS = Pattern.compile("^((loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> PRESENTATIONAL = Set.of("align", "background", "bgcolor", "border", "cellpadding",
            "cellspacing", "frame", "hspace", "rules", "style", "valign", "vspace");
    private static final Set<String> SIZED = Set.of("table", "th", "td", "hr", "pre");
    private static final List<String> TEXTISH = List.of("span", "li", "td", "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul");
    private static final List<String> HEADINGS = List.of("h1", "h2", "h3", "h4", "h5", "h6");

    private final boolean weightClasses;
    private final boolean cleanConditionally;
    private final Map<Element, Boolean> dataTables = new IdentityHashMap<>();

    ContentCleaner(boolean weightClasses, boolean cleanConditionally) {
        this.weightClasses = weightClasses;
        this.cleanConditionally = cleanConditionally;
    }

    void clean(Element article) {
        cleanStyles(article);
        markDataTables(article);
        LazyImages.fix(article);
        conditionally(article, "form");
        conditionally(article, "fieldset");
        for (String tag : List.of("object", "embed", "footer", "link", "aside")) {
            removeUnlessVideo(article, tag);
        }
        for (Element child : new ArrayList<>(article.children())) {
            removeMatching(child, (node, match) -> SHARE.matcher(match).find() && node.wholeText().length() < ContentExtractor.CHAR_THRESHOLD);
        }
        for (String tag : List.of("iframe", "input", "textarea", "select", "button")) {
            removeUnlessVideo(article, tag);
        }
        for (Element h : reversed(article.select("h1, h2"))) {
            if (weight(h) < 0) {
                h.remove();
            }
        }
        conditionally(article, "table");
        conditionally(article, "ul");
        conditionally(article, "div");
        for (Element h1 : article.getElementsByTag("h1")) {
            Dom.retag(h1, "h2");
        }
        for (Element p : reversed(article.getElementsByTag("p"))) {
            if (p.select("img, embed, object, iframe").isEmpty() && p.wholeText().isBlank()) {
                p.remove();
            }
        }
        for (Element br : reversed(article.getElementsByTag("br"))) {
            Node next = br.nextSibling();
            while (next != null && next instanceof TextNode t && t.isBlank()) {
                next = next.nextSibling();
            }
            if (next instanceof Element e && e.normalName().equals("p")) {
                br.remove();
            }
        }
        unwrapSingleCellTables(article);
        simplifyNesting(article);
        for (Element e : article.getAllElements()) {
            e.removeAttr("class");
        }
    }

    private int weight(Element e) {
        return weightClasses ? Dom.classWeight(e) : 0;
    }

    private static void cleanStyles(Element e) {
        if (e.normalName().equals("svg")) {
            return;
        }
        List<String> drop = new ArrayList<>();
        for (Attribute a : e.attributes()) {
            String key = Dom.lower(a.getKey());
            if (PRESENTATIONAL.contains(key) || ((key.equals("width") || key.equals("height")) && SIZED.contains(e.normalName()))) {
                drop.add(a.getKey());
            }
        }
        drop.forEach(e::removeAttr);
        for (Element child : e.children()) {
            cleanStyles(child);
        }
    }

    /** Tables that hold data (headers, captions, many cells), as opposed to tables used for layout. */
    private void markDataTables(Element root) {
        for (Element table : root.getElementsByTag("table")) {
            dataTables.put(table, isDataTable(table));
        }
    }

    private static boolean isDataTable(Element table) {
        if (table.attr("role").equals("presentation") || table.attr("datatable").equals("0")) {
            return false;
        }
        if (!table.attr("summary").isEmpty()) {
            return true;
        }
        Element caption = table.getElementsByTag("caption").first();
        if (caption != null && caption.childNodeSize() > 0) {
            return true;
        }
        if (!table.select("col, colgroup, tfoot, thead, th").isEmpty()) {
            return true;
        }
        if (table.getElementsByTag("table").size() > 1) {
            return false;
        }
        int rows = 0;
        int columns = 0;
        for (Element tr : table.getElementsByTag("tr")) {
            rows += span(tr.attr("rowspan"));
            int cols = 0;
            for (Element td : tr.getElementsByTag("td")) {
                cols += span(td.attr("colspan"));
            }
            columns = Math.max(columns, cols);
        }
        if (rows == 1 || columns == 1) {
            return false;
        }
        if (rows >= 10 || columns > 4) {
            return true;
        }
        return rows * columns > 10;
    }

    private static int span(String value) {
        try {
            return value.isEmpty() ? 1 : Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private boolean isData(Element table) {
        return dataTables.getOrDefault(table, false);
    }

    private static void removeUnlessVideo(Element root, String tag) {
        boolean embed = tag.equals("object") || tag.equals("embed") || tag.equals("iframe");
        for (Element e : reversed(root.getElementsByTag(tag))) {
            if (e == root) {
                continue;
            }
            if (embed && (e.attributes().asList().stream().anyMatch(a -> VIDEOS.matcher(a.getValue()).find())
                    || (tag.equals("object") && VIDEOS.matcher(e.html()).find()))) {
                continue;
            }
            e.remove();
        }
    }

    private interface NodeFilter {
        boolean test(Element node, String matchString);
    }

    private static void removeMatching(Element root, NodeFilter filter) {
        Element end = Dom.next(root, true);
        Element next = Dom.next(root, false);
        while (next != null && next != end) {
            if (filter.test(next, Dom.matchString(next))) {
                next = Dom.removeAndNext(next);
            } else {
                next = Dom.next(next, false);
            }
        }
    }

    /** Removes elements of {@code tag} whose mix of text, links, images and list items says "clutter". */
    private void conditionally(Element root, String tag) {
        if (!cleanConditionally) {
            return;
        }
        for (Element node : reversed(root.getElementsByTag(tag))) {
            if (node != root && node.parent() != null && isClutter(node, tag)) {
                node.remove();
            }
        }
    }

    private boolean isClutter(Element node, String tag) {
        boolean isList = tag.equals("ul") || tag.equals("ol");
        if (!isList) {
            int listLength = 0;
            for (Element list : node.select("ul, ol")) {
                if (list != node) {
                    listLength += Dom.textLength(list);
                }
            }
            int length = Dom.textLength(node);
            isList = length > 0 && (double) listLength / length > 0.9;
        }
        if (tag.equals("table") && isData(node)) {
            return false;
        }
        if (Dom.hasAncestor(node, "table", -1, this::isData) || Dom.hasAncestor(node, "code", 3, null)) {
            return false;
        }
        for (Element t : node.getElementsByTag("table")) {
            if (t != node && isData(t)) {
                return false;
            }
        }
        int weight = weight(node);
        if (weight < 0) {
            return true;
        }
        String text = Dom.innerText(node);
        if (text.split(",", -1).length - 1 >= 10) {
            return false;
        }
        int p = count(node, "p");
        int img = count(node, "img");
        int li = count(node, "li") - 100;
        int input = count(node, "input");
        double headingDensity = Dom.textDensity(node, HEADINGS);
        int embeds = 0;
        for (Element e : node.select("object, embed, iframe")) {
            if (e == node) {
                continue;
            }
            if (e.attributes().asList().stream().anyMatch(a -> VIDEOS.matcher(a.getValue()).find())
                    || (e.normalName().equals("object") && VIDEOS.matcher(e.html()).find())) {
                return false;
            }
            embeds++;
        }
        if (AD_WORDS.matcher(text).matches() || LOADING_WORDS.matcher(text).matches()) {
            return true;
        }
        int length = text.length();
        double linkDensity = Dom.linkDensity(node);
        double textDensity = Dom.textDensity(node, TEXTISH);
        boolean inFigure = Dom.hasAncestor(node, "figure", 3, null);
        boolean remove = (!inFigure && img > 1 && (double) p / img < 0.5)
                || (!isList && li > p)
                || (input > p / 3)
                || (!isList && !inFigure && headingDensity < 0.9 && length < 25 && (img == 0 || img > 2) && linkDensity > 0)
                || (!isList && weight < 25 && linkDensity > 0.2)
                || (weight >= 25 && linkDensity > 0.5)
                || ((embeds == 1 && length < 75) || embeds > 1)
                || (img == 0 && textDensity == 0);
        if (isList && remove) {
            // a plain list of images (a gallery) stays
            for (Element child : node.children()) {
                if (child.childrenSize() > 1) {
                    return true;
                }
            }
            if (img == count(node, "li")) {
                return false;
            }
        }
        return remove;
    }

    private static int count(Element node, String tag) {
        int n = 0;
        for (Element e : node.getElementsByTag(tag)) {
            if (e != node) {
                n++;
            }
        }
        return n;
    }

    private static void unwrapSingleCellTables(Element article) {
        for (Element table : reversed(article.getElementsByTag("table"))) {
            Element tbody = Dom.hasSingleChild(table, "tbody") ? table.child(0) : table;
            if (Dom.hasSingleChild(tbody, "tr")) {
                Element row = tbody.child(0);
                if (Dom.hasSingleChild(row, "td")) {
                    Element cell = row.child(0);
                    boolean phrasing = cell.childNodes().stream().allMatch(Dom::isPhrasing);
                    Dom.retag(cell, phrasing ? "p" : "div");
                    table.replaceWith(cell);
                }
            }
        }
    }

    /** Divs and sections that only wrap one other div or section, or nothing, are removed. */
    private static void simplifyNesting(Element article) {
        Element node = article;
        while (node != null) {
            String tag = node.normalName();
            if (node != article && node.parent() != null && (tag.equals("div") || tag.equals("section"))) {
                if (Dom.isWithoutContent(node)) {
                    node = Dom.removeAndNext(node);
                    continue;
                }
                if (Dom.hasSingleChild(node, "div") || Dom.hasSingleChild(node, "section")) {
                    Element child = node.child(0);
                    for (Attribute a : node.attributes()) {
                        child.attr(a.getKey(), a.getValue());
                    }
                    node.replaceWith(child);
                    node = child;
                    continue;
                }
            }
            node = Dom.next(node, false);
        }
    }

    private static List<Element> reversed(List<Element> list) {
        List<Element> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
