package org.broadsheet.site;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.broadsheet.config.PermalinkPattern;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.content.Article;
import org.broadsheet.content.ContentFile;
import org.broadsheet.content.EditionIntro;
import org.broadsheet.content.FileNames;
import org.broadsheet.content.LocalLinks;
import org.broadsheet.content.Page;
import org.broadsheet.content.Markdown;
import org.broadsheet.content.Slugs;
import org.broadsheet.error.Diagnostics;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.broadsheet.parallel.Parallel;

/** Builds the {@link Site} from loaded content: chooses what is published, where each page goes, and the groupings. */
public final class SiteBuilder {

    static final int SUMMARY_CHARS = 280;

    /**
     * Newest first; equal moments by title, then file, so the order never depends on the file system. The moment is
     * worked out once per file, not in each of the n log n comparisons (it was a tenth of a rebuild at 10,000).
     */
    private static final Comparator<Dated> NEWEST_FIRST = Comparator.comparing(Dated::at).reversed()
            .thenComparing((Dated d) -> d.file().article().title())
            .thenComparing(d -> d.file().file());

    /** A content file with the moment its article was published. */
    private record Dated(Instant at, ContentFile file) {
        Dated(ContentFile file) {
            this(file.article().date().instant(), file);
        }
    }

    private SiteBuilder() {
    }

    public static Site build(SiteConfig config, List<ContentFile> content, Markdown markdown, boolean includeDrafts,
            Diagnostics diagnostics) {
        return build(config, content, List.of(), markdown, includeDrafts, diagnostics);
    }

    public static Site build(SiteConfig config, List<ContentFile> content, List<EditionIntro> intros, Markdown markdown,
            boolean includeDrafts, Diagnostics diagnostics) {
        return build(config, content, intros, List.of(), markdown, new ModelMemory(), includeDrafts, null, diagnostics);
    }

    /** The summary lists show: the author's, else the start of the first paragraph. */
    public static String summaryOf(Article a, Markdown markdown) {
        return a.summary().isEmpty() ? markdown.firstParagraphText(a.body(), SUMMARY_CHARS) : a.summary();
    }

    /**
     * @param intros the editors' edition introductions
     * @param pages the pages that are not articles (drafts are left out here, as articles are)
     * @param memory what earlier builds of the same pipeline derived from the articles they share with this one
     * @param publishedBy articles dated after it are held back ({@link Site#scheduled()}); null publishes them all
     * @throws org.broadsheet.error.InputException when an introduction names no edition
     */
    public static Site build(SiteConfig config, List<ContentFile> content, List<EditionIntro> intros, List<Page> pages,
            Markdown markdown, ModelMemory memory, boolean includeDrafts, Instant publishedBy, Diagnostics diagnostics) {
        memory.nextBuild();
        ZoneId zone = config.timezone();
        List<Dated> candidates = content.stream().filter(cf -> includeDrafts || !cf.article().draft()).map(Dated::new).toList();
        List<Instant> heldBack = publishedBy == null ? List.of()
                : candidates.stream().map(Dated::at).filter(publishedBy::isBefore).toList();
        Site.Scheduled scheduled = heldBack.isEmpty() ? Site.Scheduled.NONE
                : new Site.Scheduled(heldBack.size(), java.util.Collections.min(heldBack));
        List<ContentFile> published = candidates.stream()
                .filter(d -> publishedBy == null || !publishedBy.isBefore(d.at()))
                .sorted(NEWEST_FIRST)
                .map(Dated::file)
                .toList();
        String days = "day in " + zone.getId(); // converting every date to the zone was a twentieth of a rebuild
        Function<Article, LocalDate> dayOf = a -> memory.get(days, a, x -> x.date().day(zone));
        Map<ContentFile, String> slugs = uniqueSlugs(published, dayOf, config, diagnostics);
        List<Page> shownPages = pages.stream().filter(p -> includeDrafts || !p.draft()).toList();
        // links between content files: the address book is made only when some text has such a link
        List<List<LocalLinks.LocalLink>> written = Parallel.map(published, cf -> Markdown.from(cf.file(),
                () -> memory.get("local links", cf.article(), x -> LocalLinks.in(markdown, x.body()))));
        List<List<LocalLinks.LocalLink>> writtenInPages = shownPages.stream()
                .map(p -> Markdown.from(p.file(), () -> LocalLinks.in(markdown, p.body()))).toList();
        boolean linked = java.util.stream.Stream.concat(written.stream(), writtenInPages.stream()).anyMatch(l -> !l.isEmpty());
        ContentLinks addresses = !linked ? ContentLinks.none(config.paths()) : addressBook(config, content, published,
                shownPages, pages, cf -> config.permalink().path(dayOf.apply(cf.article()), slugs.get(cf)));
        Map<Path, List<Problem>> linkProblems = new java.util.concurrent.ConcurrentHashMap<>();
        List<Entry> entries = Parallel.map(published.size(), i -> {
            ContentFile cf = published.get(i);
            Article a = cf.article();
            LocalDate day = dayOf.apply(a);
            String slug = slugs.get(cf);
            String path = config.permalink().path(day, slug);
            Map<String, Path> resources = new HashMap<>(); // sorted by the entry
            cf.resources().forEach((name, file) -> resources.put(Permalinks.folderOf(path) + name, file));
            return new Entry(cf.file(), a, slug, path, day,
                    Markdown.from(cf.file(), () -> memory.get("summary", a, x -> summaryOf(x, markdown))),
                    addresses.resolve(cf.file(), a.body(), written.get(i),
                            p -> linkProblems.computeIfAbsent(cf.file(), f -> new ArrayList<>()).add(p)), resources);
        });
        Map<Path, Map<String, LinkTarget>> pageLinks = new HashMap<>();
        for (int i = 0; i < shownPages.size(); i++) {
            Page page = shownPages.get(i);
            pageLinks.put(page.file(), addresses.resolve(page.file(), page.body(), writtenInPages.get(i),
                    p -> linkProblems.computeIfAbsent(page.file(), f -> new ArrayList<>()).add(p)));
        }
        ContentLinks links = addresses.withPages(pageLinks);
        new TreeMap<>(linkProblems).values().forEach(problems -> problems.forEach(diagnostics::warn));
        NameClashes tagClashes = new NameClashes("tag", slug -> Permalinks.tag(slug, 1));
        NameClashes sourceClashes = new NameClashes("publication", slug -> Permalinks.publication(slug, 1));
        List<Tag> tags = groups(entries, e -> e.article().tags(), tagClashes).stream()
                .map(g -> new Tag(g.name(), g.slug(), g.entries())).toList();
        List<Publication> publications = groups(entries, e -> e.article().source().isEmpty() ? List.of() : List.of(e.article().source()),
                sourceClashes).stream().map(g -> new Publication(g.name(), g.slug(), g.entries())).toList();
        tagClashes.report(config.paths(), diagnostics);
        sourceClashes.report(config.paths(), diagnostics);
        Related related = Related.compute(entries, tags, memory);
        Stories stories = Stories.compute(entries, config.stories(), memory);
        Editions editions = Editions.build(config.editions(), entries, intros, stories,
                tags.stream().collect(java.util.stream.Collectors.toMap(Tag::slug, t -> t)), diagnostics);
        return new Site(config, entries, tags, publications, timeline(entries), related, stories, editions, shownPages,
                scheduled, links);
    }

    /**
     * Every article's and page's address by its file, for links between content files; and why each of the others is
     * not published, for the warning of a link to it.
     */
    private static ContentLinks addressBook(SiteConfig config, List<ContentFile> content, List<ContentFile> published,
            List<Page> shownPages, List<Page> allPages, Function<ContentFile, String> address) {
        Map<Path, String> addresses = new HashMap<>();
        published.forEach(cf -> addresses.put(cf.file(), address.apply(cf)));
        shownPages.forEach(p -> addresses.put(p.file(), Permalinks.page(p.slug())));
        Map<Path, String> why = new HashMap<>();
        content.forEach(cf -> why.put(cf.file(), cf.article().draft() ? "is a draft" : "is dated after this build"));
        allPages.forEach(p -> why.put(p.file(), "is a draft"));
        java.util.Set<String> tagSlugs = new java.util.HashSet<>();
        published.forEach(cf -> cf.article().tags().forEach(t -> tagSlugs.add(tagSlug(t))));
        return new ContentLinks(config.paths(), addresses, why, tagSlugs);
    }

    /**
     * A slug per article, giving it an address of its own (by default: unique within its month folder): its own
     * {@code slug:}, or else its file's name. A file name is unique in its folder, so clashes come only from
     * {@code slug:}, from files in different folders or from a permalink without the month; they are resolved in file
     * order, each with a warning.
     */
    private static Map<ContentFile, String> uniqueSlugs(List<ContentFile> published, Function<Article, LocalDate> dayOf,
            SiteConfig config, Diagnostics diagnostics) {
        // by identity: a record's own hashCode would hash the whole article, body included
        Map<ContentFile, String> slugs = new java.util.IdentityHashMap<>();
        Map<String, ContentFile> taken = new HashMap<>();
        List<ContentFile> byFile = published.stream().sorted(Comparator.comparing(ContentFile::file)).toList();
        for (ContentFile cf : byFile) {
            Article a = cf.article();
            String base = a.slug().isEmpty() ? fileSlug(cf.file(), a.title()) : a.slug();
            LocalDate day = dayOf.apply(a);
            Function<String, String> address = s -> config.permalink().path(day, s).toLowerCase(Locale.ROOT);
            String slug = base;
            for (int n = 2; taken.containsKey(address.apply(slug)); n++) {
                slug = base + "-" + n;
            }
            if (!slug.equals(base)) {
                diagnostics.warn(new Problem(SourcePosition.of(cf.file()), "the URL name '" + base + "' is also used by "
                        + config.paths().display(taken.get(address.apply(base)).file()) + (config.permalink()
                                .equals(PermalinkPattern.DEFAULT) ? " in the same month" : " at the same address")
                        + "; this article is published as '" + slug + "'. Set 'slug:' in either file to choose"));
            }
            taken.put(address.apply(slug), cf);
            slugs.put(cf, slug);
        }
        return slugs;
    }

    /** Entries grouped by name (a tag, a publication), case and accents ignored; groups sorted by name. */
    private record Group(String name, String slug, List<Entry> entries) {
    }

    /** The groups, by URL name; different names that share one are noted in {@code clashes}. */
    private static List<Group> groups(List<Entry> entries, Function<Entry, List<String>> namesOf, NameClashes clashes) {
        Map<String, List<Entry>> bySlug = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (Entry e : entries) {
            for (String name : namesOf.apply(e)) {
                String slug = tagSlug(name);
                List<Entry> list = bySlug.computeIfAbsent(slug, s -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != e) {
                    list.add(e);
                }
                spellings.computeIfAbsent(slug, s -> new TreeMap<>()).merge(name, 1, Integer::sum);
                clashes.add(slug, name, e.file());
            }
        }
        List<Group> groups = new ArrayList<>();
        bySlug.forEach((slug, list) -> groups.add(new Group(mostUsed(spellings.get(slug)), slug, list)));
        groups.sort(Comparator.comparing((Group g) -> g.name().toLowerCase(Locale.ROOT)).thenComparing(Group::slug));
        return groups;
    }

    /**
     * The URL name of a tag or publication ({@link Slugs#nameSlug}: C++ is not C); names with no letters or digits
     * (emoji) get a stable code instead.
     */
    public static String tagSlug(String name) {
        return TAG_SLUGS.computeIfAbsent(name, SiteBuilder::computeTagSlug);
    }

    /**
     * The URL name of an article without a {@code slug:}: its file's name without the extension and a leading date
     * ({@code 2024-05-01-storm.md} gives {@code storm}), as Hugo and Jekyll take it, so that correcting a headline
     * never moves a published page (nor changes its feed id); the title's slug when the name is only a date.
     */
    static String fileSlug(Path file, String title) {
        String slug = slug(FileNames.stem(file));
        if (slug.isEmpty()) {
            slug = slug(title);
        }
        return slug.isEmpty() ? "article" : slug;
    }

    /** File names and titles stay the same between {@code serve}'s rebuilds: each is slugified once per run. */
    private static final Map<String, String> SLUGS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String slug(String text) {
        return SLUGS.computeIfAbsent(text, t -> Slugs.slugify(t, ""));
    }

    /** Tag names repeat across thousands of articles and pages: each is slugified once per run. */
    private static final Map<String, String> TAG_SLUGS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String computeTagSlug(String name) {
        String slug = Slugs.nameSlug(name, "");
        return slug.isEmpty() ? "tag-" + name.codePoints().limit(4).mapToObj(Integer::toHexString)
                .reduce((a, b) -> a + "-" + b).orElse("x") : slug;
    }

    /** The spelling used most often; ties go to the alphabetically first, so the choice is stable. */
    private static String mostUsed(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey();
    }

    private static Timeline timeline(List<Entry> entries) {
        Map<Integer, Map<YearMonth, List<Entry>>> years = new TreeMap<>(Comparator.reverseOrder());
        for (Entry e : entries) {
            YearMonth month = YearMonth.from(e.day());
            years.computeIfAbsent(month.getYear(), y -> new TreeMap<>(Comparator.reverseOrder()))
                    .computeIfAbsent(month, m -> new ArrayList<>()).add(e);
        }
        List<Timeline.Year> result = new ArrayList<>();
        years.forEach((year, months) -> {
            List<Timeline.Month> ms = new ArrayList<>();
            months.forEach((month, list) -> ms.add(new Timeline.Month(month, list)));
            result.add(new Timeline.Year(year, ms));
        });
        return new Timeline(result);
    }
}
