package org.broadsheet.ingest;

import java.util.List;

/** Everything one import run did, in source order. */
public record ImportReport(List<ImportOutcome> outcomes, boolean dryRun) {

    public ImportReport {
        outcomes = List.copyOf(outcomes);
    }

    public long count(Class<? extends ImportOutcome> kind) {
        return outcomes.stream().filter(kind::isInstance).count();
    }

    /** True when the run wrote (or, in a dry run, would write) at least one content file. */
    public boolean wroteSomething() {
        return count(ImportOutcome.Imported.class) + count(ImportOutcome.Updated.class) + count(ImportOutcome.Replaced.class) > 0;
    }

    public boolean hasFailures() {
        return count(ImportOutcome.Failed.class) > 0;
    }

    /** One line, e.g. "import: 2 imported, 5 unchanged, 1 kept (edited), 0 duplicates, 0 skipped, 0 failed". */
    public String summary() {
        return "import: " + count(ImportOutcome.Imported.class) + (dryRun ? " to import, " : " imported, ")
                + (count(ImportOutcome.Updated.class) > 0 ? count(ImportOutcome.Updated.class) + " updated, " : "")
                + (count(ImportOutcome.Replaced.class) > 0 ? count(ImportOutcome.Replaced.class) + " replaced, " : "")
                + count(ImportOutcome.Unchanged.class) + " unchanged, "
                + count(ImportOutcome.Kept.class) + " kept (edited), "
                + count(ImportOutcome.Duplicate.class) + " duplicates, "
                + count(ImportOutcome.Skipped.class) + " skipped, "
                + count(ImportOutcome.Failed.class) + " failed";
    }
}
