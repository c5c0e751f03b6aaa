package org.broadsheet.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * Renders plain text nodes the way Flexmark's core renderer does, but without its regular expressions when the text
 * has nothing to unescape (no backslash, entity or carriage return): then the text is only HTML-escaped, by a
 * simple loop. Text is most of an article, and the regex passes were half of the time spent turning Markdown
 * into HTML.
 *
 * <p>Inside {@link #render}, a text is not even handed to the HTML writer: the writer copies what it is given one
 * character at a time, through several calls per character, to track lines and leading spaces, and that copying was
 * a fifth of the time of Markdown. The writer gets one placeholder character instead, and the escaped text takes its
 * place in the finished HTML. Only texts the writer would copy unchanged are deferred: those without a line break or
 * tab, after their leading spaces (which the writer drops at the start of a line, so it still gets them). The output
 * is byte for byte the core renderer's (tests compare them).
 */
final class FastTextRendering implements HtmlRenderer.HtmlRendererExtension {

    static FastTextRendering create() {
        return new FastTextRendering();
    }

    /** Stands for a deferred text in the writer's output: never in a document that {@link #render} defers in. */
    private static final char PLACEHOLDER = '\0';
    private static final String PLACEHOLDER_TEXT = String.valueOf(PLACEHOLDER);
    /** The texts deferred by the render running on this thread, in order; null when no render defers them. */
    private static final ThreadLocal<List<String>> DEFERRED = new ThreadLocal<>();

    /**
     * Renders {@code doc} with {@code renderer} (which has this extension), writing its plain texts into the finished
     * HTML instead of through the writer. {@code source} is the document's Markdown: a document that holds the
     * placeholder character itself is rendered the ordinary way.
     */
    static String render(HtmlRenderer renderer, Document doc, String source) {
        if (source.indexOf(PLACEHOLDER) >= 0) {
            return renderer.render(doc);
        }
        List<String> texts = new ArrayList<>();
        DEFERRED.set(texts);
        String html;
        try {
            html = renderer.render(doc);
        } finally {
            DEFERRED.remove();
        }
        String filled = fill(html, texts);
        return filled != null ? filled : renderer.render(doc); // a placeholder the texts do not match: render plainly
    }

    /** {@code html} with its placeholders replaced by {@code texts} in order, or null if their counts differ. */
    private static String fill(String html, List<String> texts) {
        int length = html.length();
        for (String t : texts) {
            length += t.length() - 1;
        }
        StringBuilder out = new StringBuilder(length);
        int from = 0;
        int next = 0;
        for (int at = html.indexOf(PLACEHOLDER); at >= 0; at = html.indexOf(PLACEHOLDER, at + 1)) {
            if (next == texts.size()) {
                return null;
            }
            out.append(html, from, at).append(texts.get(next++));
            from = at + 1;
        }
        return next == texts.size() ? out.append(html, from, html.length()).toString() : null;
    }

    /**
     * Whether the writer would copy {@code text} unchanged after its leading spaces: it treats line breaks and tabs
     * apart, and spaces only at the start of a line.
     */
    private static boolean deferrable(String text) {
        return text.indexOf('\n') < 0 && text.indexOf('\t') < 0;
    }

    private static int leadingSpaces(String text) {
        int n = 0;
        while (n < text.length() && text.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Text.class, (node, context, html) -> {
                BasedSequence chars = node.getChars();
                String text = chars.toString(); // once, to scan and to cut
                if (needsUnescaping(text)) {
                    html.text(Escaping.normalizeEOL(chars.unescape()));
                } else {
                    List<String> deferred = DEFERRED.get();
                    int start = leadingSpaces(text);
                    if (deferred != null && start < text.length() && deferrable(text)) {
                        // leading spaces go through the writer, which drops them at the start of a line
                        if (start > 0) {
                            html.raw(text.substring(0, start));
                        }
                        deferred.add(escape(text.substring(start)).toString());
                        html.raw(PLACEHOLDER_TEXT);
                    } else {
                        html.raw(escape(text));
                    }
                }
            }));
        }
    }

    private static boolean needsUnescaping(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '&' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** HTML escaping as Flexmark's {@code Escaping.escapeHtml} does it for text without entities. */
    private static CharSequence escape(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '"' ? "&quot;" : null;
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                out.append(replacement);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out;
    }
}
