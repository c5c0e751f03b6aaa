package org.broadsheet.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.broadsheet.fs.TextFiles;

/**
 * Reads every article under the content folder, in parallel, and reports the problems of all bad files at once.
 */
public final class ContentLoader {

    private ContentLoader() {
    }

    /**
     * Loads all {@code .md} and {@code .markdown} files under {@code contentDir} (hidden files and folders, and the
     * edition introductions in {@link EditionIntros#FOLDER}, skipped), in path order.
     *
     * @throws InputException with the problems of every file that could not be read
     */
    public static List<ContentFile> load(Path contentDir, ZoneId zone) {
        return load(contentDir, zone, new Memory());
    }

    /**
     * What earlier loads read, by file, with the size and modification time it had: {@code serve} keeps one between
     * rebuilds, so a rebuild after one edit reads one file. Thread-safe.
     */
    public static final class Memory {
        private record Known(long size, long modifiedMillis, ContentFile file) {
        }

        private final Map<Path, Known> known = new ConcurrentHashMap<>();

        ContentFile recall(Path file, BasicFileAttributes now) {
            Known k = known.get(file);
            return k != null && k.size() == now.size() && k.modifiedMillis() == now.lastModifiedTime().toMillis() ? k.file() : null;
        }

        void remember(ContentFile file, BasicFileAttributes read) {
            known.put(file.file(), new Known(read.size(), read.lastModifiedTime().toMillis(), file));
        }

        void keepOnly(java.util.Collection<Path> files) {
            known.keySet().retainAll(new java.util.HashSet<>(files));
        }
    }

    /** Like {@link #load(Path, ZoneId)}, reusing what {@code memory} read before for files unchanged since. */
    public static List<ContentFile> load(Path contentDir, ZoneId zone, Memory memory) {
        List<Path> files = articleFiles(contentDir);
        memory.keepOnly(files);
        List<Outcome> outcomes = files.parallelStream().map(f -> readOne(f, zone, memory)).toList();
        List<ContentFile> articles = new ArrayList<>(files.size());
        List<Problem> problems = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            if (outcome.article() != null) {
                articles.add(outcome.article());
            }
            problems.addAll(outcome.problems());
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return articles;
    }

    /** The article files under {@code contentDir}, sorted; none when the folder does not exist. */
    public static List<Path> articleFiles(Path contentDir) {
        if (!Files.isDirectory(contentDir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(contentDir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(p -> isArticleFile(contentDir, p)).sorted(Comparator.naturalOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isArticleFile(Path root, Path p) {
        Path relative = root.relativize(p);
        if (relative.getNameCount() > 1 && relative.getName(0).toString().equals(EditionIntros.FOLDER)) {
            return false;
        }
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".md") || name.endsWith(".markdown")) && Files.isRegularFile(p);
    }

    /**
     * Reads one article file again, or recalls it when it is unchanged since {@code memory} read it; {@code memory}
     * remembers it, so the next {@link #load} need not read it.
     *
     * @throws InputException when the file cannot be read or is not a valid article
     */
    public static ContentFile reread(Path file, ZoneId zone, Memory memory) {
        Outcome outcome = readOne(file, zone, memory);
        if (outcome.article() == null) {
            throw new InputException(outcome.problems());
        }
        return outcome.article();
    }

    /** What reading one file gave: its article, or its problems. */
    private record Outcome(ContentFile article, List<Problem> problems) {
    }

    private static Outcome readOne(Path file, ZoneId zone, Memory memory) {
        try {
            BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class);
            ContentFile known = memory.recall(file, before);
            if (known != null) {
                return new Outcome(known, List.of());
            }
            ContentFile read = new ContentFile(file, ArticleParser.parse(file, TextFiles.readUtf8(file), zone));
            memory.remember(read, before); // the attributes from before reading: an edit meanwhile is seen next time
            return new Outcome(read, List.of());
        } catch (InputException e) {
            return new Outcome(null, e.problems());
        } catch (IOException e) {
            return new Outcome(null, List.of(new Problem(SourcePosition.of(file), "cannot read the file: " + e.getMessage())));
        }
    }

}
