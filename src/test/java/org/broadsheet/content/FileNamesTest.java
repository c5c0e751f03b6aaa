package org.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "content/2024/05/harbour-wall.md,              harbour-wall, '',         false",
        "content/_posts/2014-12-20-storm.md,            storm,        2014-12-20, false",
        "content/posts/harbour-wall/index.md,           harbour-wall, '',         true",
        "content/posts/harbour-wall/INDEX.Markdown,     harbour-wall, '',         true",
        "content/posts/2014-12-20-storm/index.md,       storm,        2014-12-20, true",
        "content/posts/harbour-wall/indexes.md,         indexes,      '',         false",
        "content/posts/harbour-wall/index.txt,          index,        '',         false"})
    void aFilesNameOrItsFoldersForAnIndexGivesTheArticlesNameAndDay(String file, String stem, String day, boolean bundle) {
        Path path = Path.of(file);

        assertThat(FileNames.stem(path)).isEqualTo(stem);
        assertThat(FileNames.leadingDay(path)).isEqualTo(day.isEmpty() ? null : LocalDate.parse(day));
        assertThat(FileNames.isBundleIndex(path)).isEqualTo(bundle);
    }
}
