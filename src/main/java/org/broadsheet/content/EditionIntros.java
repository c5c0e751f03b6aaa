package org.broadsheet.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.broadsheet.error.Diagnostics;
import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.fs.TextFiles;
import org.broadsheet.yaml.YamlDocuments;
import org.broadsheet.yaml.YamlMap;

/**
 * Reads the editors' edition introductions in {@code content/editions/}. They are not articles: {@link ContentLoader}
 * leaves the folder alone, and this reader accepts plain Markdown or Markdown with a front matter of {@code title:}.
 */
public final class EditionIntros {

    /** The folder under content/ that holds edition introductions, never articles. */
    public static final String FOLDER = "editions";
    private static final Set<String> KEYS = Set.of("title");

    private EditionIntros() {
    }

    /**
     * Every {@code .md} file in {@code contentDir/editions} (other files, such as images, are left alone), sorted by
     * name; none when the folder does not exist.
     *
     * @throws InputException with the problems of every file that could not be read
     */
    public static List<EditionIntro> load(Path contentDir, Diagnostics diagnostics) {
        return FlatFolder.read(contentDir.resolve(FOLDER), "an edition introduction sits directly in content/editions/, "
                + "named after its edition (e.g. content/editions/2014-w51.md); move it there",
                file -> read(file, TextFiles.readUtf8(file), diagnostics));
    }

    /** Parses the text of one introduction file. */
    static EditionIntro read(Path file, String text, Diagnostics diagnostics) {
        String name = file.getFileName().toString();
        String id = name.substring(0, name.lastIndexOf('.')).toLowerCase(Locale.ROOT);
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!t.startsWith("---")) {
            return new EditionIntro(file, id, "", t);
        }
        FrontMatter fm = FrontMatter.split(t, file);
        List<Problem> problems = new ArrayList<>();
        Optional<YamlMap> yaml = YamlDocuments.parseMapping(fm.yaml(), file, fm.yamlFirstLine(), problems);
        String title = "";
        if (yaml.isPresent()) {
            yaml.get().unknownKeys(KEYS, "an edition introduction (it takes only 'title:'; the edition's articles "
                    + "are chosen by their dates)").forEach(diagnostics::warn);
            title = yaml.get().string("title").orElse("");
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new EditionIntro(file, id, title, fm.body());
    }
}
