package org.broadsheet.ingest.feed;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jdom2.Element;

import com.rometools.rome.feed.synd.SyndEntry;

/**
 * The Media RSS description of a feed item ({@code media:description}), where YouTube's channel feeds, and many video,
 * photo and podcast feeds, put an item's only text. It is read from the markup Rome leaves aside for extensions it
 * does not know: Rome's own Media RSS support lives in its separate modules artifact, which would bring some thirty
 * other extensions' parsers into every feed's parse for this one element.
 */
public final class MediaRss {

    /** The namespace as the specification gives it, and as some feeds write it without the final slash. */
    private static final Set<String> NAMESPACES = Set.of("http://search.yahoo.com/mrss/", "http://search.yahoo.com/mrss");

    /**
     * An item's description.
     *
     * @param text the element's text, its line breaks kept
     * @param html the feed says the text is HTML ({@code type="html"}); otherwise it is plain text
     */
    public record Description(String text, boolean html) {
    }

    private MediaRss() {
    }

    /**
     * The item's {@code media:description}, if it has one with text: the item's own first, then one inside its
     * {@code media:group} (where YouTube puts it) or a {@code media:content}, which the specification also allows.
     */
    public static Optional<Description> description(SyndEntry entry) {
        List<Element> markup = entry.getForeignMarkup();
        return firstDescription(markup).or(() -> markup.stream().filter(e -> isMedia(e, "group") || isMedia(e, "content"))
                .flatMap(e -> firstDescription(e.getChildren()).stream()).findFirst());
    }

    private static Optional<Description> firstDescription(List<Element> elements) {
        return elements.stream().filter(e -> isMedia(e, "description") && !e.getText().isBlank()).findFirst()
                .map(e -> new Description(e.getText(), "html".equalsIgnoreCase(e.getAttributeValue("type", "").strip())));
    }

    private static boolean isMedia(Element e, String name) {
        return e.getName().equals(name) && NAMESPACES.contains(e.getNamespaceURI());
    }
}
