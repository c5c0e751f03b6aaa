package org.broadsheet.ingest;

import java.util.List;

import org.broadsheet.content.Article;
import org.broadsheet.error.Problem;

/**
 * One article of a source, or why it could not be read: a text dump or page has one, a feed one per item.
 *
 * @param id the item's identity inside its source (a feed item's guid or link), empty for one-article sources
 * @param label how reports name the item when the id is not telling, e.g. its title
 * @param article the article, or null when the item failed
 * @param problems why the item failed; empty when it was read
 */
public record SourceItem(String id, String label, Article article, List<Problem> problems) {

    public SourceItem {
        problems = List.copyOf(problems);
        if ((article == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("an item has an article or problems, not both");
        }
    }

    public static SourceItem of(Article article) {
        return new SourceItem("", "", article, List.of());
    }

    public boolean failed() {
        return article == null;
    }
}
