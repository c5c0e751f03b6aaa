package org.broadsheet.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * Compact by design: tag and publication names stored once and referred to by number, a day as one number that
 * also gives the page's folder, summaries cut short.
 *
 * <pre>{"v":1,"tags":[names],"pubs":[names],"a":[[yyyymmdd, slug, title, pub or -1, [tag…], summary], …]}</pre>
 */
final class SearchIndexFile implements SiteFile {

    static final int SUMMARY_CHARS = 110;

    @Override
    public List<RenderedFile> render(Site site, List<PageRef> pages) {
        Map<String, Integer> tagIds = new HashMap<>();
        List<String> tagNames = new ArrayList<>();
        for (Tag t : site.tags()) {
            tagIds.put(t.slug(), tagNames.size());
            tagNames.add(t.name());
        }
        Map<String, Integer> pubIds = new HashMap<>();
        List<String> pubNames = new ArrayList<>();
        for (Publication p : site.publications()) {
            pubIds.put(p.slug(), pubNames.size());
            pubNames.add(p.name());
        }
        List<Object> articles = new ArrayList<>(site.entries().size());
        for (Entry e : site.entries()) {
            var a = e.article();
            int day = e.day().getYear() * 10_000 + e.day().getMonthValue() * 100 + e.day().getDayOfMonth();
            int pub = a.source().isEmpty() ? -1 : pubIds.get(SiteBuilder.tagSlug(a.source()));
            int[] tags = a.tags().stream().map(SiteBuilder::tagSlug).distinct().mapToInt(tagIds::get).toArray();
            articles.add(List.of(day, e.slug(), a.title(), pub, tags, Markdown.shorten(e.summary(), SUMMARY_CHARS)));
        }
        Map<String, Object> index = new java.util.LinkedHashMap<>();
        index.put("v", 1);
        index.put("tags", tagNames);
        index.put("pubs", pubNames);
        index.put("a", articles);
        String js = "window.broadsheetSearch=" + Json.write(index) + ";\n";
        return List.of(new RenderedFile(Permalinks.SEARCH_INDEX, js.getBytes(StandardCharsets.UTF_8)));
    }
}
