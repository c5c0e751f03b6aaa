package org.broadsheet.ingest;

import java.nio.file.Path;
import java.util.List;

import org.broadsheet.config.SitePaths;
import org.broadsheet.error.Problem;

/** What import did with one source (or one item of a feed). */
public sealed interface ImportOutcome {

    /** The source as the user names it. */
    String source();

    /** One line for the report, paths shown as {@code paths} displays them. */
    String describe(SitePaths paths);

    /** Written to a new content file (or, in a dry run, would be). */
    record Imported(String source, Path file) implements ImportOutcome {
        @Override
        public String describe(SitePaths paths) {
            return source + " → " + paths.display(file);
        }
    }

    /** Imported again over a file that differed (import --force); the replaced file was saved as {@code backup}. */
    record Replaced(String source, Path file, Path backup) implements ImportOutcome {
        @Override
        public String describe(SitePaths paths) {
            return source + " → " + paths.display(file) + " (replaced; the previous version is in " + paths.display(backup) + ")";
        }
    }

    /**
     * Imported before, over a content file nobody edited (it is as import wrote it), which import would now write
     * differently: written again (or, in a dry run, would be). {@code why} says what changed.
     */
    record Updated(String source, Path file, Why why) implements ImportOutcome {
        @Override
        public String describe(SitePaths paths) {
            return source + " → " + paths.display(file) + " (updated: " + why.text + ", and the file was as import wrote it)";
        }
    }

    /** Why import would write an article differently now. */
    enum Why {
        SOURCE("the source changed"),
        /** The same source: a new version of Broadsheet, or changed import settings, make other Markdown of it. */
        CONVERSION("Broadsheet now converts this source differently"),
        /** The ledger does not say what import read last time (a line from before it did): either may be true. */
        UNKNOWN("the source changed, or Broadsheet now converts it differently");

        final String text;

        Why(String text) {
            this.text = text;
        }
    }

    /** Imported before, and the content file is exactly what import would write now. */
    record Unchanged(String source, Path file) implements ImportOutcome {
        @Override
        public String describe(SitePaths paths) {
            return source + ": unchanged (" + paths.display(file) + ")";
        }
    }

    /** Imported before, but the content file differs from what import would write: the user's file is kept. */
    record Kept(String source, Path file, String reason) implements ImportOutcome {
        @Override
        public String describe(SitePaths paths) {
            return source + ": " + paths.display(file) + " " + reason;
        }
    }

    /** The same story is already in content/ (same URL, same feed item, or near-identical text): not imported again. */
    record Duplicate(String source, Path existing, String reason) implements ImportOutcome {
        @Override
        public String describe(SitePaths paths) {
            return source + ": duplicate of " + paths.display(existing) + " (" + reason + ")";
        }
    }

    /** Deliberately not imported. */
    record Skipped(String source, String reason) implements ImportOutcome {
        @Override
        public String describe(SitePaths paths) {
            return source + ": skipped, " + reason;
        }
    }

    /** Could not be read: the problems say where and why. */
    record Failed(String source, List<Problem> problems) implements ImportOutcome {
        public Failed {
            problems = List.copyOf(problems);
        }

        @Override
        public String describe(SitePaths paths) {
            return source + ": failed: " + problems.get(0).message();
        }
    }
}
