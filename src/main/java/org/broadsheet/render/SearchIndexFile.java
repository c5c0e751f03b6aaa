package org.broadsheet.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.broadsheet.config.PermalinkPattern;
import org.broadsheet.content.Markdown;
import org.broadsheet.site.Entry;
import org.broadsheet.site.Permalinks;
import org.broadsheet.site.Publication;
import org.broadsheet.site.Site;
import org.broadsheet.site.SiteBuilder;
import org.broadsheet.site.Tag;

/**
 * The search index the theme's {@code search.js} reads: a script that assigns the index to
 * {@code window.broadsheetSearch}, so that it loads from {@code file://} where browsers refuse to fetch JSON.
 * Compact by design (10,000 articles stay well under 1.5 MB): tag and publication names stored once and referred to
 * by number, the most used first so their numbers are short; the day as days since 1970-01-01, which also gives the
 * page's folder; the slug only when the script cannot derive it from the title with {@link #simpleSlug}; summaries
 * cut short.
 *
 * <pre>{"v":2,"tags":[names],"pubs":[names],"a":[[day, title, pub or -1, [tag…], summary(, slug)], …]}</pre>
 */
final class SearchIndexFile implements SiteFile {

    static final int SUMMARY_CHARS = 100;

    @Override
    public String path() {
        return Permalinks.SEARCH_INDEX;
    }

    @Override
    public Object inputs(Site site, List<PageRef> pages) {
        // what the rows are made from, without making them (the fingerprint of the entries' own fields)
        List<Object> inputs = new ArrayList<>(site.entries().size() + 2);
        inputs.add(site.tags().stream().map(t -> t.name() + "\u0000" + t.count()).toList());
        inputs.add(site.publications().stream().map(p -> p.name() + "\u0000" + p.count()).toList());
        for (Entry e : site.entries()) {
            inputs.add(List.of(e.day(), e.article().title(), e.article().source(), e.article().tags(), e.summary(), e.slug()));
        }
        return inputs;
    }

    @Override
    public List<RenderedFile> render(Site site, List<PageRef> pages) {
        String js = "window.broadsheetSearch=" + Json.write(index(site)) + ";\n";
        return List.of(new RenderedFile(Permalinks.SEARCH_INDEX, js.getBytes(StandardCharsets.UTF_8)));
    }

    /** The index as data: what the file holds, before it is written as JSON. */
    private static Map<String, Object> index(Site site) {
        Map<String, Integer> tagIds = new HashMap<>();
        List<String> tagNames = new ArrayList<>();
        for (Tag t : byCount(site.tags(), Tag::count)) {
            tagIds.put(t.slug(), tagNames.size());
            tagNames.add(t.name());
        }
        Map<String, Integer> pubIds = new HashMap<>();
        List<String> pubNames = new ArrayList<>();
        for (Publication p : byCount(site.publications(), Publication::count)) {
            pubIds.put(p.slug(), pubNames.size());
            pubNames.add(p.name());
        }
        List<Object> articles = new ArrayList<>(site.entries().size());
        for (Entry e : site.entries()) {
            var a = e.article();
            int pub = a.source().isEmpty() ? -1 : pubIds.get(SiteBuilder.tagSlug(a.source()));
            int[] tags = a.tags().stream().map(SiteBuilder::tagSlug).distinct().mapToInt(tagIds::get).toArray();
            List<Object> row = new ArrayList<>(List.of(e.day().toEpochDay(), a.title(), pub, tags,
                    Markdown.shorten(e.summary(), SUMMARY_CHARS)));
            if (!e.slug().equals(simpleSlug(a.title()))) {
                row.add(e.slug());
            }
            articles.add(row);
        }
        Map<String, Object> index = new java.util.LinkedHashMap<>();
        index.put("v", 2);
        index.put("tags", tagNames);
        index.put("pubs", pubNames);
        index.put("a", articles);
        if (!site.config().permalink().equals(PermalinkPattern.DEFAULT)) {
            index.put("permalink", site.config().permalink().text());
        }
        return index;
    }

    /** Most used first; equal counts keep their (alphabetical) order. */
    private static <T> List<T> byCount(List<T> items, ToIntFunction<T> count) {
        return items.stream().sorted(Comparator.comparingInt(count).reversed()).toList();
    }

    /**
     * The slug the theme's {@code search.js} derives from a title, in the same steps ({@code slugOf} there). Most
     * articles' slugs equal it (import and {@code new} name files after their titles), so the index need not store
     * them; where the real slug differs (accents, clashes, an author's own slug or file name, a corrected headline)
     * the index stores it.
     */
    static String simpleSlug(String title) {
        String lower = title.toLowerCase(Locale.ROOT); // the whole string, as JavaScript's toLowerCase does
        StringBuilder slug = new StringBuilder(lower.length());
        boolean dash = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '\'' || c == '\u2019') {
                continue;
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return slug.toString();
    }
}
