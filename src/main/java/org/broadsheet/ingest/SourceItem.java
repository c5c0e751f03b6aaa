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
 * @param sourceSha a SHA-256 of what a feed item was read from (its XML and what of the feed it uses), which tells a
 *        changed item from a changed conversion of it; empty for one-article sources (their file's SHA-256 says it)
 *        and when not known
 */
public record SourceItem(String id, String label, Article article, List<Problem> problems, String sourceSha) {

    public SourceItem {
        problems = List.copyOf(problems);
        sourceSha = sourceSha == null ? "" : sourceSha;
        if ((article == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("an item has an article or problems, not both");
        }
    }

    public SourceItem(String id, String label, Article article, List<Problem> problems) {
        this(id, label, article, problems, "");
    }

    public static SourceItem of(Article article) {
        return new SourceItem("", "", article, List.of());
    }

    /** The same item with {@code a} as its article. */
    public SourceItem withArticle(Article a) {
        return new SourceItem(id, label, a, problems, sourceSha);
    }

    public boolean failed() {
        return article == null;
    }
}
