package org.broadsheet.ingest.feed;

import java.util.ArrayList;
import java.util.List;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCSubject;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;

/** The topics of a feed item, which become its tags: its categories and its Dublin Core subjects. */
public final class FeedTags {

    private FeedTags() {
    }

    /** The item's topics in the feed's order, each once. */
    public static List<String> of(SyndEntry entry) {
        List<String> tags = new ArrayList<>();
        for (SyndCategory category : entry.getCategories()) {
            tags.add(category.getName());
        }
        // Rome keeps dc:subject (RSS 1.0's only way to name a topic) apart from the categories
        if (entry.getModule(DCModule.URI) instanceof DCModule dc) {
            for (DCSubject subject : dc.getSubjects()) {
                tags.add(subject.getValue());
            }
        }
        return tags.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).distinct().toList();
    }
}
