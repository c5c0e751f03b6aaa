package org.broadsheet.render;

import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.broadsheet.site.Permalinks;
import org.broadsheet.site.Site;

/**
 * {@code sitemap.xml} (sitemaps.org), every listed page with its {@code lastmod}: an article's date, a listing's newest
 * article (none for a page that is not an article). The protocol needs absolute URLs, so without a base URL there is
 * no sitemap.
 */
final class SitemapFile implements SiteFile {

    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @Override
    public String path() {
        return Permalinks.SITEMAP;
    }

    @Override
    public List<RenderedFile> render(Site site, List<PageRef> pages) {
        String base = site.config().baseUrl();
        if (base.isEmpty()) {
            return List.of();
        }
        StringWriter text = new StringWriter(pages.size() * 120);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NS);
            for (PageRef page : pages) {
                if (!page.listed()) {
                    continue;
                }
                xml.writeCharacters("\n  ");
                xml.writeStartElement("url");
                element(xml, "loc", Permalinks.absolute(base, page.path()));
                if (page.updated() != null) { // lastmod is optional: a page that is not an article has no date
                    element(xml, "lastmod", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(page.updated().atOffset(ZoneOffset.UTC)));
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the sitemap", e);
        }
        return List.of(new RenderedFile(Permalinks.SITEMAP, (text + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
