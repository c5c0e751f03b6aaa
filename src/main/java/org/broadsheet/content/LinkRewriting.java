package org.broadsheet.content;

import java.util.Set;
import java.util.function.UnaryOperator;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;

/**
 * Writes the addresses a document's links and images stand for (links to other content files, {@link LocalLinks},
 * and links from the site root) in place of the destinations written. The addresses come with each document
 * ({@link #set}), because they depend on the page the text is rendered into, while the renderer is built once and
 * shared. Autolinks are left alone: they are full addresses.
 */
final class LinkRewriting implements HtmlRenderer.HtmlRendererExtension {

    /** The address to write for a destination of the document (as written, escapes undone), or null to keep it. */
    private static final NullableDataKey<UnaryOperator<String>> ADDRESSES = new NullableDataKey<>("BROADSHEET_ADDRESSES");

    static LinkRewriting create() {
        return new LinkRewriting();
    }

    /** Has {@code doc}'s links and images written with the addresses {@code addresses} gives. */
    static void set(Document doc, UnaryOperator<String> addresses) {
        doc.set(ADDRESSES, addresses);
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.linkResolverFactory(new Factory());
    }

    private static final class Factory implements LinkResolverFactory {

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            UnaryOperator<String> addresses = ADDRESSES.get(context.getDocument());
            return (node, ctx, link) -> {
                // a link or image as written, not an autolink, and not a reference Flexmark asks about because the
                // text defines none ([like this]): an answer would make that text a link
                boolean written = (node instanceof Link || node instanceof LinkRef || node instanceof Image || node instanceof ImageRef)
                        && (link.getLinkType() == LinkType.LINK || link.getLinkType() == LinkType.IMAGE);
                String address = addresses == null || !written ? null : addresses.apply(link.getUrl());
                return address == null ? link : link.withUrl(address).withStatus(LinkStatus.VALID);
            };
        }
    }
}
