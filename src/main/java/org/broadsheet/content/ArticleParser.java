package org.broadsheet.content;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.broadsheet.yaml.YamlMap;

/**
 * Reads an article file: front matter parsed with the YAML library, typed and checked, every problem in the file
 * reported with its line.
 */
public final class ArticleParser {

    /** The front-matter keys Broadsheet gives a meaning; others pass through to templates as params. */
    public static final Set<String> KNOWN_KEYS = Set.of(
            "title", "date", "source", "url", "author", "tags", "summary", "note", "featured", "priority", "draft", "slug",
            "aliases", "redirect_from", "published", "origin");

    /** The range of {@code priority:}; higher leads. */
    public static final int MIN_PRIORITY = -100;
    public static final int MAX_PRIORITY = 100;

    private ArticleParser() {
    }

    /**
     * Parses {@code text}, the content of {@code file}. Dates without a zone are in {@code zone}.
     *
     * @throws InputException listing every problem in the file
     */
    public static Article parse(Path file, String text, ZoneId zone) {
        FrontMatter fm = FrontMatter.split(text, file);
        List<Problem> problems = new ArrayList<>();
        YamlMap yaml = fm.mapping(file, problems);
        String title = FrontMatter.requiredTitle(yaml, file, problems, "write the article's headline after 'title:'",
                "every article needs a headline");
        ArticleDate date = null;
        LocalDate named = yaml.containsKey("date") ? null : FileNames.leadingDay(file);
        if (named != null) {
            date = ArticleDate.ofDay(named, zone); // a Jekyll post, 2014-12-20-title.md, dated by its name
        } else if (!yaml.has("date")) {
            problems.add(yaml.containsKey("date")
                    ? new Problem(yaml.keyPosition("date"), "the date is empty; write the publication date, e.g. date: 2014-12-20")
                    : new Problem(SourcePosition.of(file, 1), "missing 'date:'; add the publication date, e.g. date: 2014-12-20"));
        } else {
            Optional<String> dateText = yaml.text("date", "2014-12-20");
            if (dateText.isPresent()) {
                try {
                    date = ArticleDate.parse(dateText.get(), zone);
                } catch (DateTimeException e) {
                    yaml.report("date", e.getMessage());
                }
            }
        }
        String slug = yaml.string("slug").orElse("");
        if (!slug.isEmpty() && !Slugs.isUsableAsGiven(slug)) {
            String stem = slug.substring(0, Math.max(0, slug.lastIndexOf('.')));
            yaml.report("slug", Slugs.looksLikeASiteFile(slug) && Slugs.isUsableAsGiven(stem)
                    ? "slug '" + slug + "' looks like a file name the site writes; a slug names the article's folder,"
                            + " so leave out the ending, e.g. slug: " + stem
                    : "slug '" + slug + "' cannot be a URL name; use letters, digits and dashes, e.g. slug: my-story");
        }
        List<String> aliases = Aliases.read(yaml);
        Origin origin = yaml.map("origin").flatMap(o -> origin(o)).orElse(null);

        Map<String, Object> params = new LinkedHashMap<>();
        for (String key : yaml.keys()) {
            if (!KNOWN_KEYS.contains(key)) {
                params.put(key, yaml.plain(key));
            }
        }
        List<String> tags = yaml.stringList("tags").orElse(List.of());
        String source = yaml.string("source").orElse("");
        String url = yaml.string("url").orElse("");
        String author = yaml.string("author").orElse("");
        String summary = yaml.string("summary").orElse("");
        String note = yaml.string("note").orElse("");
        boolean featured = yaml.bool("featured").orElse(false);
        int priority = yaml.integer("priority", MIN_PRIORITY, MAX_PRIORITY).orElse(0);
        boolean draft = yaml.bool("draft").orElse(false) || !yaml.bool("published").orElse(true); // Jekyll's word

        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Article(title, date, source, url, author, tags, summary, note, featured, priority, draft, slug, aliases, origin,
                params, fm.body());
    }

    private static Optional<Origin> origin(YamlMap o) {
        Optional<String> file = o.string("file");
        Optional<String> sha = o.string("sha256");
        if (file.isEmpty() || sha.isEmpty() || !sha.get().matches("[0-9a-f]{64}")) {
            o.report(file.isEmpty() ? "file" : "sha256",
                    "'origin' is written by import and needs 'file' and a 64-digit 'sha256'; delete the whole 'origin' block if you no longer want import to track this article");
            return Optional.empty();
        }
        return Optional.of(new Origin(file.get(), o.string("item").orElse(""), sha.get()));
    }
}
