package org.broadsheet.render;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.broadsheet.config.PermalinkPattern;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.content.Article;
import org.broadsheet.content.LocalLinks;
import org.broadsheet.content.Markdown;
import org.broadsheet.content.Page;
import org.broadsheet.error.Diagnostics;
import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.broadsheet.error.TemplateProblemException;
import org.broadsheet.fs.CodeIdentity;
import org.broadsheet.parallel.Parallel;
import org.broadsheet.site.Edition;
import org.broadsheet.site.Entry;
import org.broadsheet.site.LinkTarget;
import org.broadsheet.site.Pagination;
import org.broadsheet.site.Permalinks;
import org.broadsheet.site.Publication;
import org.broadsheet.site.Site;
import org.broadsheet.site.SiteBuilder;
import org.broadsheet.site.Tag;
import org.broadsheet.site.Timeline;

/**
 * Renders every file of a site. It plans the work first: the pages (path, template, model), and for each listing of
 * articles (home, tag, publication) one job per {@link OutputFormat} of that listing, then the editions' feed and
 * e-mails; it renders the plan in parallel, then adds the {@link SiteFile}s (sitemap, robots.txt, search index) and
 * the theme's static assets.
 */
public final class SiteRenderer {

    /** The files about the whole site, in the order they are made. */
    private static final List<SiteFile> SITE_FILES = List.of(new SitemapFile(), new RobotsFile(), new SearchIndexFile());

    private final Templates templates;
    private final Markdown markdown;
    private final Instant previewTime;
    private final Diagnostics diagnostics;
    private final Fingerprint.Memory memory;
    /** What the last {@link #render} worked from, for {@link #articlePreview}. */
    private volatile LastRender last;

    private record LastRender(Site site, ViewFactory views, Views.SiteView siteView) {
    }

    public SiteRenderer(Templates templates, Markdown markdown) {
        this(templates, markdown, null, Diagnostics.SILENT);
    }

    /**
     * @param previewTime for {@code serve}'s preview: articles that are drafts or dated after it get a status badge;
     *        null for a published site
     * @param diagnostics told the rendering progress
     */
    public SiteRenderer(Templates templates, Markdown markdown, Instant previewTime, Diagnostics diagnostics) {
        this(templates, markdown, previewTime, diagnostics, new Fingerprint.Memory());
    }

    /** @param memory what fingerprinting remembers between the builds of one pipeline ({@code serve}) */
    public SiteRenderer(Templates templates, Markdown markdown, Instant previewTime, Diagnostics diagnostics,
            Fingerprint.Memory memory) {
        this.templates = templates;
        this.markdown = markdown;
        this.previewTime = previewTime;
        this.diagnostics = diagnostics;
        this.memory = memory;
    }

    /**
     * One HTML page to render; {@code source} names what it shows, for error messages.
     *
     * @param updated when its content last changed (the sitemap's {@code lastmod}), or null
     * @param listed whether the sitemap lists it (not the 404 and search pages, nor listings without articles)
     * @param feeds the feeds of the page's own listing
     */
    record PageJob(String path, String template, String title, String kind, String source, Map<String, Object> data,
            Instant updated, boolean listed, List<Views.Alternate> feeds) {

        /** A page the sitemap lists when it knows when the page last changed. */
        PageJob(String path, String template, String title, String kind, String source, Map<String, Object> data,
                Instant updated, List<Views.Alternate> feeds) {
            this(path, template, title, kind, source, data, updated, updated != null, feeds);
        }
    }

    /**
     * Any file of the plan, rendered by {@code work}; {@code inputs} fingerprints what it is made from without
     * rendering it.
     */
    record Job(String path, java.util.function.ToLongFunction<Fingerprint> inputs, Supplier<RenderedFile> work) {
    }

    /**
     * What one rendering did.
     *
     * @param rendered pages, feeds and site files (sitemap, search index…) rendered anew
     * @param kept those kept from the previous version because their inputs were unchanged
     * @param other the theme's assets and the static files, copied unless the output holds them as copied last time
     */
    public record Result(int rendered, int kept, int other) {

        public int files() {
            return rendered + kept + other;
        }
    }

    /** A paginated list of articles that also has feeds: the home page, a tag, a publication. */
    record Listing(String kind, String template, String title, String source, IntFunction<String> pathOfPage,
            List<Entry> entries, Map<String, Object> extra) {
    }

    /**
     * Renders the site into {@code out}: every page whose inputs changed since the version {@code out} holds, and
     * the site files and assets; pages with unchanged inputs are kept without rendering.
     *
     * @throws TemplateProblemException naming every failing template position; {@code out} is then incomplete
     */
    public Result render(Site site, StaticFiles assets, FileSink out) {
        ViewFactory views = new ViewFactory(site, markdown, previewTime);
        Views.SiteView siteView = views.siteView();
        List<PageJob> pages = new ArrayList<>();
        List<Job> jobs = new ArrayList<>();
        plan(site, views, pages, jobs, siteView);
        List<String> made = new ArrayList<>(jobs.size() + SITE_FILES.size());
        jobs.forEach(job -> made.add(job.path()));
        SITE_FILES.forEach(file -> made.add(file.path()));
        List<CopiedFile> resources = BundleFiles.of(site);
        PathClaims.refuseClashes(site, made, assets);
        if (site.config().feeds().rss() && site.config().baseUrl().isEmpty()) {
            diagnostics.warn(new Problem(SourcePosition.of(site.config().paths().root().resolve(SiteConfig.FILE_NAME)),
                    "feeds.rss is on without a base_url: the RSS feeds' links are relative, which RSS has no rule to "
                    + "resolve, and some feed readers reject them; set base_url (or build with --base-url)"));
        }
        List<SiteFile.PageRef> refs = pages.stream().map(p -> new SiteFile.PageRef(p.path(), p.listed(), p.updated())).toList();
        pages.clear();
        memory.nextBuild();
        Fingerprint fingerprint = new Fingerprint(Fingerprint.mix(templates.sourceFingerprint(),
                new Fingerprint(CodeIdentity.current()).of(site.config(), previewTime == null ? "published" : "preview")), memory,
                2 * site.entries().size() + 16); // the shared records: a card and an entry per article, the site's view
        AtomicInteger done = new AtomicInteger();
        AtomicInteger kept = new AtomicInteger();
        // each job is let go once taken: a rendered article page holds its Markdown's HTML, and holding every one of
        // them until the last page is done made a 100,000-article build spend most of its time collecting garbage
        List<TemplateProblemException> results = Parallel.map(jobs.size(), index -> {
            Job job = jobs.set(index, null);
            try {
                long inputs = job.inputs().applyAsLong(fingerprint);
                if (out.has(job.path(), inputs)) {
                    out.keep(job.path(), inputs);
                    kept.incrementAndGet();
                } else {
                    out.add(job.work().get(), inputs);
                }
                return (TemplateProblemException) null;
            } catch (TemplateProblemException e) {
                return e;
            } catch (InputException e) { // an article's Markdown, outside a template (a feed's full content)
                return new TemplateProblemException(e.problems(), e);
            } finally {
                diagnostics.progress("render", done.incrementAndGet(), jobs.size());
            }
        });
        Map<SourcePosition, List<TemplateProblemException>> failures = new LinkedHashMap<>();
        for (TemplateProblemException e : results) {
            if (e != null) {
                failures.computeIfAbsent(e.problems().get(0).where(), k -> new ArrayList<>()).add(e);
            }
        }
        if (!failures.isEmpty()) {
            throw summarise(failures);
        }
        int keptJobs = kept.get();
        int siteFilesRendered = 0;
        for (SiteFile siteFile : SITE_FILES) {
            long inputs = fingerprint.of("site file", siteFile.path(), siteFile.inputs(site, refs));
            if (out.has(siteFile.path(), inputs)) {
                out.keep(siteFile.path(), inputs);
                kept.incrementAndGet();
                continue;
            }
            for (RenderedFile file : siteFile.render(site, refs)) {
                out.add(file, inputs);
                siteFilesRendered++;
            }
        }
        List<OutputFile> copied = new ArrayList<>(assets.files());
        copied.addAll(resources);
        for (OutputFile asset : copied) {
            if (asset instanceof CopiedFile copy) { // kept unread when its source is as the last build copied it
                if (out.has(copy.path(), copy.fingerprint())) {
                    out.keep(copy.path(), copy.fingerprint());
                } else {
                    out.copy(copy);
                }
            } else {
                out.add((RenderedFile) asset, 0);
            }
        }
        last = new LastRender(site, views, siteView);
        return new Result(jobs.size() - keptJobs + siteFilesRendered, kept.get(), copied.size());
    }


    /**
     * One problem per failing template position, in plan order (so the report does not depend on thread timing),
     * naming the first page it broke and how many more.
     */
    private static TemplateProblemException summarise(Map<SourcePosition, List<TemplateProblemException>> failures) {
        List<Problem> problems = new ArrayList<>();
        for (List<TemplateProblemException> same : failures.values()) {
            Problem first = same.get(0).problems().get(0);
            problems.add(same.size() == 1 ? first : new Problem(first.where(),
                    first.message() + " (and " + (same.size() - 1) + " more pages)"));
        }
        return new TemplateProblemException(problems, failures.values().iterator().next().get(0));
    }

    private RenderedFile render(PageJob job, Views.SiteView siteView, String baseUrl) {
        Map<String, Object> model = new HashMap<>(job.data());
        model.put("site", siteView);
        boolean notFound = job.kind().equals("not-found");
        model.put("page", new Views.PageView(job.title(), job.path(), job.kind(),
                notFound ? "" : Permalinks.absolute(baseUrl, job.path()), job.feeds()));
        // the 404 page is served at any depth, so only absolute links work there; without a base URL, the root's
        model.put("root", notFound ? baseUrl : Permalinks.rootFrom(job.path()));
        String html = templates.render(job.template(), model, job.source());
        return new RenderedFile(job.path(), html.getBytes(StandardCharsets.UTF_8));
    }

    /** Fills {@code pages} with every HTML page and {@code jobs} with the work for every page and feed, in order. */
    void plan(Site site, ViewFactory views, List<PageJob> pages, List<Job> jobs, Views.SiteView siteView) {
        String siteTitle = site.config().title();
        List<Entry> entries = site.entries();
        Instant newest = entries.isEmpty() ? null : entries.get(0).article().date().instant();
        FeedFactory feeds = new FeedFactory(site, markdown);

        List<Listing> listings = new ArrayList<>();
        listings.add(new Listing("home", "home.ftlh", siteTitle, "the home page", Permalinks::home, entries, Map.of()));
        for (Tag tag : site.tags()) {
            listings.add(new Listing("tag", "tag.ftlh", tag.name(), "the page of tag '" + tag.name() + "'",
                    n -> Permalinks.tag(tag.slug(), n), tag.entries(), Map.of("tag", ViewFactory.tagLink(tag))));
        }
        for (Publication p : site.publications()) {
            listings.add(new Listing("publication", "publication.ftlh", p.name(), "the page of publication '" + p.name() + "'",
                    n -> Permalinks.publication(p.slug(), n), p.entries(), Map.of("publication", ViewFactory.publicationLink(p))));
        }

        // the home listing first, then the articles, as readers meet them; then the other listings and the indexes
        planListing(listings.get(0), site, views, pages);
        for (int i = 0; i < entries.size(); i++) {
            pages.add(articleJob(site, views, i, entries.get(i)));
        }
        pages.add(new PageJob(Permalinks.TAGS, "tags.ftlh", "Tags", "tags", "the tags index",
                Map.of("tags", views.tagLinks()), newest, List.of()));
        listings.stream().filter(l -> l.kind().equals("tag")).forEach(l -> planListing(l, site, views, pages));
        pages.add(new PageJob(Permalinks.PUBLICATIONS, "publications.ftlh", "Publications", "publications",
                "the publications index", Map.of("publications", views.publicationLinks()), newest, List.of()));
        listings.stream().filter(l -> l.kind().equals("publication")).forEach(l -> planListing(l, site, views, pages));
        planTimeline(site, views, pages);
        planEditions(site, views, pages);
        for (Page page : site.pages()) { // listed in the sitemap without a lastmod: a page has no date
            pages.add(new PageJob(Permalinks.page(page.slug()), "page.ftlh", page.title(), "page",
                    site.config().paths().display(page.file()), Map.of("content", views.contentPage(page)), null, true,
                    List.of()));
        }
        planAliases(site, pages);
        pages.add(new PageJob(Permalinks.SEARCH, "search.ftlh", "Search", "search", "the search page", Map.of(), null, List.of()));
        pages.add(new PageJob(Permalinks.NOT_FOUND, "404.ftlh", "Page not found", "not-found", "the 404 page", Map.of(), null, List.of()));

        String baseUrl = site.config().baseUrl();
        for (PageJob page : pages) {
            jobs.add(new Job(page.path(), f -> f.of("page", page.path(), page.template(), page.title(), page.kind(),
                    page.data(), page.feeds(), siteView, baseUrl), () -> render(page, siteView, baseUrl)));
        }
        for (Listing listing : listings) {
            String firstPage = listing.pathOfPage().apply(1);
            for (OutputFormat format : OutputFormat.forListing(listing.kind(), site.config().feeds())) {
                if (format.isFeed()) {
                    String path = Permalinks.besideFirstPage(firstPage, format.fileName());
                    String title = listing.kind().equals("home") ? siteTitle : siteTitle + ": " + listing.title();
                    List<Entry> latest = listing.entries().subList(0, Math.min(listing.entries().size(),
                            site.config().feeds().entries()));
                    jobs.add(new Job(path, f -> f.of("feed", format.name(), path, title, firstPage, latest, baseUrl),
                            () -> new RenderedFile(path, format.encoder().encode(
                                    feeds.feed(title, site.config().description(), firstPage, path, listing.entries())))));
                }
            }
        }
        planEditionFiles(site, views, siteView, feeds, jobs);
    }

    /** The redirecting page at each old address ({@code aliases:}) of an article or a page. */
    private static void planAliases(Site site, List<PageJob> pages) {
        String baseUrl = site.config().baseUrl();
        for (Entry e : site.entries()) {
            for (String alias : e.article().aliases()) {
                pages.add(aliasJob(alias, e.article().title(), e.path(), site.config().paths().display(e.file()), baseUrl));
            }
        }
        for (Page page : site.pages()) {
            for (String alias : page.aliases()) {
                pages.add(aliasJob(alias, page.title(), Permalinks.page(page.slug()), site.config().paths().display(page.file()),
                        baseUrl));
            }
        }
    }

    private static PageJob aliasJob(String alias, String title, String target, String source, String baseUrl) {
        return new PageJob(alias, "alias.ftlh", title, "alias", "the alias " + alias + " in " + source,
                Map.of("target", new Views.Redirect(title, target, Permalinks.absolute(baseUrl, target))), null, false,
                List.of());
    }

    /** The page of {@code e}, standing at {@code index} of the site's entries (an edited version of that entry in serve's preview). */
    private static PageJob articleJob(Site site, ViewFactory views, int index, Entry e) {
        List<Entry> entries = site.entries();
        Entry placed = entries.get(index);
        Entry newer = index > 0 ? entries.get(index - 1) : null;
        Entry older = index + 1 < entries.size() ? entries.get(index + 1) : null;
        return new PageJob(e.path(), "article.ftlh", e.article().title(), "article", site.config().paths().display(e.file()),
                Map.of("article", views.articlePage(e, placed, newer, older)), e.article().date().instant(), List.of());
    }

    /**
     * The page of {@code edited}, an edited version of the article of {@code placed}, rendered against the site this
     * renderer last rendered, as it was: the same neighbours, related articles and stories. {@code serve} shows it at
     * once and then rebuilds the whole site, which settles whatever else the edit changed.
     *
     * @return null when {@code placed} is not on that site, when the article's status badge would differ from that
     *     site's (its date came since), or when the edit has a link to a content file that site does not resolve
     * @throws TemplateProblemException when the page's template fails
     */
    public RenderedFile articlePreview(Entry placed, Article edited) {
        LastRender last = this.last;
        Instant at = edited.date().instant();
        if (last == null || previewTime != null && at.isAfter(previewTime) && !at.isAfter(Instant.now())) {
            return null;
        }
        List<Entry> entries = last.site().entries();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) == placed) {
                // links to the same files and tags as before lead where they led; a new one the last site's address
                // book cannot resolve (it may have made none) waits for the rebuild, which warns of it if it leads nowhere
                List<LocalLinks.LocalLink> now = LocalLinks.in(markdown, edited.body());
                Map<String, LinkTarget> links = placed.links();
                if (!destinations(now).equals(destinations(LocalLinks.in(markdown, placed.article().body())))) {
                    boolean[] unresolved = {false};
                    links = last.site().links().resolve(placed.file(), edited.body(), now, problem -> unresolved[0] = true);
                    if (unresolved[0]) {
                        return null;
                    }
                }
                Entry e = new Entry(placed.file(), edited, placed.slug(), placed.path(), placed.day(),
                        SiteBuilder.summaryOf(edited, markdown), links, placed.resources());
                return render(articleJob(last.site(), last.views(), i, e), last.siteView(), last.site().config().baseUrl());
            }
        }
        return null;
    }

    private static java.util.Set<String> destinations(List<LocalLinks.LocalLink> links) {
        return links.stream().map(LocalLinks.LocalLink::destination).collect(java.util.stream.Collectors.toSet());
    }

    /** The site the last {@link #render} rendered, or null before one. */
    public Site renderedSite() {
        LastRender last = this.last;
        return last == null ? null : last.site();
    }

    /** The editions index and a page per edition, newest first. */
    private void planEditions(Site site, ViewFactory views, List<PageJob> pages) {
        List<Edition> editions = site.editions().all();
        if (editions.isEmpty()) {
            return;
        }
        pages.add(new PageJob(Permalinks.EDITIONS, "editions.ftlh", "Editions", "editions", "the editions index",
                Map.of("editions", views.editionLinks()), lastChange(editions.get(0)), List.of()));
        for (Edition e : editions) {
            Views.EditionPage page = views.editionPage(e, Integer.MAX_VALUE);
            pages.add(new PageJob(e.path(), "edition.ftlh", page.edition().title(), "edition", "the page of edition " + e.id(),
                    Map.of("edition", page), lastChange(e), List.of()));
        }
    }

    /**
     * The editions' feed (one entry per edition, in each feed format of the editions listing) and, with a base URL,
     * each edition's e-mail as HTML and as text.
     */
    private void planEditionFiles(Site site, ViewFactory views, Views.SiteView siteView, FeedFactory feeds, List<Job> jobs) {
        List<Edition> editions = site.editions().all();
        if (editions.isEmpty()) {
            return;
        }
        String base = site.config().baseUrl();
        for (OutputFormat format : OutputFormat.forListing("editions", site.config().feeds())) {
            if (format.isFeed()) {
                String path = Permalinks.besideFirstPage(Permalinks.EDITIONS, format.fileName());
                String root = base.isEmpty() ? Permalinks.rootFrom(path) : base;
                jobs.add(new Job(path, f -> f.of("editions feed", format.name(), path, views.editionLinks(),
                        editions.stream().map(e -> views.editionPage(e, Integer.MAX_VALUE)).toList(), siteView, root),
                        () -> new RenderedFile(path, format.encoder().encode(feeds.editionFeed(
                        site.config().title() + ": Editions", site.config().description(), Permalinks.EDITIONS, path, editions,
                        views::editionLink, e -> feedEntry(e, views, siteView, root))))));
            }
        }
        if (base.isEmpty()) {
            return; // an e-mail needs absolute links
        }
        for (Edition e : editions) {
            String html = Permalinks.besideFirstPage(e.path(), ViewFactory.EMAIL_HTML);
            jobs.add(new Job(html, f -> f.of("email", html, views.editionPage(e, Integer.MAX_VALUE), siteView, base),
                    () -> new RenderedFile(html, EditionEmail.html(e.storyCount(), n -> views.editionPage(e, n),
                    view -> templates.render("email.ftlh", Map.of("site", siteView, "root", base, "edition", view),
                            "the e-mail of edition " + e.id()), base))));
            String text = Permalinks.besideFirstPage(e.path(), ViewFactory.EMAIL_TEXT);
            jobs.add(new Job(text, f -> f.of("email text", text, views.editionPage(e, Integer.MAX_VALUE), siteView),
                    () -> new RenderedFile(text, EditionEmail.text(siteView, views.editionPage(e, Integer.MAX_VALUE))
                    .getBytes(StandardCharsets.UTF_8))));
        }
    }

    /**
     * An edition as the HTML of its feed entry. With a base URL, links are absolute: relative ones in the introduction
     * were written for the edition's page, and feed readers would resolve them against the feed.
     */
    private String feedEntry(Edition e, ViewFactory views, Views.SiteView siteView, String root) {
        Views.EditionPage page = views.editionPage(e, Integer.MAX_VALUE);
        String html = templates.render("edition-entry.ftlh", Map.of("site", siteView, "root", root, "edition", page),
                "the editions feed (edition " + e.id() + ")");
        return page.url().isEmpty() ? html : EditionEmail.absoluteLinks(html, page.url());
    }

    /** When an edition last changed: its newest article's date. */
    private static Instant lastChange(Edition e) {
        return e.entries().stream().map(x -> x.article().date().instant()).max(Instant::compareTo).orElseThrow();
    }

    /** The HTML pages of a listing; each page announces the listing's own feeds (the home page has the site's). */
    private void planListing(Listing listing, Site site, ViewFactory views, List<PageJob> pages) {
        String firstPage = listing.pathOfPage().apply(1);
        List<Views.Alternate> own = new ArrayList<>();
        if (!listing.kind().equals("home")) {
            for (OutputFormat format : OutputFormat.forListing(listing.kind(), site.config().feeds())) {
                if (format.isFeed()) {
                    own.add(new Views.Alternate(site.config().title() + ": " + listing.title() + " (" + format.label() + ")",
                            format.label(), format.mediaType(), Permalinks.besideFirstPage(firstPage, format.fileName())));
                }
            }
        }
        for (var page : Pagination.paginate(listing.entries(), site.config().pageSize(), listing.pathOfPage())) {
            Map<String, Object> data = new HashMap<>(listing.extra());
            List<Entry> items = page.items();
            if (listing.kind().equals("home") && page.number() == 1) {
                items = featuredFirst(items);
            }
            data.put("articles", views.cards(items));
            data.put("pager", new Views.Pager(page.number(), page.total(), page.previousPath(), page.nextPath()));
            Instant updated = page.items().isEmpty() ? null : page.items().get(0).article().date().instant();
            pages.add(new PageJob(page.path(), listing.template(), listing.title(), listing.kind(), listing.source(), data,
                    updated, own));
        }
    }

    /** Featured articles lead the home page: they go first (higher priority, then newer), the rest keep their order. */
    static List<Entry> featuredFirst(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing((Entry e) -> !e.article().featured())
                .thenComparing(e -> e.article().featured() ? -e.article().priority() : 0));
        return sorted;
    }

    private void planTimeline(Site site, ViewFactory views, List<PageJob> pages) {
        List<Views.YearLink> years = site.timeline().years().stream().map(views::yearLink).toList();
        Instant newest = site.entries().isEmpty() ? null : site.entries().get(0).article().date().instant();
        pages.add(new PageJob(Permalinks.TIMELINE, "timeline.ftlh", "Timeline", "timeline", "the timeline",
                Map.of("years", years, "chart", views.chart(site.timeline())), newest, List.of()));
        for (Timeline.Year year : site.timeline().years()) {
            List<Map<String, Object>> months = new ArrayList<>();
            for (Timeline.Month m : year.months()) {
                months.add(Map.of("month", views.monthLink(m), "articles", views.cards(m.entries())));
            }
            Instant yearNewest = year.months().get(0).entries().get(0).article().date().instant();
            pages.add(new PageJob(Permalinks.year(year.year()), "year.ftlh", String.valueOf(year.year()), "year",
                    "the page of " + year.year(), Map.of("year", views.yearLink(year), "months", months), yearNewest, List.of()));
            for (Timeline.Month m : year.months()) {
                Views.MonthLink month = views.monthLink(m);
                pages.add(new PageJob(month.path(), "month.ftlh", month.name(), "month", "the page of " + month.name(),
                        Map.of("month", month, "year", views.yearLink(year), "articles", views.cards(m.entries()),
                                "days", views.days(m)),
                        m.entries().get(0).article().date().instant(), List.of()));
            }
        }
    }
}
