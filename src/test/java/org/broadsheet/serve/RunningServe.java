package org.broadsheet.serve;

import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.broadsheet.config.SiteConfig;
import org.broadsheet.error.Diagnostics;
import org.broadsheet.error.Problem;
import org.broadsheet.pipeline.SiteBuild;
import org.broadsheet.testing.Http;

/** {@code serve} started in-process on a free port for a test, with what it reported collected. */
final class RunningServe implements AutoCloseable {

    final ServeSession session;
    /** One line per build: "built", "previewed: [pages]", "failed: …" or "crashed: …". */
    final List<String> builds = new CopyOnWriteArrayList<>();
    /** Each previewed page as served when the preview was announced, before the rebuild. */
    final Map<String, String> servedAtPreview = new ConcurrentHashMap<>();

    private RunningServe(Path root, boolean drafts) {
        ServeListener listener = new ServeListener() {
            @Override
            public void built(SiteBuild.Result result, ChangeSet cause, SiteConfig config) {
                builds.add("built");
            }

            @Override
            public void previewed(List<String> pages, ChangeSet cause, SiteConfig config, long millis) {
                // what a browser gets at this moment, before the rebuild
                pages.forEach(page -> servedAtPreview.put(page, Http.get(session.url(), page).body()));
                builds.add("previewed: " + pages);
            }

            @Override
            public void failed(List<Problem> problems, ChangeSet cause) {
                builds.add("failed: " + problems);
            }

            @Override
            public void crashed(RuntimeException bug, ChangeSet cause) {
                builds.add("crashed: " + bug);
            }
        };
        session = ServeSession.start(root.resolve(SiteConfig.FILE_NAME),
                new ServeSession.Options(InetAddress.getLoopbackAddress(), 0, drafts), Diagnostics.SILENT, listener);
    }

    static RunningServe start(Path root) {
        return new RunningServe(root, true);
    }

    static RunningServe startWithoutDrafts(Path root) {
        return new RunningServe(root, false);
    }

    URI url() {
        return session.url();
    }

    int port() {
        return session.url().getPort();
    }

    @Override
    public void close() {
        session.close();
    }
}
