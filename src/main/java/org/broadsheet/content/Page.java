package org.broadsheet.content;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A page that is not an article, from {@code content/pages/<name>.md}: an About, a Contact, a Colophon. It has no
 * date, tags or source, and stands outside the timeline, the feeds and the editions, as Pelican's pages and Hugo's
 * and Jekyll's plain pages do.
 *
 * @param slug the URL name: the page is published at {@code <slug>/}
 * @param description for search engines and shared links; empty for the site's description
 * @param menu its place in the site's navigation (smaller first), or empty to leave it out
 * @param aliases the site paths of its old addresses (see {@link Aliases}), which redirect to it
 * @param params the other front-matter keys, for templates
 * @param body Markdown
 */
public record Page(Path file, String slug, String title, String description, OptionalInt menu, boolean draft,
        List<String> aliases, Map<String, Object> params, String body) {

    public Page {
        aliases = List.copyOf(aliases);
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        body = Article.normaliseBody(body);
    }
}
