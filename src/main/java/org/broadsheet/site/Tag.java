package org.broadsheet.site;

import java.util.List;

/**
 * A tag: the name shown to readers, its URL slug, and its articles, newest first. Tags that differ only in case
 * or accents share one slug and one page.
 */
public record Tag(String name, String slug, List<Entry> entries) {

    public Tag {
        entries = List.copyOf(entries);
    }

    public int count() {
        return entries.size();
    }
}
