package org.broadsheet.ingest.feed;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;

import com.rometools.rome.io.impl.XmlFixerReader;

/**
 * Turns feed bytes into an XML tree safely. Text is decoded by byte-order mark, then the XML declaration, then as
 * UTF-8 or windows-1252. DTDs are never loaded and entities never expanded: a DOCTYPE that only names an external DTD
 * (old RSS 0.91) is dropped; one that declares entities of its own (the stuff of XXE, "billion laughs" and quadratic
 * blow-up attacks) is refused. A document that is not well-formed can be re-read leniently.
 */
public final class FeedXml {

    /** Why a feed was refused or could not be parsed, in words for the user. */
    public static final class Unreadable extends Exception {
        private final int line;

        Unreadable(String message, int line) {
            super(message);
            this.line = line;
        }

        /** The line of the problem, 0 when unknown. */
        public int line() {
            return line;
        }
    }

    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROOT_START = Pattern.compile("<[A-Za-z_]");
    private static final Pattern ENTITY_DECLARATION = Pattern.compile("<!ENTITY", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private FeedXml() {
    }

    /** Decodes feed bytes: a BOM wins, then the declared encoding, then UTF-8 if valid, else windows-1252. */
    public static String decode(byte[] bytes) {
        Matcher declared = DECLARED.matcher(new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1));
        return org.broadsheet.ingest.TextDecoding.decode(bytes, declared.find() ? declared.group(1) : null);
    }

    /**
     * The text without a harmless DOCTYPE.
     *
     * @throws Unreadable when the DOCTYPE declares entities
     */
    public static String withoutDoctype(String text) throws Unreadable {
        Matcher m = DOCTYPE.matcher(text);
        Matcher root = ROOT_START.matcher(text);
        // a DOCTYPE belongs to the prolog; one inside an item's HTML content is that content's business
        if (!m.find() || (root.find() && root.start() < m.start())) {
            return text;
        }
        int end = doctypeEnd(text, m.start());
        String doctype = text.substring(m.start(), end);
        if (doctype.contains("[") || ENTITY_DECLARATION.matcher(doctype).find()) {
            throw new Unreadable("the feed declares entities of its own in a DOCTYPE, which is refused: such declarations can read"
                    + " local files or expand into gigabytes (XXE, 'billion laughs'); no real feed needs them", lineOf(text, m.start()));
        }
        return text.substring(0, m.start()) + text.substring(end);
    }

    private static int doctypeEnd(String text, int start) {
        int depth = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** Parses well-formed XML with DTDs off. */
    public static Document parseStrict(String text) throws Unreadable {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        builder.setExpandEntities(false);
        builder.setEntityResolver((publicId, systemId) -> new org.xml.sax.InputSource(new StringReader("")));
        try {
            // Rome's healer turns HTML entities (&nbsp;) into character references and drops junk before the root
            return builder.build(new XmlFixerReader(new StringReader(text)));
        } catch (JDOMException e) {
            String message = e.getMessage() == null ? "not well-formed" : e.getMessage();
            Matcher line = LINE.matcher(message);
            throw new Unreadable(shorten(message), line.find() ? Integer.parseInt(line.group(1)) : 0);
        } catch (IOException e) {
            throw new Unreadable(e.getMessage(), 0);
        } catch (IllegalArgumentException e) {
            // JDOM's IllegalNameException, IllegalDataException, IllegalTargetException: XML it cannot represent
            throw new Unreadable(shorten(e.getMessage() == null ? "XML that cannot be represented" : e.getMessage()), 0);
        }
    }

    /**
     * Re-reads XML that is not well-formed the way browsers read HTML (unclosed tags closed, stray ampersands
     * kept as text, misplaced declarations dropped), then parses the repaired text strictly.
     */
    public static Document parseLenient(String text) throws Unreadable {
        org.jsoup.nodes.Document soup = org.jsoup.Jsoup.parse(text, "", Parser.xmlParser());
        soup.childNodes().stream().filter(n -> n instanceof DocumentType || n instanceof XmlDeclaration).toList()
                .forEach(org.jsoup.nodes.Node::remove);
        Element root = soup.children().first();
        if (root == null) {
            throw new Unreadable("the file holds no XML element at all", 0);
        }
        declareUnboundPrefixes(root);
        soup.outputSettings().syntax(org.jsoup.nodes.Document.OutputSettings.Syntax.xml)
                .escapeMode(org.jsoup.nodes.Entities.EscapeMode.xhtml).prettyPrint(false).charset(StandardCharsets.UTF_8);
        return parseStrict(root.outerHtml());
    }

    /** Feeds use prefixes such as {@code itunes:} without declaring them; give each a placeholder namespace. */
    private static void declareUnboundPrefixes(Element root) {
        Set<String> declared = new HashSet<>(Set.of("xml", "xmlns"));
        Set<String> used = new HashSet<>();
        for (Element e : root.getAllElements()) {
            prefix(e.tagName()).ifPresent(used::add);
            for (Attribute a : e.attributes()) {
                if (a.getKey().startsWith("xmlns:")) {
                    declared.add(a.getKey().substring(6));
                } else {
                    prefix(a.getKey()).ifPresent(used::add);
                }
            }
        }
        used.removeAll(declared);
        for (String p : used) {
            root.attr("xmlns:" + p, "urn:x-undeclared:" + p);
        }
    }

    private static java.util.Optional<String> prefix(String name) {
        int colon = name.indexOf(':');
        return colon > 0 ? java.util.Optional.of(name.substring(0, colon)) : java.util.Optional.empty();
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String shorten(String message) {
        String m = message.replaceAll("\\s+", " ").strip();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }
}
