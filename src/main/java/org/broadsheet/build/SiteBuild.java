package org.broadsheet.build;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Supplier;

import org.broadsheet.config.SiteConfig;
import org.broadsheet.content.ContentFile;
import org.broadsheet.content.ContentLoader;
import org.broadsheet.content.EditionIntro;
import org.broadsheet.content.EditionIntros;
import org.broadsheet.content.Markdown;
import org.broadsheet.error.Diagnostics;
import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.ingest.ImportReport;
import org.broadsheet.ingest.Importer;
import org.broadsheet.output.SiteOutput;
import org.broadsheet.output.SiteWriter;
import org.broadsheet.output.WriteResult;
import org.broadsheet.render.RenderedFile;
import org.broadsheet.render.SiteRenderer;
import org.broadsheet.render.Templates;
import org.broadsheet.render.ThemeAssets;
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
     * @param statusBadges mark drafts and future-dated articles with a badge ({@code serve}'s preview)
     */
    public record Options(boolean importSources, boolean includeDrafts, boolean statusBadges) {

        public Options(boolean importSources, boolean includeDrafts) {
            this(importSources, includeDrafts, false);
        }
    }

    /** What a build did; {@code stageMillis} in pipeline order. */
    public record Result(ImportReport imports, int articles, int files, WriteResult written,
            Map<String, Long> stageMillis) {

        public boolean importFailed() {
            return imports != null && imports.hasFailures();
        }
    }

    private final SiteConfig config;
    private final Diagnostics diagnostics;
    private final SiteOutput output;
    private final Markdown markdown;

    /** A build that writes the site to the config's output folder. */
    public SiteBuild(SiteConfig config, Diagnostics diagnostics) {
        this(config, diagnostics, new SiteWriter(config.paths().output(), config.paths(), false));
    }

    public SiteBuild(SiteConfig config, Diagnostics diagnostics, SiteOutput output) {
        this.config = config;
        this.diagnostics = diagnostics;
        this.output = output;
        this.markdown = new Markdown(config.markdown().rawHtml());
    }

    public Result run(Options options) {
        Map<String, Long> millis = new LinkedHashMap<>();
        ImportReport imports = options.importSources()
                ? timed("import", millis, () -> new Importer(config, Importer.standardReaders(config), diagnostics).importSources(false))
                : null;
        Rendered rendered = render(options.includeDrafts(), options.statusBadges(), millis);
        WriteResult written = timed("write", millis, () -> output.write(rendered.files()));
        return new Result(imports, rendered.site().entries().size(), rendered.files().size(), written, millis);
    }

    /**
     * Everything a build does except importing and writing: every content file and template is read and every page
     * rendered in memory. Problems are thrown as by {@link #run}.
     */
    public Rendered check(boolean includeDrafts) {
        return render(includeDrafts, false, new LinkedHashMap<>());
    }

    /** The site model and every file of the site, not yet written. */
    public record Rendered(Site site, List<RenderedFile> files) {
    }

    private Rendered render(boolean includeDrafts, boolean statusBadges, Map<String, Long> millis) {
        Content content = timed("load", millis, this::load);
        Site site = timed("model", millis, () -> SiteBuilder.build(config, content.articles(), content.intros(), markdown,
                includeDrafts, diagnostics));
        List<RenderedFile> files = timed("render", millis, () -> {
            Templates templates = new Templates(config.paths().templates(), config.locale(), TimeZone.getTimeZone(config.timezone()));
            Instant previewTime = statusBadges ? Instant.now() : null;
            return new SiteRenderer(templates, markdown, previewTime, diagnostics)
                    .render(site, ThemeAssets.load(config.paths().templates()));
        });
        return new Rendered(site, files);
    }

    /** The articles and the edition introductions of content/. */
    private record Content(List<ContentFile> articles, List<EditionIntro> intros) {
    }

    /** Reads both, so that the problems of bad articles and bad introductions are reported together. */
    private Content load() {
        List<Problem> problems = new ArrayList<>();
        List<ContentFile> articles = List.of();
        List<EditionIntro> intros = List.of();
        try {
            articles = ContentLoader.load(config.paths().content(), config.timezone());
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        try {
            intros = EditionIntros.load(config.paths().content(), diagnostics);
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Content(articles, intros);
    }

    private static <T> T timed(String stage, Map<String, Long> millis, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        millis.put(stage, (System.nanoTime() - start) / 1_000_000);
        return result;
    }
}
