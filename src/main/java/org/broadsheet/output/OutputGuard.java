package org.broadsheet.output;

import java.nio.file.Path;

import org.broadsheet.config.SitePaths;
import org.broadsheet.error.OutputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;

/**
 * Refuses output folders whose replacement would destroy the user's work: the site root or anything above it,
 * the content, sources, templates or static folders, Broadsheet's own working folder ({@code .broadsheet}) or
 * anything inside them, the file-system root, the home folder; also when the output is a link to one of them.
 */
final class OutputGuard {

    private OutputGuard() {
    }

    static void check(Path output, SitePaths paths) {
        Path out = output.toAbsolutePath().normalize();
        String why = refusal(out, paths);
        Path real = realPath(out);
        if (why == null && !real.equals(out)) {
            why = refusal(real, paths); // a link to a precious folder is refused like the folder
        }
        if (why != null) {
            throw new OutputException(new Problem(SourcePosition.of(out),
                    "refusing to write the site here: " + why + "; choose another output folder (paths: output: in broadsheet.yaml, or --output)"), null);
        }
    }

    private static String refusal(Path out, SitePaths paths) {
        if (out.getParent() == null) {
            return "it is the root of the file system";
        }
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        if (out.equals(home) || out.equals(realPath(home))) {
            return "it is your home folder";
        }
        if (paths.root().startsWith(out) || realPath(paths.root()).startsWith(out)) {
            return "it contains the site itself (broadsheet.yaml, content/, sources/)";
        }
        Path working = paths.root().resolve(".broadsheet"); // the import ledger and the caches
        for (Path precious : new Path[] {paths.content(), paths.sources(), paths.templates(), paths.staticFiles(), working}) {
            for (Path p : new Path[] {precious, realPath(precious)}) {
                if (out.startsWith(p) || p.startsWith(out)) {
                    return "it overlaps " + paths.display(precious) + "/";
                }
            }
        }
        return null;
    }

    /** The path with its links resolved, as far as it exists. */
    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (java.io.IOException | SecurityException e) {
            return path;
        }
    }
}
