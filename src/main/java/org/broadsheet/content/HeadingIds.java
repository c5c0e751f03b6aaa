package org.broadsheet.content;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Gives every heading an id, so that a reader can link to a section ({@code ../talks/index.html#the-vote}), as Hugo and
 * Jekyll do: GitHub's rule (lower case; letters, digits, {@code -} and {@code _} kept, spaces made dashes, the rest
 * dropped) and GitHub's {@code -1}, {@code -2} for a repeated one. An id that the page around the text uses itself
 * ({@code main}, for the default theme's skip link) is never given, so a page never has an id twice.
 */
final class HeadingIds implements HtmlRenderer.HtmlRendererExtension {

    private final Set<String> taken;

    /** @param taken ids of the page around the text, which a heading may not take */
    private HeadingIds(Set<String> taken) {
        this.taken = Set.copyOf(taken);
    }

    static HeadingIds create(Set<String> taken) {
        return new HeadingIds(taken);
    }

    /** Set on a document whose headings get no ids. */
    private static final DataKey<Boolean> OMIT = new DataKey<>("BROADSHEET_NO_HEADING_IDS", false);

    /** Gives {@code doc}'s headings no ids. */
    static void omit(Document doc) {
        doc.set(OMIT, true);
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.htmlIdGeneratorFactory(new HeaderIdGeneratorFactory() {
            @Override
            public HtmlIdGenerator create(LinkResolverContext context) {
                return new Ids(taken);
            }

            @Override
            public HtmlIdGenerator create() {
                return new Ids(taken);
            }
        });
    }

    /** The id of a heading with {@code text}, before repeats are numbered: GitHub's rule. */
    static String idOf(String text) {
        return HeaderIdGenerator.generateId(text, " -", "_", false, true);
    }

    /** One document's ids, made by one walk over its blocks (headings are blocks: inline nodes are never visited). */
    private static final class Ids implements HtmlIdGenerator {

        private final Set<String> taken;
        private final Map<Node, String> ids = new IdentityHashMap<>();

        Ids(Set<String> taken) {
            this.taken = taken;
        }

        @Override
        public void generateIds(Document document) {
            if (OMIT.get(document)) {
                return;
            }
            Set<String> used = new HashSet<>(); // besides the taken ones: most documents have no heading
            Node node = document.getFirstChild();
            while (node != null) {
                if (node instanceof Heading heading) {
                    String base = idOf(heading.getAnchorRefText());
                    String id = base;
                    for (int n = 1; taken.contains(id) || !used.add(id); n++) {
                        id = base + "-" + n;
                    }
                    if (!base.isEmpty()) { // a heading without a letter or digit has nothing to name it by, as in Flexmark
                        ids.put(heading, id);
                    }
                }
                // no heading inside a heading or a paragraph: their children are inline
                Node next = node instanceof Heading || node instanceof Paragraph ? null : node.getFirstChild();
                for (Node up = node; next == null && up != null && up != document; up = up.getParent()) {
                    next = up.getNext();
                }
                node = next;
            }
        }

        @Override
        public String getId(Node node) {
            return ids.get(node);
        }

        @Override
        public String getId(CharSequence text) {
            return idOf(text.toString());
        }
    }
}
