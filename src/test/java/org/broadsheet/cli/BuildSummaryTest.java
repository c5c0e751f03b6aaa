package org.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.broadsheet.config.SitePaths;
import org.broadsheet.serve.ChangeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What serve says it rebuilt after: the files an editor saved, not the temporary files it saved them through. */
class BuildSummaryTest {

    @TempDir
    Path root;

    @Test
    void theCauseNamesTheFilesThatAreThereNotAnEditorsTemporaryOnes() throws IOException {
        SitePaths paths = SitePaths.defaults(root);
        Path article = Files.writeString(Files.createDirectories(root.resolve("content")).resolve("a.md"), "text");
        Path temporary = root.resolve("content/sed8TrH59");

        assertThat(BuildSummary.cause(ChangeSet.of(Set.of(temporary, article)), paths)).isEqualTo("content/a.md changed");
        Set<Path> deleted = Set.of(root.resolve("content/gone.md"), root.resolve("content/b.md"));
        assertThat(BuildSummary.cause(ChangeSet.of(deleted), paths)).as("only deletions: they are named")
                .isEqualTo("content/b.md and 1 more changed");
    }
}
