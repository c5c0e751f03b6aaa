package org.broadsheet.render;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jsoup.nodes.Entities;

/**
 * RSS 2.0 (the RSS Advisory Board's specification), with the whole article in {@code content:encoded} and the
 * author in {@code dc:creator} (RSS's own {@code author} wants an e-mail address), written with the JDK's XML stream
 * writer as Atom is.
 */
final class RssEncoder implements FeedEncoder {

    private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";

    @Override
    public byte[] encode(Feed feed) {
        return XmlLines.document(4096 + feed.items().size() * 2048, "the RSS feed " + feed.id(), xml -> {
            xml.out().writeStartElement("rss");
            xml.out().writeAttribute("version", "2.0");
            xml.out().writeNamespace("atom", AtomEncoder.NS);
            xml.out().writeNamespace("content", CONTENT_NS);
            xml.out().writeNamespace("dc", DC_NS);
            xml.open(1, "channel");
            xml.element(2, "title", feed.title());
            xml.element(2, "link", feed.homeUrl());
            // required, and HTML to readers, as every description in RSS is
            xml.element(2, "description", html(feed.subtitle().isEmpty() ? feed.title() : feed.subtitle()));
            if (!feed.language().isEmpty()) {
                xml.element(2, "language", feed.language().toLowerCase(Locale.ROOT));
            }
            xml.element(2, "generator", "Broadsheet");
            xml.element(2, "lastBuildDate", time(feed.updated()));
            xml.indent(2);
            xml.out().writeEmptyElement("atom", "link", AtomEncoder.NS);
            xml.out().writeAttribute("href", XmlLines.xmlChars(feed.selfUrl()));
            xml.out().writeAttribute("rel", "self");
            xml.out().writeAttribute("type", OutputFormat.RSS.mediaType());
            for (Feed.Item item : feed.items()) {
                xml.open(2, "item");
                xml.element(3, "title", item.title());
                xml.element(3, "link", item.url());
                xml.indent(3);
                xml.out().writeStartElement("guid");
                xml.out().writeAttribute("isPermaLink", Boolean.toString(item.id().equals(item.url())));
                xml.out().writeCharacters(XmlLines.xmlChars(item.id()));
                xml.out().writeEndElement();
                xml.element(3, "pubDate", time(item.published()));
                if (!item.author().isEmpty()) {
                    xml.element(3, "dc", DC_NS, "creator", item.author());
                }
                for (String tag : item.tags()) {
                    xml.element(3, "category", tag);
                }
                if (!item.summary().isEmpty()) {
                    xml.element(3, "description", html(item.summary()));
                }
                if (!item.contentHtml().isEmpty()) {
                    xml.element(3, "content", CONTENT_NS, "encoded", item.contentHtml());
                }
                xml.close(2);
            }
            xml.close(1);
        });
    }

    /** Plain text as the HTML an RSS description is read as: "a < b" would otherwise open a tag. */
    private static String html(String plain) {
        return Entities.escape(plain);
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC)); // RSS's RFC 822, in English
    }
}
