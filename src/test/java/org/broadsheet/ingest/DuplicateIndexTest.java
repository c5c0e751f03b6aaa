package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleDate;
import org.junit.jupiter.api.Test;

/** Import's duplicate index: by URL, by feed item and by near-identical text, whenever the texts were added. */
class DuplicateIndexTest {

    private static final String TEXT = "The council voted on Tuesday to repair the harbour wall before the winter storms, "
            + "after engineers warned that a second breach could flood the old town and close the ferry terminal for weeks. "
            + "Work starts in October and will be paid from the reserve fund set aside after last year's floods.";

    private static Article article(String title, String body) {
        return Article.of(title, ArticleDate.ofDay(LocalDate.of(2024, 5, 1), ZoneOffset.UTC), body);
    }

    @Test
    void nearIdenticalTextsAreFoundWhetherTheyWereAddedBeforeOrAfterTheFirstLookup() {
        DuplicateIndex index = new DuplicateIndex();
        index.add(article("Harbour wall to be repaired", TEXT), Path.of("content/harbour.md"));
        index.add(article("Library reopens", "A different story altogether, about books and a roof."), Path.of("content/library.md"));

        Optional<DuplicateIndex.Match> before = index.find(article("Harbour wall to be repaired", TEXT + " Updated."), "");
        index.add(article("Ferry timetable", TEXT.replace("harbour wall", "ferry ramp")), Path.of("content/ferry.md"));
        Optional<DuplicateIndex.Match> after = index.find(article("Ferry timetable", TEXT.replace("harbour wall", "ferry ramp")), "");
        Optional<DuplicateIndex.Match> none = index.find(article("Storm", "Nothing like any of them: wind, rain, a fallen tree."), "");

        assertThat(before).hasValueSatisfying(m -> {
            assertThat(m.file()).isEqualTo(Path.of("content/harbour.md"));
            assertThat(m.reason()).isEqualTo("near-identical text");
        });
        assertThat(after).map(DuplicateIndex.Match::file).contains(Path.of("content/ferry.md"));
        assertThat(none).isEmpty();
    }
}
