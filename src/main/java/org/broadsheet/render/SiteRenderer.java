package org.broadsheet.render;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.broadsheet.content.Markdown;
import org.broadsheet.error.Diagnostics;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.broadsheet.error.TemplateProblemException;
import org.broadsheet.site.Entry;
import org.broadsheet.site.Pagination;
import org.broadsheet.site.Permalinks;
import org.broadsheet.site.Site;
import org.broadsheet.site.Tag;
import org.broadsheet.site.Timeline;

/**
 * Renders every page of a site: it plans the pages (path, template, model), renders them in parallel, and adds
 * the theme's static assets.
 */
public final class SiteRenderer {

    private final Templates templates;
    private final Markdown markdown;
    private final Instant previewTime;
    private final Diagnostics diagnostics;

    public SiteRenderer(Templates templates, Markdown markdown) {
        this(templates, markdown, null, Diagnostics.SILENT);
    }

    /**
     * @param previewTime for {@code serve}'s preview: articles that are drafts or dated after it get a status badge;
     *        null for a published site
     * @param diagnostics told the rendering progress
     */
    public SiteRenderer(Templates templates, Markdown markdown, Instant previewTime, Diagnostics diagnostics) {
        this.templates = templates;
        this.markdown = markdown;
        this.previewTime = previewTime;
        this.diagnostics = diagnostics;
    }

    /** One page to render; {@code source} names what it shows, for error messages. */
    record PageJob(String path, String template, String title, String kind, String source, Map<String, Object> data) {
    }

    public List<RenderedFile> render(Site site, ThemeAssets assets) {
        ViewFactory views = new ViewFactory(site, markdown, previewTime);
        List<PageJob> jobs = plan(site, views);
        Views.SiteView siteView = views.siteView();
        AtomicInteger done = new AtomicInteger();
        List<Object> results = jobs.parallelStream().map(job -> {
            try {
                return (Object) render(job, siteView);
            } catch (TemplateProblemException e) {
                return e;
            } finally {
                diagnostics.progress("render", done.incrementAndGet(), jobs.size());
            }
        }).toList();
        List<RenderedFile> files = new ArrayList<>(results.size());
        Map<SourcePosition, List<TemplateProblemException>> failures = new LinkedHashMap<>();
        for (Object result : results) {
            if (result instanceof TemplateProblemException e) {
                failures.computeIfAbsent(e.problems().get(0).where(), k -> new ArrayList<>()).add(e);
            } else {
                files.add((RenderedFile) result);
            }
        }
        if (!failures.isEmpty()) {
            throw summarise(failures);
        }
        files.addAll(assets.files());
        return files;
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

    private RenderedFile render(PageJob job, Views.SiteView siteView) {
        Map<String, Object> model = new HashMap<>(job.data());
        model.put("site", siteView);
        model.put("page", new Views.PageView(job.title(), job.path(), job.kind()));
        model.put("root", Permalinks.rootFrom(job.path()));
        String html = templates.render(job.template(), model, job.source());
        return new RenderedFile(job.path(), html.getBytes(StandardCharsets.UTF_8));
    }

    List<PageJob> plan(Site site, ViewFactory views) {
        List<PageJob> jobs = new ArrayList<>();
        String siteTitle = site.config().title();
        int pageSize = site.config().pageSize();
        List<Entry> entries = site.entries();

        for (var page : Pagination.paginate(entries, pageSize, Permalinks::home)) {
            jobs.add(new PageJob(page.path(), "home.ftlh", siteTitle, "home", "the home page",
                    listing(views, page)));
        }
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Entry newer = i > 0 ? entries.get(i - 1) : null;
            Entry older = i + 1 < entries.size() ? entries.get(i + 1) : null;
            jobs.add(new PageJob(e.path(), "article.ftlh", e.article().title(), "article",
                    site.config().paths().display(e.file()),
                    Map.of("article", views.articlePage(e, newer, older))));
        }
        jobs.add(new PageJob(Permalinks.TAGS, "tags.ftlh", "Tags", "tags", "the tags index",
                Map.of("tags", views.tagLinks())));
        for (Tag tag : site.tags()) {
            for (var page : Pagination.paginate(tag.entries(), pageSize, n -> Permalinks.tag(tag.slug(), n))) {
                Map<String, Object> data = listing(views, page);
                data.put("tag", ViewFactory.tagLink(tag));
                jobs.add(new PageJob(page.path(), "tag.ftlh", tag.name(), "tag", "the page of tag '" + tag.name() + "'", data));
            }
        }
        List<Views.YearLink> years = site.timeline().years().stream().map(views::yearLink).toList();
        jobs.add(new PageJob(Permalinks.TIMELINE, "timeline.ftlh", "Timeline", "timeline", "the timeline",
                Map.of("years", years)));
        for (Timeline.Year year : site.timeline().years()) {
            List<Map<String, Object>> months = new ArrayList<>();
            for (Timeline.Month m : year.months()) {
                months.add(Map.of("month", views.monthLink(m), "articles", views.cards(m.entries())));
            }
            jobs.add(new PageJob(Permalinks.year(year.year()), "year.ftlh", String.valueOf(year.year()), "year",
                    "the page of " + year.year(), Map.of("year", views.yearLink(year), "months", months)));
            for (Timeline.Month m : year.months()) {
                Views.MonthLink month = views.monthLink(m);
                jobs.add(new PageJob(month.path(), "month.ftlh", month.name(), "month", "the page of " + month.name(),
                        Map.of("month", month, "year", views.yearLink(year), "articles", views.cards(m.entries()))));
            }
        }
        return jobs;
    }

    private static Map<String, Object> listing(ViewFactory views, Pagination.Page<Entry> page) {
        Map<String, Object> data = new HashMap<>();
        data.put("articles", views.cards(page.items()));
        data.put("pager", new Views.Pager(page.number(), page.total(), page.previousPath(), page.nextPath()));
        return data;
    }

}
