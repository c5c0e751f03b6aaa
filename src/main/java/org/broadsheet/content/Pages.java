package org.broadsheet.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.broadsheet.fs.TextFiles;
import org.broadsheet.yaml.YamlDocuments;
import org.broadsheet.yaml.YamlMap;

/**
 * Reads the pages that are not articles, in {@code content/pages/}: Markdown with a front matter of at least
 * {@code title:}. {@link ContentLoader} leaves the folder alone.
 */
public final class Pages {

    /** The folder under content/ that holds pages, never articles. */
    public static final String FOLDER = "pages";
    /** The front-matter keys a page gives a meaning; others pass through to templates as params. */
    static final Set<String> KNOWN_KEYS = Set.of("title", "slug", "description", "menu", "draft", "aliases",
            "redirect_from", "published");
    /** Keys only articles have: a file with one in content/pages/ is taken for an article put there. */
    private static final List<String> ARTICLE_KEYS = List.of("date", "origin", "source", "tags", "url");
    /** The range of {@code menu:}, the page's place in the navigation. */
    static final int MENU_LIMIT = 1000;

    private Pages() {
    }

    /**
     * Every page in {@code contentDir/pages}, sorted by file name; none when the folder does not exist.
     *
     * @throws InputException with the problems of every page that could not be read, and of two pages that would be
     *     published at one address
     */
    public static List<Page> load(Path contentDir) {
        List<Page> read = FlatFolder.read(contentDir.resolve(FOLDER), "a page sits directly in content/pages/ (its "
                + "address comes from its file name or 'slug:', never from a folder); move it there",
                file -> read(file, TextFiles.readUtf8(file)));
        List<Problem> problems = new ArrayList<>();
        Map<String, Page> bySlug = new HashMap<>();
        for (Page page : read) {
            Page other = bySlug.putIfAbsent(page.slug().toLowerCase(Locale.ROOT), page);
            if (other != null) {
                problems.add(new Problem(SourcePosition.of(page.file()), "the page " + other.file().getFileName() + " has "
                        + "the URL name '" + page.slug() + "' too, so both would be published at " + page.slug() + "/; set "
                        + "another 'slug:' in one of them"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return read;
    }

    /** The text of a new page file, shown in the navigation, for the editor to write. */
    public static String newPage(String title, boolean draft) {
        return newPage(title, draft, "Write the page here.");
    }

    /** The text of a new page file, shown in the navigation, with {@code body} (Markdown). */
    public static String newPage(String title, boolean draft, String body) {
        Map<String, Object> frontMatter = new LinkedHashMap<>();
        frontMatter.put("title", title);
        frontMatter.put("menu", 1);
        if (draft) {
            frontMatter.put("draft", true);
        }
        return "---\n" + YamlDocuments.dump(frontMatter) + "---\n\n" + body.strip() + "\n";
    }

    /**
     * Parses the text of one page file.
     *
     * @throws InputException listing every problem in the file
     */
    static Page read(Path file, String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!t.startsWith("---")) {
            throw new InputException(new Problem(SourcePosition.of(file, 1), "a page starts with front matter giving its "
                    + "title; add three lines at the top: ---, title: About this digest, ---"));
        }
        FrontMatter fm = FrontMatter.split(t, file);
        List<Problem> problems = new ArrayList<>();
        YamlMap yaml = fm.mapping(file, problems);
        for (String key : ARTICLE_KEYS) {
            if (yaml.containsKey(key)) { // an article kept here before pages were read from this folder: never hide it
                problems.add(new Problem(yaml.keyPosition(key), "'" + key + ":' is an article's, and content/pages/ holds "
                        + "pages that are not articles; if this is an article, move it to a folder such as content/"
                        + "2024/05/, else remove '" + key + ":'"));
                break;
            }
        }
        String title = FrontMatter.requiredTitle(yaml, file, problems, "write the page's title after 'title:'",
                "every page needs a title");
        String slug = yaml.string("slug").orElse("");
        if (!slug.isEmpty() && !Slugs.isUsableAsGiven(slug)) {
            yaml.report("slug", "slug '" + slug + "' cannot be a URL name; use letters, digits and dashes, e.g. slug: about");
        }
        if (slug.isEmpty()) {
            String name = file.getFileName().toString();
            slug = Slugs.slugify(name.substring(0, name.lastIndexOf('.')), "page");
        }
        OptionalInt menu = OptionalInt.empty();
        if (yaml.plain("menu") instanceof Boolean shown) { // menu: true: first place, ties in title order
            menu = shown ? OptionalInt.of(0) : OptionalInt.empty();
        } else if (yaml.has("menu")) {
            menu = yaml.integer("menu", -MENU_LIMIT, MENU_LIMIT).map(OptionalInt::of).orElse(OptionalInt.empty());
        }
        String description = yaml.string("description").orElse("");
        boolean draft = yaml.bool("draft").orElse(false) || !yaml.bool("published").orElse(true); // Jekyll's word
        List<String> aliases = Aliases.read(yaml);
        Map<String, Object> params = new LinkedHashMap<>();
        for (String key : yaml.keys()) {
            if (!KNOWN_KEYS.contains(key)) {
                params.put(key, yaml.plain(key));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Page(file, slug, title.strip(), description.strip(), menu, draft, aliases, params, fm.body());
    }
}
