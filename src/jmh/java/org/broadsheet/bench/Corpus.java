package org.broadsheet.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

import org.broadsheet.config.ConfigLoader;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.content.ContentFile;
import org.broadsheet.content.ContentLoader;
import org.broadsheet.error.Diagnostics;

/**
 * The generated corpora the whole-command benches use (bench/corpus.py, made by bench/kernels before it runs the
 * benchmarks), and the config of their sites, so kernel figures and whole-build figures describe the same articles.
 */
final class Corpus {

    /** bench/kernels passes its work area, where {@code corpus-N} folders are. */
    static final String DIR_PROPERTY = "broadsheet.bench.dir";

    private Corpus() {
    }

    static List<ContentFile> articles(int n) {
        String dir = System.getProperty(DIR_PROPERTY);
        if (dir == null) {
            throw new IllegalStateException("-D" + DIR_PROPERTY + " is not set: run the benchmarks with bench/kernels");
        }
        Path corpus = Path.of(dir, "corpus-" + n);
        if (!Files.isDirectory(corpus)) {
            throw new IllegalStateException(corpus + " does not exist: bench/kernels generates it before it runs");
        }
        return ContentLoader.load(corpus, ZoneOffset.UTC);
    }

    /** The config of the benches' sites (bench/lib.sh, broadsheet_site). */
    static SiteConfig config(Path root) {
        return ConfigLoader.parse("title: News Digest\nbase_url: https://example.org/\ntimezone: UTC\npage_size: 20\n",
                root.resolve(SiteConfig.FILE_NAME), Diagnostics.SILENT);
    }
}
