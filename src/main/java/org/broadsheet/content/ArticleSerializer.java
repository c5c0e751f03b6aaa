package org.broadsheet.content;

import java.util.LinkedHashMap;
import java.util.Map;

import org.broadsheet.yaml.YamlDocuments;

/** Writes an article as a Markdown file with YAML front matter, the inverse of {@link ArticleParser}. */
public final class ArticleSerializer {

    private ArticleSerializer() {
    }

    public static String toMarkdown(Article article) {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("title", article.title());
        fm.put("date", article.date().toText());
        putIfPresent(fm, "source", article.source());
        putIfPresent(fm, "url", article.url());
        putIfPresent(fm, "author", article.author());
        if (!article.tags().isEmpty()) {
            fm.put("tags", article.tags());
        }
        putIfPresent(fm, "summary", article.summary());
        putIfPresent(fm, "note", article.note());
        if (article.featured()) {
            fm.put("featured", true);
        }
        if (article.priority() != 0) {
            fm.put("priority", article.priority());
        }
        if (article.draft()) {
            fm.put("draft", true);
        }
        putIfPresent(fm, "slug", article.slug());
        if (!article.aliases().isEmpty()) {
            fm.put("aliases", article.aliases().stream().map(Aliases::written).toList());
        }
        article.params().forEach(fm::putIfAbsent);
        if (article.origin() != null) {
            Map<String, Object> origin = new LinkedHashMap<>();
            origin.put("file", article.origin().file());
            if (!article.origin().item().isEmpty()) {
                origin.put("item", article.origin().item());
            }
            origin.put("sha256", article.origin().sha256());
            fm.put("origin", origin);
        }
        StringBuilder out = new StringBuilder("---\n").append(YamlDocuments.dump(fm)).append("---\n");
        if (!article.body().isEmpty()) {
            out.append('\n').append(article.body()).append('\n');
        }
        return out.toString();
    }

    private static void putIfPresent(Map<String, Object> fm, String key, String value) {
        if (!value.isEmpty()) {
            fm.put(key, value);
        }
    }
}
