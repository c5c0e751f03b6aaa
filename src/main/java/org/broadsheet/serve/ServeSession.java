package org.broadsheet.serve;

import java.io.Closeable;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.broadsheet.config.ConfigLoader;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.config.SitePaths;
import org.broadsheet.error.BroadsheetException;
import org.broadsheet.error.Diagnostics;
import org.broadsheet.error.Problem;
import org.broadsheet.ingest.ImportOutcome;
import org.broadsheet.pipeline.SiteBuild;
import org.broadsheet.render.RenderedFile;

/**
 * One run of {@code broadsheet serve}: builds the site into memory with the same pipeline as {@code build}, serves
 * it, and rebuilds whenever the watcher reports a change; an edit to an article's text is previewed first. A failed
 * build leaves the last good site served (with any page previewed since), its problems shown over the pages until a
 * build succeeds again.
 */
public final class ServeSession implements Closeable {

    /**
     * @param drafts show drafts and future-dated articles, with a badge; false shows what {@code build} publishes
     */
    public record Options(InetAddress bind, int port, boolean drafts) {
    }

    private final Path configFile;
    private final Options options;
    private final Diagnostics diagnostics;
    private final ServeListener listener;
    private final MemoryOutput output;
    private final DevServer server;
    private final Watcher watcher;
    private final CountDownLatch closed = new CountDownLatch(1);
    /** Rebuilds when a held-back article's date comes (or a "future" badge expires), without a change on disk. */
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "broadsheet-serve-clock");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> nextDue;
    /** Changed only by builds, which run one at a time (first in start(), then on the watcher's thread). */
    private SiteConfig config;
    /** Kept between rebuilds (what it builds once stays built) and replaced when the config changes. */
    private SiteBuild pipeline;
    /** The sources the last successful build failed to import: shown over the site, previews included. */
    private List<String> importProblemsShown = List.of();
    /** After a failed build the served site is not the last site built, so nothing is previewed against it. */
    private boolean lastBuildFailed;

    private ServeSession(Path configFile, Options options, Diagnostics diagnostics, ServeListener listener,
            SiteConfig config, DevServer server) {
        this.configFile = configFile.toAbsolutePath().normalize();
        this.options = options;
        this.diagnostics = diagnostics;
        this.listener = listener;
        this.config = config;
        this.output = new MemoryOutput(PrivateCopies.in(config.paths().cache()));
        this.pipeline = new SiteBuild(config, diagnostics, output);
        this.server = server;
        this.watcher = new Watcher(this.configFile, watched(config.paths()), this::rebuild,
                bug -> listener.crashed(bug, ChangeSet.all()));
    }

    /**
     * Loads the config, takes the port, builds the site, and starts serving and watching.
     *
     * @throws BroadsheetException when the config is wrong or the port is taken; content and template problems do
     *         not stop serve, they are shown until fixed
     */
    public static ServeSession start(Path configFile, Options options, Diagnostics diagnostics, ServeListener listener) {
        SiteConfig config = ConfigLoader.load(configFile, diagnostics);
        DevServer server = DevServer.bind(options.bind(), options.port());
        ServeSession session;
        try {
            session = new ServeSession(configFile, options, diagnostics, listener, forServe(config, server), server);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        session.build(ChangeSet.all(), true);
        server.start();
        session.watcher.start();
        return session;
    }

    public URI url() {
        return server.url();
    }

    /** Blocks until {@link #close()}; what the command does after starting. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    @Override
    public void close() {
        clock.shutdownNow();
        watcher.close();
        server.close();
        output.close();
        closed.countDown();
    }

    /** The watcher's callback: one batch of changed files. */
    void rebuild(ChangeSet changes) {
        build(changes, false);
    }

    private synchronized void build(ChangeSet changes, boolean first) {
        try {
            if (changes.touches(configFile) && !first) {
                SiteConfig fresh = forServe(ConfigLoader.load(configFile, diagnostics), server);
                if (!fresh.paths().equals(config.paths())) {
                    watcher.watch(watched(fresh.paths()));
                }
                config = fresh;
                pipeline = new SiteBuild(config, diagnostics, output);
            }
            if (!first && !lastBuildFailed && !changes.everything()) {
                preview(changes);
            }
            boolean importSources = first || changes.touches(config.paths().sources());
            SiteBuild.Result result = pipeline.runWhenFree(new SiteBuild.Options(importSources, options.drafts(), options.drafts(), options.drafts()));
            importProblemsShown = importProblems(result);
            lastBuildFailed = false;
            server.update(output.current(), importProblemsShown);
            listener.built(result, changes, config);
            rebuildWhenDue(result.nextChange());
        } catch (BroadsheetException e) {
            lastBuildFailed = true;
            server.showProblems(format(e.problems()));
            listener.failed(e.problems(), changes);
        } catch (RuntimeException e) {
            lastBuildFailed = true;
            server.showProblems(List.of("internal error: " + e + " (a bug in Broadsheet; the terminal has details with --verbose)"));
            listener.crashed(e, changes);
        }
    }

    /** Plans a rebuild for the moment {@code due} (null: none), in place of any planned before. */
    private void rebuildWhenDue(Instant due) {
        if (nextDue != null) {
            nextDue.cancel(false);
            nextDue = null;
        }
        if (due != null && !clock.isShutdown()) {
            long millis = Math.max(0, Duration.between(Instant.now(), due).toMillis() + 1);
            nextDue = clock.schedule(() -> build(ChangeSet.articleDue(), false), millis, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * An edit to articles' text shows at once: their pages are rendered against the last site and served (open tabs
     * reload) before the whole site is rebuilt, as Hugo's fast render does. Other changes wait for the rebuild.
     */
    private void preview(ChangeSet changes) {
        long start = System.nanoTime();
        try {
            pipeline.previewEdits(changes.paths()).ifPresent(pages -> {
                if (output.patch(pages)) {
                    server.update(output.current(), importProblemsShown);
                    listener.previewed(pages.stream().map(RenderedFile::path).toList(), changes, config,
                            (System.nanoTime() - start) / 1_000_000);
                }
            });
        } catch (RuntimeException e) { // a shortcut only: the rebuild that follows reports whatever is wrong
            diagnostics.detail("the quick preview failed: " + e);
        }
    }

    /** Sources that failed to import do not stop the build, but the author should see them in the browser too. */
    private List<String> importProblems(SiteBuild.Result result) {
        List<Problem> problems = new ArrayList<>();
        if (result.imports() != null) {
            for (ImportOutcome outcome : result.imports().outcomes()) {
                if (outcome instanceof ImportOutcome.Failed failed) {
                    problems.addAll(failed.problems());
                }
            }
        }
        return format(problems);
    }

    private List<String> format(List<Problem> problems) {
        return problems.stream().map(p -> p.format(config.paths().root())).toList();
    }

    /** Absolute links (feeds, canonical URLs) should lead to this server while previewing. */
    private static SiteConfig forServe(SiteConfig config, DevServer server) {
        return config.previewedAt(server.url().toString());
    }

    private static List<Path> watched(SitePaths paths) {
        return List.of(paths.sources(), paths.content(), paths.templates(), paths.staticFiles());
    }
}
