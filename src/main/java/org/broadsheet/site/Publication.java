package org.broadsheet.site;

import java.util.List;

/**
 * A publication articles come from (the {@code source:} of front matter): its name, URL slug and articles, newest
 * first. Spellings that differ only in case or accents share one slug and one page.
 */
public record Publication(String name, String slug, List<Entry> entries) {

    public Publication {
        entries = List.copyOf(entries);
    }

    public int count() {
        return entries.size();
    }
}
