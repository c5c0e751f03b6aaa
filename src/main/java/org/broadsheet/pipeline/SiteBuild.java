package org.broadsheet.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.Supplier;

import org.broadsheet.config.SiteConfig;
import org.broadsheet.content.Article;
import org.broadsheet.content.ContentFile;
import org.broadsheet.content.ContentLoader;
import org.broadsheet.content.EditionIntro;
import org.broadsheet.content.EditionIntros;
import org.broadsheet.content.Page;
import org.broadsheet.content.Pages;
import org.broadsheet.content.Markdown;
import org.broadsheet.error.BroadsheetException;
import org.broadsheet.error.Diagnostics;
import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.ingest.ImportReport;
import org.broadsheet.ingest.Importer;
import org.broadsheet.output.CollectedOutput;
import org.broadsheet.output.SiteOutput;
import org.broadsheet.output.SiteWriter;
import org.broadsheet.output.WriteResult;
import org.broadsheet.render.Fingerprint;
import org.broadsheet.render.OutputFile;
import org.broadsheet.render.RenderedFile;
import org.broadsheet.render.SiteRenderer;
import org.broadsheet.render.StaticFiles;
import org.broadsheet.render.BuiltInTheme;
import org.broadsheet.render.Templates;
import org.broadsheet.site.Entry;
import org.broadsheet.site.ModelMemory;
import org.broadsheet.site.Site;
import org.broadsheet.site.SiteBuilder;

/**
 * The whole pipeline in one place: import new sources, load content, build the site model, render, write.
 * {@code build} runs it once; {@code serve} runs it again on every change.
 */
public final class SiteBuild {

    /**
     * @param importSources import new sources into content/ first
     * @param includeDrafts publish articles marked {@code draft: true}
     * @param includeFuture publish articles dated after the build, which are otherwise held back until their date
     * @param statusBadges mark drafts and future-dated articles with a badge ({@code serve}'s preview)
     */
    public record Options(boolean importSources, boolean includeDrafts, boolean includeFuture, boolean statusBadges) {

        public Options(boolean importSources, boolean includeDrafts) {
            this(importSources, includeDrafts, false, false);
        }
    }

    /**
     * What a build did; {@code stageMillis} in pipeline order.
     *
     * @param rendered pages and feeds rendered anew; the others were kept because their inputs had not changed
     * @param nextChange when the site next changes by itself, or null: a held-back article falls due, or (with status
     *     badges) a published article's "future" badge expires
     */
    public record Result(ImportReport imports, int articles, int files, int rendered, WriteResult written,
            Map<String, Long> stageMillis, Site.Scheduled scheduled, Instant nextChange) {

        public boolean importFailed() {
            return imports != null && imports.hasFailures();
        }

        /** A build that found its inputs and output exactly as the last build left them. */
        static Result nothingChanged(Map<String, Long> millis) {
            return new Result(null, -1, 0, 0, new WriteResult(0, 0, 0), millis, Site.Scheduled.NONE, null);
        }

        public boolean skipped() {
            return articles < 0;
        }
    }

    private final SiteConfig config;
    private final Diagnostics diagnostics;
    private final SiteOutput output;
    private final Markdown markdown;
    /** Articles read by earlier runs of this pipeline ({@code serve} keeps one pipeline between rebuilds). */
    private final ContentLoader.Memory contentMemory = new ContentLoader.Memory();
    private final Fingerprint.Memory fingerprintMemory = new Fingerprint.Memory();
    private final ModelMemory modelMemory = new ModelMemory();
    /** The last successful run's renderer, which holds its site, for {@link #previewEdits}. */
    private SiteRenderer lastRenderer;

    /** A build that writes the site to the config's output folder. */
    public SiteBuild(SiteConfig config, Diagnostics diagnostics) {
        this(config, diagnostics, new SiteWriter(config.paths().output(), config.paths(), false));
    }

    public SiteBuild(SiteConfig config, Diagnostics diagnostics, SiteOutput output) {
        this.config = config;
        this.diagnostics = diagnostics;
        this.output = output;
        this.markdown = new Markdown(config.markdown().rawHtml(), BuiltInTheme.ELEMENT_IDS);
    }

    /** @throws org.broadsheet.error.OutputException when another build, import or publish of the site is running */
    public Result run(Options options) {
        return run(options, false);
    }

    /**
     * Like {@link #run}, but waits while another build, import or publish of the site runs: {@code serve} rebuilds
     * when a build's import writes content files, and must not fail for that build holding the lock.
     */
    public Result runWhenFree(Options options) {
        return run(options, true);
    }

    private Result run(Options options, boolean waitForLock) {
        config.paths().requireContent();
        return SiteLock.holding(config.paths(), waitForLock, () -> runAlone(options));
    }

    private Result runAlone(Options options) {
        Map<String, Long> millis = new LinkedHashMap<>();
        Path stateFile = config.paths().cache().resolve("last-build.state");
        // outputs that cannot vouch for their state (serve's memory) have their own way to skip unchanged work
        long started = System.nanoTime();
        Instant now = Instant.now(); // the moment this build publishes for: held-back articles, badges
        lastRenderer = null; // its site and views are not needed while this run builds new ones
        long outputState = output.tracksState() ? output.currentState() : 0;
        InputState before = output.tracksState() ? InputState.of(config, options) : null;
        if (before != null) {
            boolean unchanged = before.matches(stateFile, outputState, now);
            millis.put("check", (System.nanoTime() - started) / 1_000_000);
            if (unchanged) {
                return Result.nothingChanged(millis);
            }
            InputState.forget(stateFile);
        }
        ImportReport imports = options.importSources()
                ? timed("import", millis, () -> new Importer(config, Importer.standardReaders(config), diagnostics, contentMemory)
                        .importSources(false))
                : null;
        // what the build reads from here on; an import may just have written content files
        InputState inputs = before == null ? null
                : imports == null || !imports.wroteSomething()
                ? before : InputState.of(config, options);
        Site site = model(options.includeDrafts(), options.includeFuture() ? null : now, millis);
        long beginning = System.nanoTime();
        SiteOutput.Session session = output.begin(); // may delete what a killed build left: part of writing's time
        long begun = System.nanoTime() - beginning;
        try {
            // pages stream into the output as they are rendered; only a complete site is committed
            SiteRenderer renderer = renderer(options.statusBadges() ? now : null);
            SiteRenderer.Result rendered = timed("render", millis, () -> renderer
                    .render(site, StaticFiles.load(config.paths().templates(), config.paths().staticFiles()), session));
            WriteResult written = timed("write", millis, session::commit);
            millis.merge("write", begun / 1_000_000, Long::sum);
            lastRenderer = renderer;
            if (inputs != null && (imports == null || !imports.hasFailures())) { // failed sources are retried and reported again
                saveState(inputs, stateFile, session.committedState(), site.scheduled().next());
            }
            return new Result(imports, site.entries().size(), rendered.files(), rendered.rendered(),
                    written, millis, site.scheduled(), nextChange(site, now, options.statusBadges()));
        } catch (RuntimeException | Error e) { // an Error too: a staging folder must not outlive a failed build
            session.abort();
            throw e;
        }
    }

    /** The first held-back article's date, or with badges the first moment a "future" badge no longer holds. */
    private static Instant nextChange(Site site, Instant now, boolean statusBadges) {
        Instant next = site.scheduled().next();
        if (statusBadges) {
            for (Entry e : site.entries()) {
                Instant at = e.article().date().instant();
                if (at.isAfter(now) && (next == null || at.isBefore(next))) {
                    next = at;
                }
            }
        }
        return next;
    }

    /** Records what this build read and wrote, so that an identical next build can stop at once. */
    private void saveState(InputState inputs, Path stateFile, long outputState, Instant nextDue) {
        try {
            inputs.save(stateFile, outputState, nextDue);
        } catch (java.io.IOException e) {
            diagnostics.detail("cannot record the build state: " + e.getMessage());
        }
    }

    /**
     * {@code serve}'s quick look at an edit, before the whole site is rebuilt: when every one of {@code changed} that
     * the site reads is the file of an article on the last built site, and the edit kept what places the article on
     * the site (title, date, slug, draft, tags), the articles' pages rendered again against that site as it was (same
     * neighbours, related articles and stories). The rebuild that follows settles everything else the edit changed
     * (lists that show its summary, feeds, story clusters, the search index).
     *
     * @return the pages, or empty when the change is of another kind, a file cannot be read, or a template fails (the
     *     rebuild then reports it)
     */
    public Optional<List<RenderedFile>> previewEdits(Collection<Path> changed) {
        Path content = config.paths().content().toAbsolutePath().normalize();
        Site lastSite = lastRenderer == null ? null : lastRenderer.renderedSite();
        if (lastSite == null || changed.isEmpty()
                || !changed.stream().allMatch(p -> p.toAbsolutePath().normalize().startsWith(content))) {
            return Optional.empty();
        }
        Map<Path, Entry> byFile = new HashMap<>(lastSite.entries().size() * 2);
        for (Entry e : lastSite.entries()) {
            byFile.put(e.file().toAbsolutePath().normalize(), e);
        }
        List<RenderedFile> pages = new ArrayList<>();
        try {
            for (Path file : changed) {
                Path path = file.toAbsolutePath().normalize();
                Entry placed = byFile.get(path);
                if (placed == null && !ContentLoader.mayBeRead(content, path)) {
                    continue; // an editor's swap or temporary file beside the article (vim, sed -i, JetBrains' safe write)
                }
                if (placed == null) {
                    return Optional.empty(); // a new article, or an edition introduction
                }
                // a deleted article fails to be read again (an InputException, below): the rebuild's work
                Article edited = ContentLoader.reread(placed.file(), config.timezone(), contentMemory).article();
                if (!keepsItsPlace(edited, placed.article())) {
                    return Optional.empty();
                }
                RenderedFile page = lastRenderer.articlePreview(placed, edited);
                if (page == null) {
                    return Optional.empty();
                }
                pages.add(page);
            }
        } catch (BroadsheetException e) {
            return Optional.empty();
        }
        return pages.isEmpty() ? Optional.empty() : Optional.of(pages);
    }

    /**
     * True when {@code edited} stands where {@code before} stood: the same page path and neighbours (title, date,
     * slug), published alike (draft), on the same tag pages, so its own page can be shown before the rebuild.
     */
    private static boolean keepsItsPlace(Article edited, Article before) {
        return edited.title().equals(before.title()) && edited.date().equals(before.date())
                && edited.slug().equals(before.slug()) && edited.draft() == before.draft()
                && edited.tags().equals(before.tags());
    }

    /**
     * Everything a build does except importing and writing: every content file and template is read and every page
     * rendered in memory. Problems are thrown as by {@link #run}.
     */
    public Rendered check(boolean includeDrafts) {
        config.paths().requireContent();
        Site site = model(includeDrafts, Instant.now(), new LinkedHashMap<>());
        CollectedOutput collected = new CollectedOutput();
        SiteOutput.Session session = collected.begin();
        renderer(null).render(site, StaticFiles.load(config.paths().templates(), config.paths().staticFiles()), session);
        session.commit();
        return new Rendered(site, collected.files());
    }

    /** The site model and every file of the site, not yet written (those copied from disk not yet read). */
    public record Rendered(Site site, List<OutputFile> files) {
    }

    private Site model(boolean includeDrafts, Instant publishedBy, Map<String, Long> millis) {
        Content content = timed("load", millis, this::load);
        return timed("model", millis, () -> SiteBuilder.build(config, content.articles(), content.intros(), content.pages(),
                markdown, modelMemory, includeDrafts, publishedBy, diagnostics));
    }

    /** @param previewTime the moment status badges are shown for, or null for a published site (no badges) */
    private SiteRenderer renderer(Instant previewTime) {
        Templates templates = new Templates(config.paths().templates(), config.locale(), TimeZone.getTimeZone(config.timezone()));
        return new SiteRenderer(templates, markdown, previewTime, diagnostics, fingerprintMemory);
    }

    /** The articles, the edition introductions and the pages of content/. */
    private record Content(List<ContentFile> articles, List<EditionIntro> intros, List<Page> pages) {
    }

    /** Reads all three, so that the problems of every bad file are reported together. */
    private Content load() {
        List<Problem> problems = new ArrayList<>();
        Path folder = config.paths().content();
        List<ContentFile> articles = collecting(problems,
                () -> ContentLoader.load(folder, config.timezone(), contentMemory, diagnostics));
        List<EditionIntro> intros = collecting(problems, () -> EditionIntros.load(folder, diagnostics));
        List<Page> pages = collecting(problems, () -> Pages.load(folder));
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Content(articles, intros, pages);
    }

    /** What {@code reading} reads, or nothing when it fails: its problems are added to {@code problems}. */
    private static <T> List<T> collecting(List<Problem> problems, Supplier<List<T>> reading) {
        try {
            return reading.get();
        } catch (InputException e) {
            problems.addAll(e.problems());
            return List.of();
        }
    }

    private static <T> T timed(String stage, Map<String, Long> millis, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        millis.put(stage, (System.nanoTime() - start) / 1_000_000);
        return result;
    }
}
