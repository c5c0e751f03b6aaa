package org.broadsheet.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Finds the main content of an article page, in the manner of Mozilla's Readability: paragraphs are scored by
 * length and commas, their scores flow to their ancestors, the best-scoring ancestor (adjusted for link density
 * and class names) is the article, joined by siblings that look like more of it; then clutter is cleaned out. When
 * too little text survives, it tries again with fewer heuristics, and keeps the longest result.
 */
public final class ContentExtractor {

    /** Articles shorter than this (in characters) make the extractor retry with fewer heuristics. */
    static final int CHAR_THRESHOLD = 500;
    private static final int TOP_CANDIDATES = 5;

    private static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu"
            + "|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate"
            + "|pagination|pager|popup|yom-remote", Pattern.CASE_INSENSITIVE);
    private static final Pattern MAYBE_CANDIDATE = Pattern.compile("and|article|body|column|content|main|mathjax|shadow",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile("byline|author|dateline|writtenby|p-author", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMAS = Pattern.compile("[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]");
    private static final Pattern DISPLAY_NONE = Pattern.compile("display\\s*:\\s*none", Pattern.CASE_INSENSITIVE);
    private static final Pattern VISIBILITY_HIDDEN = Pattern.compile("visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");
    private static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation", "alert",
            "alertdialog", "dialog");
    private static final Set<String> SCORED_TAGS = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");
    private static final Set<String> KEEP_TAG_WHEN_JOINED = Set.of("div", "article", "section", "p", "ol", "ul");
    private static final Set<String> EMPTY_WHEN_BARE = Set.of("div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6");

    /** Heuristics the extractor can drop, one by one, when a pass finds too little. */
    enum Flag { STRIP_UNLIKELY, WEIGHT_CLASSES, CLEAN_CONDITIONALLY }

    /** The article's content and the byline found inside the page (empty when none). */
    public record Result(Element content, String byline) {
    }

    private ContentExtractor() {
    }

    /**
     * Extracts the article from {@code page}, which must already be prepared ({@link PagePreparation}). The page is not
     * changed: every pass works on a copy. {@code title} helps drop a heading that repeats it.
     */
    public static Optional<Result> extract(Document page, String title) {
        Set<Flag> flags = java.util.EnumSet.allOf(Flag.class);
        Result best = null;
        int bestLength = -1;
        for (Flag drop : new Flag[] {Flag.STRIP_UNLIKELY, Flag.WEIGHT_CLASSES, Flag.CLEAN_CONDITIONALLY, null}) {
            Pass pass = new Pass(page.clone(), title, flags);
            Element content = pass.run();
            int length = content == null ? 0 : Dom.textLength(content);
            if (length >= CHAR_THRESHOLD) {
                return Optional.of(new Result(content, pass.byline));
            }
            if (content != null && length > bestLength) {
                best = new Result(content, pass.byline);
                bestLength = length;
            }
            if (drop != null) {
                flags.remove(drop);
            }
        }
        return bestLength > 0 ? Optional.of(best) : Optional.empty();
    }

    /** One attempt over a private copy of the page. */
    private static final class Pass {
        private final Document doc;
        private final String title;
        private final Set<Flag> flags;
        private final Map<Element, Double> scores = new IdentityHashMap<>();
        private String byline = "";

        Pass(Document doc, String title, Set<Flag> flags) {
            this.doc = doc;
            this.title = title;
            this.flags = flags;
        }

        Element run() {
            Element body = doc.body();
            if (body == null) {
                return null;
            }
            Element html = doc.selectFirst("html");
            List<Element> toScore = collectAndSimplify(html == null ? body : html);
            List<Element> candidates = score(toScore);
            Element top = pickTop(candidates, body);
            Element article = joinSiblings(top);
            new ContentCleaner(flags.contains(Flag.WEIGHT_CLASSES), flags.contains(Flag.CLEAN_CONDITIONALLY)).clean(article);
            return article;
        }

        /** Walks the page once: removes what cannot be content, turns bare divs into paragraphs, lists what to score. */
        private List<Element> collectAndSimplify(Element root) {
            List<Element> toScore = new ArrayList<>();
            boolean dropTitleHeading = !title.isEmpty();
            Element node = root;
            while (node != null) {
                String tag = node.normalName();
                String match = Dom.matchString(node);
                if (!isProbablyVisible(node)) {
                    node = Dom.removeAndNext(node);
                    continue;
                }
                if ("true".equals(node.attr("aria-modal")) && "dialog".equals(node.attr("role"))) {
                    node = Dom.removeAndNext(node);
                    continue;
                }
                if (isByline(node, match)) {
                    node = Dom.removeAndNext(node);
                    continue;
                }
                if (dropTitleHeading && (tag.equals("h1") || tag.equals("h2"))
                        && TextSimilarity.of(title, Dom.innerText(node)) > 0.75) {
                    dropTitleHeading = false;
                    node = Dom.removeAndNext(node);
                    continue;
                }
                if (flags.contains(Flag.STRIP_UNLIKELY)) {
                    if (UNLIKELY.matcher(match).find() && !MAYBE_CANDIDATE.matcher(match).find()
                            && !Dom.hasAncestor(node, "table") && !Dom.hasAncestor(node, "code")
                            && !tag.equals("body") && !tag.equals("a")) {
                        node = Dom.removeAndNext(node);
                        continue;
                    }
                    if (UNLIKELY_ROLES.contains(node.attr("role"))) {
                        node = Dom.removeAndNext(node);
                        continue;
                    }
                }
                if (EMPTY_WHEN_BARE.contains(tag) && Dom.isWithoutContent(node)) {
                    node = Dom.removeAndNext(node);
                    continue;
                }
                if (SCORED_TAGS.contains(tag)) {
                    toScore.add(node);
                }
                if (tag.equals("div")) {
                    wrapPhrasingRuns(node);
                    if (Dom.hasSingleChild(node, "p") && Dom.linkDensity(node) < 0.25) {
                        Element child = node.child(0);
                        node.replaceWith(child);
                        node = child;
                        toScore.add(node);
                    } else if (!Dom.hasBlockChild(node)) {
                        Dom.retag(node, "p");
                        toScore.add(node);
                    }
                }
                node = Dom.next(node, false);
            }
            return toScore;
        }

        /** Runs of text and inline elements directly inside a div become paragraphs of their own. */
        private static void wrapPhrasingRuns(Element div) {
            Element p = null;
            for (Node child : new ArrayList<>(div.childNodes())) {
                if (Dom.isPhrasing(child)) {
                    if (p != null) {
                        p.appendChild(child);
                    } else if (!Dom.isWhitespace(child)) {
                        p = new Element("p");
                        child.before(p);
                        p.appendChild(child);
                    }
                } else if (p != null) {
                    trimTrailingWhitespace(p);
                    p = null;
                }
            }
            if (p != null) {
                trimTrailingWhitespace(p);
            }
        }

        private static void trimTrailingWhitespace(Element p) {
            while (p.childNodeSize() > 0 && Dom.isWhitespace(p.childNode(p.childNodeSize() - 1))) {
                p.childNode(p.childNodeSize() - 1).remove();
            }
        }

        private boolean isByline(Element node, String match) {
            if (!byline.isEmpty()) {
                return false;
            }
            boolean looksLikeByline = "author".equals(node.attr("rel")) || node.attr("itemprop").contains("author")
                    || BYLINE.matcher(match).find();
            String text = node.wholeText().strip();
            if (!looksLikeByline || text.isEmpty() || text.length() >= 100) {
                return false;
            }
            // prefer the name inside the byline ("By <span itemprop=name>Jane</span>, May 1") when it is marked
            Element end = Dom.next(node, true);
            for (Element n = Dom.next(node, false); n != null && n != end; n = Dom.next(n, false)) {
                if (n.attr("itemprop").contains("name")) {
                    byline = n.wholeText().strip();
                    return true;
                }
            }
            byline = text;
            return true;
        }

        private static boolean isProbablyVisible(Element node) {
            String style = node.attr("style");
            if (!style.isEmpty() && (DISPLAY_NONE.matcher(style).find() || VISIBILITY_HIDDEN.matcher(style).find())) {
                return false;
            }
            if (node.hasAttr("hidden")) {
                return false;
            }
            return !"true".equals(node.attr("aria-hidden")) || node.className().contains("fallback-image");
        }

        /** Scores paragraphs and hands their scores to up to five ancestors; returns the scored ancestors. */
        private List<Element> score(List<Element> toScore) {
            List<Element> candidates = new ArrayList<>();
            for (Element el : toScore) {
                if (el.parent() == null) {
                    continue;
                }
                String text = Dom.innerText(el);
                if (text.length() < 25) {
                    continue;
                }
                List<Element> ancestors = ancestors(el, 5);
                if (ancestors.isEmpty()) {
                    continue;
                }
                double score = 1 + commaSplits(text) + Math.min(text.length() / 100, 3);
                for (int level = 0; level < ancestors.size(); level++) {
                    Element ancestor = ancestors.get(level);
                    if (ancestor.parent() == null) {
                        break;
                    }
                    if (!scores.containsKey(ancestor)) {
                        scores.put(ancestor, initialScore(ancestor));
                        candidates.add(ancestor);
                    }
                    double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                    scores.merge(ancestor, score / divider, Double::sum);
                }
            }
            return candidates;
        }

        private static int commaSplits(String text) {
            Matcher m = COMMAS.matcher(text);
            int n = 1;
            while (m.find()) {
                n++;
            }
            return n;
        }

        private static List<Element> ancestors(Element el, int max) {
            List<Element> list = new ArrayList<>();
            for (Element p = el.parent(); p != null && list.size() < max; p = p.parent()) {
                list.add(p);
            }
            return list;
        }

        private double initialScore(Element e) {
            double s = 0;
            switch (e.normalName()) {
                case "div" -> s += 5;
                case "pre", "td", "blockquote" -> s += 3;
                case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> s -= 3;
                case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> s -= 5;
                default -> {
                }
            }
            return s + classWeight(e);
        }

        private int classWeight(Element e) {
            return flags.contains(Flag.WEIGHT_CLASSES) ? Dom.classWeight(e) : 0;
        }

        private double scoreOf(Element e) {
            return scores.getOrDefault(e, 0.0);
        }

        private Element pickTop(List<Element> candidates, Element body) {
            List<Element> top = new ArrayList<>();
            for (Element c : candidates) {
                scores.put(c, scoreOf(c) * (1 - Dom.linkDensity(c)));
                int at = 0;
                while (at < top.size() && scoreOf(top.get(at)) >= scoreOf(c)) {
                    at++;
                }
                if (at < TOP_CANDIDATES) {
                    top.add(at, c);
                    if (top.size() > TOP_CANDIDATES) {
                        top.remove(top.size() - 1);
                    }
                }
            }
            Element best = top.isEmpty() ? null : top.get(0);
            if (best == null || best.normalName().equals("body")) {
                // nothing scored: the whole body is the article
                Element div = new Element("div");
                for (Node child : new ArrayList<>(body.childNodes())) {
                    div.appendChild(child);
                }
                body.appendChild(div);
                scores.put(div, initialScore(div));
                return div;
            }
            // several near-best candidates under one ancestor: the ancestor is the article (e.g. split columns)
            List<List<Element>> alternatives = new ArrayList<>();
            for (int i = 1; i < top.size(); i++) {
                if (scoreOf(top.get(i)) / scoreOf(best) >= 0.75) {
                    alternatives.add(ancestors(top.get(i), Integer.MAX_VALUE));
                }
            }
            if (alternatives.size() >= 3) {
                for (Element p = best.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
                    Element ancestor = p;
                    long containing = alternatives.stream().filter(list -> list.stream().anyMatch(x -> x == ancestor)).count();
                    if (containing >= 3) {
                        best = p;
                        break;
                    }
                }
            }
            scores.putIfAbsent(best, initialScore(best));
            // climb while the parent scores higher: the content may be split over siblings
            double lastScore = scoreOf(best);
            double threshold = lastScore / 3;
            for (Element p = best.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
                if (!scores.containsKey(p)) {
                    continue;
                }
                double parentScore = scoreOf(p);
                if (parentScore < threshold) {
                    break;
                }
                if (parentScore > lastScore) {
                    best = p;
                    break;
                }
                lastScore = parentScore;
            }
            // a candidate that is its parent's only child: take the parent
            for (Element p = best.parent(); p != null && !p.normalName().equals("body") && p.childrenSize() == 1; p = best.parent()) {
                best = p;
            }
            scores.putIfAbsent(best, initialScore(best));
            return best;
        }

        private Element joinSiblings(Element top) {
            Element article = new Element("div");
            double threshold = Math.max(10, scoreOf(top) * 0.2);
            Element parent = top.parent();
            List<Element> siblings = parent == null ? List.of(top) : new ArrayList<>(parent.children());
            for (Element sibling : siblings) {
                boolean append = sibling == top;
                if (!append) {
                    double bonus = !top.className().isEmpty() && sibling.className().equals(top.className()) ? scoreOf(top) * 0.2 : 0;
                    if (scores.containsKey(sibling) && scoreOf(sibling) + bonus >= threshold) {
                        append = true;
                    } else if (sibling.normalName().equals("p")) {
                        double density = Dom.linkDensity(sibling);
                        String text = Dom.innerText(sibling);
                        int len = text.length();
                        if (len > 80 && density < 0.25) {
                            append = true;
                        } else if (len < 80 && len > 0 && density == 0 && SENTENCE_END.matcher(text).find()) {
                            append = true;
                        }
                    }
                }
                if (append) {
                    if (!KEEP_TAG_WHEN_JOINED.contains(sibling.normalName())) {
                        Dom.retag(sibling, "div");
                    }
                    article.appendChild(sibling);
                }
            }
            return article;
        }
    }
}
