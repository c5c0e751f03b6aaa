package org.broadsheet.build;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Supplier;

import org.broadsheet.config.SiteConfig;
import org.broadsheet.content.ContentFile;
import org.broadsheet.content.ContentLoader;
import org.broadsheet.content.Markdown;
import org.broadsheet.error.Diagnostics;
import org.broadsheet.ingest.ImportReport;
import org.broadsheet.ingest.Importer;
import org.broadsheet.output.CollectedOutput;
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

    /**
     * What a build did; {@code stageMillis} in pipeline order.
     *
     * @param rendered pages and feeds rendered anew; the others were kept because their inputs had not changed
     */
    public record Result(ImportReport imports, int articles, int files, int rendered, WriteResult written,
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
        Site site = model(options.includeDrafts(), millis);
        SiteOutput.Session session = output.begin();
        try {
            // pages stream into the output as they are rendered; only a complete site is committed
            SiteRenderer.Result rendered = timed("render", millis, () -> renderer(options.statusBadges())
                    .render(site, ThemeAssets.load(config.paths().templates()), session));
            WriteResult written = timed("write", millis, session::commit);
            return new Result(imports, site.entries().size(), rendered.files(), rendered.rendered(),
                    written, millis);
        } catch (RuntimeException e) {
            session.abort();
            throw e;
        }
    }

    /**
     * Everything a build does except importing and writing: every content file and template is read and every page
     * rendered in memory. Problems are thrown as by {@link #run}.
     */
    public Rendered check(boolean includeDrafts) {
        Site site = model(includeDrafts, new LinkedHashMap<>());
        CollectedOutput collected = new CollectedOutput();
        SiteOutput.Session session = collected.begin();
        renderer(false).render(site, ThemeAssets.load(config.paths().templates()), session);
        session.commit();
        return new Rendered(site, collected.files());
    }

    /** The site model and every file of the site, not yet written. */
    public record Rendered(Site site, List<RenderedFile> files) {
    }

    private Site model(boolean includeDrafts, Map<String, Long> millis) {
        List<ContentFile> content = timed("load", millis, () -> ContentLoader.load(config.paths().content(), config.timezone()));
        return timed("model", millis, () -> SiteBuilder.build(config, content, markdown, includeDrafts, diagnostics));
    }

    private SiteRenderer renderer(boolean statusBadges) {
        Templates templates = new Templates(config.paths().templates(), config.locale(), TimeZone.getTimeZone(config.timezone()));
        return new SiteRenderer(templates, markdown, statusBadges ? Instant.now() : null, diagnostics);
    }

    private static <T> T timed(String stage, Map<String, Long> millis, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        millis.put(stage, (System.nanoTime() - start) / 1_000_000);
        return result;
    }
}
