package org.broadsheet.output;

import java.nio.file.Path;

import org.broadsheet.config.SitePaths;
import org.broadsheet.error.OutputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;

/**
 * Refuses output folders whose replacement would destroy the user's work: the site root or anything above it,
 * the content, sources, templates or static folders or anything inside them, the file-system root, the home folder.
 */
final class OutputGuard {

    private OutputGuard() {
    }

    static void check(Path output, SitePaths paths) {
        Path out = output.toAbsolutePath().normalize();
        String why = null;
        if (out.getParent() == null) {
            why = "it is the root of the file system";
        } else if (out.equals(Path.of(System.getProperty("user.home")).toAbsolutePath().normalize())) {
            why = "it is your home folder";
        } else if (paths.root().startsWith(out)) {
            why = "it contains the site itself (broadsheet.yaml, content/, sources/)";
        } else {
            for (Path precious : new Path[] {paths.content(), paths.sources(), paths.templates(), paths.staticFiles()}) {
                if (out.startsWith(precious) || precious.startsWith(out)) {
                    why = "it overlaps " + paths.display(precious) + "/";
                }
            }
        }
        if (why != null) {
            throw new OutputException(new Problem(SourcePosition.of(out),
                    "refusing to write the site here: " + why + "; choose another output folder (paths: output: in broadsheet.yaml, or --output)"), null);
        }
    }
}
