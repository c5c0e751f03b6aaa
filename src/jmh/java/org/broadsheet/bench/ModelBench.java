package org.broadsheet.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.broadsheet.config.SiteConfig;
import org.broadsheet.content.ContentFile;
import org.broadsheet.content.Markdown;
import org.broadsheet.error.Diagnostics;
import org.broadsheet.site.Site;
import org.broadsheet.site.SiteBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The site model from loaded content, as a clean build makes it (nothing remembered): placement, summaries, tags,
 * publications, timeline, related stories, story clusters, editions. Per article it must not grow with the archive.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ModelBench extends KernelBench {

    @Param({"1000", "10000"})
    public int articles;

    private SiteConfig config;
    private List<ContentFile> content;
    private Markdown markdown;

    @Setup
    public void setUp() {
        config = Corpus.config(Path.of("bench-site"));
        content = Corpus.articles(articles);
        markdown = new Markdown();
    }

    @Benchmark
    public Site build() {
        return SiteBuilder.build(config, content, markdown, false, Diagnostics.SILENT);
    }
}
