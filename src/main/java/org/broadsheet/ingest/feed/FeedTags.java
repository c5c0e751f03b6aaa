package org.broadsheet.ingest.feed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jdom2.Element;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCSubject;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;

/**
 * The topics of a feed item, which become its tags: its categories (by their Atom label when they have one) and its
 * Dublin Core subjects. Categories that are URLs or kind markers, such as YouTube's
 * {@code term="http://gdata.youtube.com/schemas/2007#video"}, say what the entry is, not what it is about: left out.
 */
public final class FeedTags {

    private static final Pattern URL = Pattern.compile("(?:[a-z][a-z0-9+.-]*://|urn:)\\S*", Pattern.CASE_INSENSITIVE);

    private FeedTags() {
    }

    /** The topics of {@code entry} in the feed's order, each once; {@code item}, its XML (or null), gives labels. */
    public static List<String> of(SyndEntry entry, Element item) {
        Map<String, String> labels = labels(item);
        List<String> tags = new ArrayList<>();
        for (SyndCategory category : entry.getCategories()) {
            String scheme = category.getTaxonomyUri();
            if (category.getName() != null && (scheme == null || !scheme.endsWith("#kind"))) {
                String label = labels.getOrDefault(category.getName().strip(), "");
                tags.add(label.isEmpty() || isUrl(label) ? category.getName() : label);
            }
        }
        // Rome keeps dc:subject (RSS 1.0's only way to name a topic) apart from the categories
        if (entry.getModule(DCModule.URI) instanceof DCModule dc) {
            for (DCSubject subject : dc.getSubjects()) {
                tags.add(subject.getValue());
            }
        }
        return tags.stream().filter(t -> t != null && !t.isBlank() && !isUrl(t)).map(String::strip).distinct().toList();
    }

    /** Atom categories' labels by term: Rome's categories have only the term. */
    private static Map<String, String> labels(Element item) {
        Map<String, String> labels = new HashMap<>();
        if (item != null) {
            for (Element child : item.getChildren("category", item.getNamespace())) {
                String term = child.getAttributeValue("term");
                String label = child.getAttributeValue("label");
                if (term != null && label != null && !label.isBlank()) {
                    labels.putIfAbsent(term.strip(), label.strip());
                }
            }
        }
        return labels;
    }

    private static boolean isUrl(String text) {
        return URL.matcher(text.strip()).matches();
    }
}
