package org.broadsheet.config;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.broadsheet.error.Diagnostics;
import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.broadsheet.fs.TextFiles;
import org.broadsheet.yaml.YamlDocuments;
import org.broadsheet.yaml.YamlMap;

/**
 * Reads {@code broadsheet.yaml}. Every key is optional; unknown keys are warnings; a value of the wrong type fails
 * with its file and line, all such problems reported together.
 */
public final class ConfigLoader {

    private static final Set<String> TOP_KEYS = Set.of(
            "title", "description", "base_url", "language", "timezone", "page_size", "paths", "import", "markdown",
            "feeds", "publish", "edition", "stories", "permalink");
    private static final Set<String> PATH_KEYS = Set.of("sources", "content", "templates", "static", "output");
    private static final Set<String> IMPORT_KEYS = Set.of("boilerplate", "default_date", "tag_aliases", "autotag");
    private static final Set<String> MARKDOWN_KEYS = Set.of("raw_html");
    private static final Set<String> FEED_KEYS = Set.of("entries", "content", "rss");
    private static final Set<String> PUBLISH_KEYS = Set.of("git", "branch", "cname");
    private static final Set<String> EDITION_KEYS = Set.of("period", "week_starts", "timezone", "group_by");
    private static final Set<String> STORY_KEYS = Set.of("similarity", "title_terms", "days");

    private ConfigLoader() {
    }

    /** Loads the config file at {@code file}; a missing file gives the defaults for its folder. */
    public static SiteConfig load(Path file, Diagnostics diagnostics) {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = absolute.getParent();
        if (!Files.exists(absolute)) {
            return SiteConfig.defaults(root);
        }
        return parse(TextFiles.readUtf8(absolute), absolute, diagnostics);
    }

    /** Parses config text that belongs to {@code file} (used for positions and to resolve relative paths). */
    public static SiteConfig parse(String text, Path file, Diagnostics diagnostics) {
        List<Problem> problems = new ArrayList<>();
        SiteConfig defaults = SiteConfig.defaults(file.toAbsolutePath().getParent());
        Optional<YamlMap> parsed = YamlDocuments.parseMapping(text.startsWith("\uFEFF") ? text.substring(1) : text,
                file, 1, problems);
        if (parsed.isEmpty()) {
            throw new InputException(problems);
        }
        YamlMap yaml = parsed.get();
        yaml.unknownKeys(TOP_KEYS, "the config").forEach(diagnostics::warn);

        String title = yaml.string("title").orElse(defaults.title());
        String description = yaml.string("description").orElse(defaults.description());
        String baseUrl = yaml.string("base_url").map(u -> baseUrl(u, yaml)).orElse(defaults.baseUrl());
        String language = yaml.string("language").map(l -> language(l, yaml)).orElse(defaults.language());
        ZoneId zone = yaml.string("timezone").map(z -> zone(z, yaml, "timezone")).orElse(defaults.timezone());
        int pageSize = yaml.integer("page_size", 1, 10_000).orElse(defaults.pageSize());
        PermalinkPattern permalink = yaml.string("permalink").map(p -> permalink(p, yaml)).orElse(defaults.permalink());

        SitePaths paths = defaults.paths();
        Optional<YamlMap> pathMap = yaml.map("paths");
        if (pathMap.isPresent()) {
            YamlMap p = pathMap.get();
            p.unknownKeys(PATH_KEYS, "'paths'").forEach(diagnostics::warn);
            Path root = paths.root();
            paths = new SitePaths(root,
                    p.string("sources").map(root::resolve).map(Path::normalize).orElse(paths.sources()),
                    p.string("content").map(root::resolve).map(Path::normalize).orElse(paths.content()),
                    p.string("templates").map(root::resolve).map(Path::normalize).orElse(paths.templates()),
                    p.string("static").map(root::resolve).map(Path::normalize).orElse(paths.staticFiles()),
                    p.string("output").map(root::resolve).map(Path::normalize).orElse(paths.output()),
                    p.has("content") ? p.positionOf("content") : SourcePosition.of(paths.content()));
        }

        ImportSettings imports = yaml.map("import").map(imp -> importSettings(imp, diagnostics)).orElse(ImportSettings.DEFAULTS);
        MarkdownSettings markdown = yaml.map("markdown").map(md -> markdownSettings(md, diagnostics)).orElse(MarkdownSettings.DEFAULTS);
        FeedSettings feeds = yaml.map("feeds").map(f -> feedSettings(f, diagnostics)).orElse(FeedSettings.DEFAULTS);
        PublishSettings publish = yaml.map("publish").map(p -> publishSettings(p, diagnostics)).orElse(PublishSettings.DEFAULTS);
        EditionSettings editions = editionSettings(yaml, zone, diagnostics);
        StorySettings stories = yaml.map("stories").map(s -> storySettings(s, diagnostics)).orElse(StorySettings.DEFAULTS);

        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new SiteConfig(title, description, baseUrl, language, pageSize, zone, paths, imports, markdown.publishedAt(baseUrl), feeds, publish,
                editions, stories, permalink);
    }

    /** {@code edition: weekly}, or a section with the period and the rest; the zone defaults to the site's. */
    private static EditionSettings editionSettings(YamlMap yaml, ZoneId siteZone, Diagnostics diagnostics) {
        EditionSettings defaults = EditionSettings.defaults(siteZone);
        if (!yaml.isMapping("edition")) {
            return yaml.oneOf("edition", EditionSettings.Period.class, EditionSettings.Period::configName)
                    .map(p -> new EditionSettings(p, defaults.firstDay(), siteZone, defaults.groupBy())).orElse(defaults);
        }
        YamlMap e = yaml.map("edition").orElseThrow();
        e.unknownKeys(EDITION_KEYS, "'edition'").forEach(diagnostics::warn);
        return new EditionSettings(
                e.oneOf("period", EditionSettings.Period.class, EditionSettings.Period::configName).orElse(defaults.period()),
                e.oneOf("week_starts", DayOfWeek.class, d -> d.name().toLowerCase(Locale.ROOT)).orElse(defaults.firstDay()),
                e.string("timezone").map(z -> zone(z, e, "edition timezone")).orElse(siteZone),
                e.oneOf("group_by", EditionSettings.GroupBy.class, EditionSettings.GroupBy::configName).orElse(defaults.groupBy()));
    }

    private static StorySettings storySettings(YamlMap stories, Diagnostics diagnostics) {
        stories.unknownKeys(STORY_KEYS, "'stories'").forEach(diagnostics::warn);
        StorySettings d = StorySettings.DEFAULTS;
        return new StorySettings(
                stories.number("similarity", 0.05, 1).orElse(d.similarity()),
                stories.integer("title_terms", 0, 10).orElse(d.titleTerms()),
                stories.integer("days", 0, 30).orElse(d.days()));
    }

    private static MarkdownSettings markdownSettings(YamlMap md, Diagnostics diagnostics) {
        md.unknownKeys(MARKDOWN_KEYS, "'markdown'").forEach(diagnostics::warn);
        return new MarkdownSettings(md.oneOf("raw_html", MarkdownSettings.RawHtml.class, MarkdownSettings.RawHtml::configName)
                .orElse(MarkdownSettings.DEFAULTS.rawHtml()), MarkdownSettings.DEFAULTS.rootPath());
    }

    private static FeedSettings feedSettings(YamlMap feeds, Diagnostics diagnostics) {
        feeds.unknownKeys(FEED_KEYS, "'feeds'").forEach(diagnostics::warn);
        int entries = feeds.integer("entries", 1, 10_000).orElse(FeedSettings.DEFAULTS.entries());
        boolean full = feeds.string("content").map(c -> {
            if (!c.equals("full") && !c.equals("summary")) {
                feeds.report("content", "'content' must be full or summary, found '" + c + "'");
            }
            return c.equals("full");
        }).orElse(FeedSettings.DEFAULTS.fullContent());
        boolean rss = feeds.bool("rss").orElse(FeedSettings.DEFAULTS.rss());
        return new FeedSettings(entries, full, rss);
    }

    private static PublishSettings publishSettings(YamlMap publish, Diagnostics diagnostics) {
        publish.unknownKeys(PUBLISH_KEYS, "'publish'").forEach(diagnostics::warn);
        String cname = publish.string("cname").orElse("");
        if (!cname.isBlank() && !cname.strip().matches("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+")) {
            publish.report("cname", "'cname' must be a domain name like news.example.org, found '" + cname + "'");
        }
        return new PublishSettings(publish.string("git").orElse(""), publish.string("branch").orElse(""), cname);
    }

    private static ImportSettings importSettings(YamlMap imp, Diagnostics diagnostics) {
        imp.unknownKeys(IMPORT_KEYS, "'import'").forEach(diagnostics::warn);
        List<Pattern> boilerplate = new ArrayList<>();
        for (YamlMap.Item regex : imp.stringItems("boilerplate")) {
            try {
                boilerplate.add(Pattern.compile(regex.value()));
            } catch (PatternSyntaxException e) {
                imp.report(regex.where(), "not a valid regular expression: " + regex.value() + " (" + e.getDescription() + ")");
            }
        }
        ImportSettings.DefaultDate defaultDate = imp.oneOf("default_date", ImportSettings.DefaultDate.class,
                d -> d.name().toLowerCase(Locale.ROOT).replace('_', '-')).orElse(ImportSettings.DefaultDate.ERROR);
        Map<String, String> aliases = new LinkedHashMap<>();
        imp.map("tag_aliases").ifPresent(m -> m.keys().forEach(k -> m.string(k).ifPresent(v -> aliases.put(k, v))));
        Map<String, List<String>> autotag = new LinkedHashMap<>();
        imp.map("autotag").ifPresent(m -> m.keys().forEach(k -> m.stringList(k).ifPresent(v -> autotag.put(k, v))));
        return new ImportSettings(boilerplate, defaultDate, aliases, autotag);
    }

    /**
     * Normalises a base URL to absolute http(s) with a trailing slash.
     *
     * @throws IllegalArgumentException saying what is wrong with it and what to write instead, to follow the URL
     */
    public static String normaliseBaseUrl(String url) {
        String u = url.strip();
        if (u.isEmpty()) {
            return "";
        }
        URI uri;
        try {
            uri = URI.create(u);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null) {
            throw new IllegalArgumentException("is not an absolute http(s) URL like https://example.org/digest/");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            // pages are addressed by appending their paths, which would land inside the query or the fragment
            String plain = u.replaceFirst("[?#].*", "");
            throw new IllegalArgumentException("has a query (?...) or a fragment (#...), and page addresses are made by"
                    + " adding their paths to it; write the site's address alone, e.g. " + (plain.endsWith("/") ? plain : plain + "/"));
        }
        return u.endsWith("/") ? u : u + "/";
    }

    private static String baseUrl(String value, YamlMap yaml) {
        try {
            return normaliseBaseUrl(value);
        } catch (IllegalArgumentException e) {
            yaml.report("base_url", "base_url '" + value + "' " + e.getMessage());
            return "";
        }
    }

    private static PermalinkPattern permalink(String value, YamlMap yaml) {
        try {
            return PermalinkPattern.parse(value);
        } catch (IllegalArgumentException e) {
            yaml.report("permalink", "permalink '" + value + "' " + e.getMessage());
            return PermalinkPattern.DEFAULT;
        }
    }

    private static String language(String value, YamlMap yaml) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(value.strip()).build();
            if (!locale.getLanguage().isEmpty()) {
                return locale.toLanguageTag();
            }
        } catch (IllformedLocaleException ignored) {
            // reported below
        }
        yaml.report("language", "language must be a language tag like en or de-CH, found '" + value + "'");
        return "en";
    }

    private static ZoneId zone(String value, YamlMap yaml, String what) {
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            yaml.report("timezone", what + " must be a zone like UTC, Europe/Berlin or +02:00, found '" + value + "'");
            return ZoneId.of("UTC");
        }
    }
}
