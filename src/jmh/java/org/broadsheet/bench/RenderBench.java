package org.broadsheet.bench;

import java.nio.file.Path;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.broadsheet.config.SiteConfig;
import org.broadsheet.content.Markdown;
import org.broadsheet.error.Diagnostics;
import org.broadsheet.render.CopiedFile;
import org.broadsheet.render.FileSink;
import org.broadsheet.render.RenderedFile;
import org.broadsheet.render.SiteRenderer;
import org.broadsheet.render.StaticFiles;
import org.broadsheet.render.Templates;
import org.broadsheet.site.Site;
import org.broadsheet.site.SiteBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Every file of a 1,000-article site rendered (pages through the default theme's templates, feeds, e-mails, site
 * files), none written: the render stage of a clean build without the disk. Rendering runs on every core, as in a
 * build.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RenderBench extends KernelBench {

    private Site site;
    private Markdown markdown;
    private StaticFiles assets;
    private SiteConfig config;

    @Setup
    public void setUp() {
        Path root = Path.of("bench-site"); // not read: the site has no templates of its own
        config = Corpus.config(root);
        markdown = new Markdown();
        site = SiteBuilder.build(config, Corpus.articles(1000), markdown, false, Diagnostics.SILENT);
        assets = StaticFiles.load(config.paths().templates(), config.paths().staticFiles());
    }

    @Benchmark
    public long render() {
        // a new renderer each time, as each build makes one: nothing is remembered from the last run
        Templates templates = new Templates(config.paths().templates(), config.locale(),
                TimeZone.getTimeZone(config.timezone()));
        Counting sink = new Counting();
        new SiteRenderer(templates, markdown).render(site, assets, sink);
        return sink.bytes.sum();
    }

    /** Takes every file and keeps only its size: nothing is ever kept from an earlier version. */
    private static final class Counting implements FileSink {
        final LongAdder bytes = new LongAdder();

        @Override
        public boolean has(String path, long fingerprint) {
            return false;
        }

        @Override
        public void keep(String path, long fingerprint) {
            throw new IllegalStateException("nothing to keep: " + path);
        }

        @Override
        public void add(RenderedFile file, long fingerprint) {
            bytes.add(file.bytes().length);
        }

        @Override
        public void copy(CopiedFile file) {
            // the bench site has no static folder: only the theme's built-in assets, which are added
        }
    }
}
