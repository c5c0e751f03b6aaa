package org.broadsheet.render;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import javax.xml.XMLConstants;

/**
 * Atom 1.0 (RFC 4287), written with the JDK's XML stream writer, so every title, summary and body is escaped by an
 * XML library. (Rome reads feeds; writing them through its object model cost a third of a small site's build in
 * class loading alone.)
 */
final class AtomEncoder implements FeedEncoder {

    static final String NS = "http://www.w3.org/2005/Atom";

    @Override
    public byte[] encode(Feed feed) {
        return XmlLines.document(4096 + feed.items().size() * 2048, "the Atom feed " + feed.id(), xml -> {
            xml.out().writeStartElement("feed");
            xml.out().writeDefaultNamespace(NS);
            if (!feed.language().isEmpty()) {
                xml.out().writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", feed.language());
            }
            xml.element(1, "title", feed.title());
            xml.link(1, "alternate", "text/html", feed.homeUrl(), null);
            xml.link(1, "self", OutputFormat.ATOM.mediaType(), feed.selfUrl(), null);
            xml.person(1, feed.author());
            if (!feed.subtitle().isEmpty()) {
                xml.typed(1, "subtitle", "text", feed.subtitle());
            }
            xml.element(1, "id", feed.id());
            xml.element(1, "generator", "Broadsheet");
            xml.element(1, "updated", time(feed.updated()));
            for (Feed.Item item : feed.items()) {
                xml.open(1, "entry");
                xml.element(2, "title", item.title());
                xml.link(2, "alternate", "text/html", item.url(), null);
                if (!item.originalUrl().isEmpty()) {
                    xml.link(2, "related", "text/html", item.originalUrl(),
                            item.publication().isEmpty() ? "The original article" : "The original at " + item.publication());
                }
                if (!item.author().isEmpty()) {
                    xml.person(2, item.author());
                }
                for (String tag : item.tags()) {
                    xml.indent(2);
                    xml.out().writeEmptyElement("category");
                    xml.out().writeAttribute("term", XmlLines.xmlChars(tag));
                }
                xml.element(2, "id", item.id());
                xml.element(2, "updated", time(item.published()));
                xml.element(2, "published", time(item.published()));
                if (!item.contentHtml().isEmpty()) {
                    xml.typed(2, "content", "html", item.contentHtml());
                }
                if (!item.summary().isEmpty()) {
                    xml.typed(2, "summary", "text", item.summary());
                }
                xml.close(1);
            }
        });
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
