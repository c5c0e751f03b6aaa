package org.broadsheet.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One article: its front matter and Markdown body. The same record comes out of import and out of a hand-written
 * file. Absent text fields are empty strings; {@code origin} is null for articles not written by import.
 *
 * @param note the editor's comment on the article (Markdown: why it matters), or empty
 * @param featured the editor marked it to lead the home page and its edition
 * @param priority orders articles an editor ranks: higher first (0 when not given)
 * @param slug the URL name the author chose, or empty to derive it from the title
 * @param aliases the site paths of the article's old addresses (see {@link Aliases}), which redirect to it
 * @param params front-matter keys Broadsheet does not know, passed through to templates in their order
 * @param body Markdown, without leading blank lines or trailing whitespace
 */
public record Article(
        String title,
        ArticleDate date,
        String source,
        String url,
        String author,
        List<String> tags,
        String summary,
        String note,
        boolean featured,
        int priority,
        boolean draft,
        String slug,
        List<String> aliases,
        Origin origin,
        Map<String, Object> params,
        String body) {

    public Article {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("an article needs a title");
        }
        if (date == null) {
            throw new IllegalArgumentException("an article needs a date");
        }
        title = title.strip();
        source = orEmpty(source);
        url = orEmpty(url);
        author = orEmpty(author);
        summary = orEmpty(summary);
        note = normaliseBody(note);
        slug = orEmpty(slug);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        tags = distinctTags(tags);
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params == null ? Map.of() : params));
        body = normaliseBody(body);
    }

    /** Starts an article with just the required fields; the other fields come from the {@code with…} methods. */
    public static Article of(String title, ArticleDate date, String body) {
        return new Article(title, date, "", "", "", List.of(), "", "", false, 0, false, "", List.of(), null,
                Map.of(), body);
    }

    public Article withDate(ArticleDate d) {
        return new Article(title, d, source, url, author, tags, summary, note, featured, priority, draft, slug,
                aliases, origin, params, body);
    }

    public Article withSource(String s) {
        return new Article(title, date, s, url, author, tags, summary, note, featured, priority, draft, slug,
                aliases, origin, params, body);
    }

    public Article withUrl(String u) {
        return new Article(title, date, source, u, author, tags, summary, note, featured, priority, draft,
                slug, aliases, origin, params, body);
    }

    public Article withAuthor(String a) {
        return new Article(title, date, source, url, a, tags, summary, note, featured, priority, draft, slug,
                aliases, origin, params, body);
    }

    public Article withTags(List<String> t) {
        return new Article(title, date, source, url, author, t, summary, note, featured, priority, draft, slug,
                aliases, origin, params, body);
    }

    public Article withSummary(String s) {
        return new Article(title, date, source, url, author, tags, s, note, featured, priority, draft, slug,
                aliases, origin, params, body);
    }

    public Article withNote(String n) {
        return new Article(title, date, source, url, author, tags, summary, n, featured, priority, draft, slug,
                aliases, origin, params, body);
    }

    public Article withFeatured(boolean f) {
        return new Article(title, date, source, url, author, tags, summary, note, f, priority, draft, slug,
                aliases, origin, params, body);
    }

    public Article withPriority(int p) {
        return new Article(title, date, source, url, author, tags, summary, note, featured, p, draft, slug,
                aliases, origin, params, body);
    }

    public Article withOrigin(Origin o) {
        return new Article(title, date, source, url, author, tags, summary, note, featured, priority, draft,
                slug, aliases, o, params, body);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    /** Tags in their first-written form, blank ones and case-insensitive repeats dropped. */
    private static List<String> distinctTags(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> kept = new ArrayList<>();
        for (String tag : tags) {
            String t = tag == null ? "" : tag.strip().replaceAll("\\s+", " ");
            if (!t.isEmpty() && seen.add(t.toLowerCase(Locale.ROOT))) {
                kept.add(t);
            }
        }
        return List.copyOf(kept);
    }

    static String normaliseBody(String body) {
        if (body == null) {
            return "";
        }
        String b = body.replace("\r\n", "\n").replace('\r', '\n');
        int start = 0;
        // drop whole blank lines at the start, but keep the indentation of the first real line (code blocks)
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c == '\n') {
                start = i + 1;
            } else if (c != ' ' && c != '\t') {
                break;
            }
        }
        return b.substring(Math.min(start, b.length())).stripTrailing();
    }
}
