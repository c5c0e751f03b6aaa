package org.broadsheet.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
            ContentFile read = new ContentFile(file, ArticleParser.parse(file, readUtf8(file), zone));
            memory.remember(read, before); // the attributes from before reading: an edit meanwhile is seen next time
            return new Outcome(read, List.of());
        } catch (InputException e) {
            return new Outcome(null, e.problems());
        } catch (IOException e) {
            return new Outcome(null, List.of(new Problem(SourcePosition.of(file), "cannot read the file: " + e.getMessage())));
        }
    }

    /**
     * Reads a content file as strict UTF-8 (UTF-16 when it starts with a UTF-16 byte-order mark): a bad byte is a
     * problem at its line, never silently replaced.
     */
    public static String readUtf8(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(new Problem(SourcePosition.of(file), "cannot read the file: " + e.getMessage()), e);
        }
        boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
        try {
            if (utf16) {
                // the UTF_16 decoder reads the byte-order mark and drops it
                return StandardCharsets.UTF_16.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            if (utf16) {
                throw new InputException(new Problem(SourcePosition.of(file),
                        "the file starts like UTF-16 but is not valid UTF-16; save it as UTF-8 in your editor"));
            }
            int line = 1 + lineOfFirstBadByte(bytes);
            throw new InputException(new Problem(SourcePosition.of(file, line),
                    "the file is not valid UTF-8 (from line " + line + " on); save it as UTF-8 in your editor"));
        }
    }

    private static int lineOfFirstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        int lines = 0;
        for (int i = 0; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
