package org.broadsheet.content;

import java.util.Map;
import java.util.Set;

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
 * Writes the addresses a document's links stand for ({@link LocalLinks}: links to other content files) in place of
 * the destinations written. The addresses come with each document ({@link #set}), because they depend on the page the
 * text is rendered into, while the renderer is built once and shared.
 */
final class LinkRewriting implements HtmlRenderer.HtmlRendererExtension {

    /** A document's destinations, as written with escapes undone, and the address to write for each. */
    private static final NullableDataKey<Map<String, String>> ADDRESSES = new NullableDataKey<>("BROADSHEET_ADDRESSES");

    static LinkRewriting create() {
        return new LinkRewriting();
    }

    /** Has {@code doc}'s links to the destinations in {@code addresses} written as their addresses. */
    static void set(Document doc, Map<String, String> addresses) {
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
            Map<String, String> addresses = ADDRESSES.get(context.getDocument());
            return (node, ctx, link) -> {
                String address = addresses == null || link.getLinkType() != LinkType.LINK ? null : addresses.get(link.getUrl());
                return address == null ? link : link.withUrl(address).withStatus(LinkStatus.VALID);
            };
        }
    }
}
