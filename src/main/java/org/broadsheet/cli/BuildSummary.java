package org.broadsheet.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.broadsheet.config.SiteConfig;
import org.broadsheet.config.SitePaths;
import org.broadsheet.pipeline.SiteBuild;
import org.broadsheet.serve.ChangeSet;
import org.broadsheet.site.Site;

/** The one-line reports of builds: what was built, what changed, and where the time went. */
final class BuildSummary {

    private BuildSummary() {
    }

    /**
     * E.g. "14 articles, 47 files (3 written, 44 unchanged, 0 removed; 9 rendered) · 412 ms (import 20, …)": files
     * whose inputs did not change are not even rendered.
     */
    static String line(SiteBuild.Result result) {
        if (result.skipped()) {
            return "nothing changed since the last build · " + timing(result);
        }
        var w = result.written();
        return result.articles() + (result.articles() == 1 ? " article, " : " articles, ") + result.files() + " files ("
                + w.written() + " written, " + w.unchanged() + " unchanged, " + w.removed() + " removed; " + result.rendered()
                + " rendered) · " + timing(result);
    }

    /**
     * E.g. "build: 2 articles dated in the future are held back; the next is due 2026-12-01 09:00 (UTC); --future
     * publishes them now": empty when none is.
     */
    static Optional<String> scheduled(SiteBuild.Result result, SiteConfig config) {
        Site.Scheduled s = result.scheduled();
        if (s == null || s.count() == 0) {
            return Optional.empty();
        }
        String due = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(s.next().atZone(config.timezone()));
        return Optional.of("build: " + s.count() + (s.count() == 1 ? " article dated in the future is" : " articles dated in the future are")
                + " held back; the next is due " + due + " (" + config.timezone().getId() + "), and a build after that publishes it;"
                + " --future publishes them now");
    }

    /** Total time, then each stage's: the stage that grows with the site shows first where to look. */
    static String timing(SiteBuild.Result result) {
        long total = result.stageMillis().values().stream().mapToLong(Long::longValue).sum();
        return total + " ms (" + result.stageMillis().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")) + ")";
    }

    /** What a change set names, for "rebuilt after …": a file, a few files, or everything. */
    static String cause(ChangeSet changes, SitePaths paths) {
        if (changes.due()) {
            return "an article's date came";
        }
        if (changes.everything()) {
            return "many changes";
        }
        // an editor saves through temporary files that are gone by now: name the files that are there, unless the
        // change was only deletions
        List<Path> present = changes.paths().stream().filter(Files::exists).toList();
        Collection<Path> files = present.isEmpty() ? changes.paths() : present;
        String first = files.stream().map(paths::display).sorted().findFirst().orElse("?");
        return files.size() == 1 ? first + " changed" : first + " and " + (files.size() - 1) + " more changed";
    }
}
