package org.broadsheet.render;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A feed's XML stream writer with its indentation: two spaces a level, one element a line, and every value cleared
 * of the characters XML cannot carry. The feed encoders share it (links with a type and people are Atom's shapes).
 */
record XmlLines(XMLStreamWriter out) {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newInstance();

    /** What a feed writes between the XML declaration and the end of its root element, which it opens itself. */
    interface Root {
        void write(XmlLines xml) throws XMLStreamException;
    }

    /** A whole feed document, UTF-8, ending in a newline; {@code what} names it if the writer fails. */
    static byte[] document(int sizeHint, String what, Root root) {
        StringWriter text = new StringWriter(sizeHint);
        try {
            XmlLines xml = new XmlLines(FACTORY.createXMLStreamWriter(text));
            xml.out.writeStartDocument("UTF-8", "1.0");
            xml.out.writeCharacters("\n");
            root.write(xml);
            xml.out.writeCharacters("\n");
            xml.out.writeEndElement();
            xml.out.writeEndDocument();
            xml.out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write " + what, e);
        }
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The text without the characters XML 1.0 cannot carry even escaped (C0 controls but tab and line ends, lone
     * surrogates, U+FFFE/U+FFFF): the stream writer passes them through and every feed reader would reject the file.
     */
    static String xmlChars(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (kept != null) {
                    kept.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE);
            if (!allowed && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }

    void indent(int level) throws XMLStreamException {
        out.writeCharacters("\n" + "  ".repeat(level));
    }

    void element(int level, String name, String value) throws XMLStreamException {
        indent(level);
        out.writeStartElement(name);
        out.writeCharacters(xmlChars(value));
        out.writeEndElement();
    }

    /** An element of another namespace than the document's, e.g. {@code dc:creator}. */
    void element(int level, String prefix, String namespace, String name, String value) throws XMLStreamException {
        indent(level);
        out.writeStartElement(prefix, name, namespace);
        out.writeCharacters(xmlChars(value));
        out.writeEndElement();
    }

    void typed(int level, String name, String type, String value) throws XMLStreamException {
        indent(level);
        out.writeStartElement(name);
        out.writeAttribute("type", type);
        out.writeCharacters(xmlChars(value));
        out.writeEndElement();
    }

    void link(int level, String rel, String type, String href, String title) throws XMLStreamException {
        indent(level);
        out.writeEmptyElement("link");
        out.writeAttribute("rel", rel);
        out.writeAttribute("type", type);
        out.writeAttribute("href", xmlChars(href));
        if (title != null) {
            out.writeAttribute("title", xmlChars(title));
        }
    }

    void person(int level, String name) throws XMLStreamException {
        open(level, "author");
        element(level + 1, "name", name);
        close(level);
    }

    void open(int level, String name) throws XMLStreamException {
        indent(level);
        out.writeStartElement(name);
    }

    void close(int level) throws XMLStreamException {
        indent(level);
        out.writeEndElement();
    }
}
