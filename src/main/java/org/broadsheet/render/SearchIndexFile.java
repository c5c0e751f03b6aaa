package org.broadsheet.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

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
    public List<RenderedFile> render(Site site, List<PageRef> pages) {
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
        String js = "window.broadsheetSearch=" + Json.write(index) + ";\n";
        return List.of(new RenderedFile(Permalinks.SEARCH_INDEX, js.getBytes(StandardCharsets.UTF_8)));
    }

    /** Most used first; equal counts keep their (alphabetical) order. */
    private static <T> List<T> byCount(List<T> items, ToIntFunction<T> count) {
        return items.stream().sorted(Comparator.comparingInt(count).reversed()).toList();
    }

    /**
     * The slug the theme's {@code search.js} derives from a title, in the same steps ({@code slugOf} there). Most
     * titles' slugs equal it, so the index need not store them; where the real slug differs (accents, clashes, an
     * author's own slug) the index stores it.
     */
    static String simpleSlug(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("['\u2019]", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
