package org.broadsheet.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;

/**
 * A folder of content/ whose Markdown files are not articles and sit directly in it, each named after what it is
 * (an edition's introduction, a page): {@code content/editions/}, {@code content/pages/}.
 */
final class FlatFolder {

    private FlatFolder() {
    }

    /**
     * Reads every Markdown file directly in {@code folder} with {@code reader}, in name order (none when the folder
     * does not exist); one in a subfolder is a problem, with {@code misplaced} saying where it belongs. Other files
     * (images) and hidden ones are left alone.
     *
     * @throws InputException with the problems of every file, in file order
     */
    static <T> List<T> read(Path folder, String misplaced, Function<Path, T> reader) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(FlatFolder::isMarkdown).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<T> read = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            if (!file.getParent().equals(folder)) {
                problems.add(new Problem(SourcePosition.of(file), misplaced));
                continue;
            }
            try {
                read.add(reader.apply(file));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return read;
    }

    private static boolean isMarkdown(Path p) {
        return !p.getFileName().toString().startsWith(".") && FileNames.isMarkdown(p) && Files.isRegularFile(p);
    }
}
