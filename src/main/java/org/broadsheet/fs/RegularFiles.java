package org.broadsheet.fs;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.function.BiConsumer;

/**
 * Walks the regular files of a folder with the attributes the walk itself read (only a link's are read again).
 * Asking for each file's size and modification time again, after {@code Files.walk} had already read them, doubled
 * the system calls of the checks that look at every file of a large site.
 */
public final class RegularFiles {

    private RegularFiles() {
    }

    /**
     * Calls {@code each} for every regular file under {@code root} (for {@code root} itself when it is one), as
     * {@link Files#isRegularFile} judges, with the attributes of the file: a link to a regular file counts, with its
     * target's attributes; a broken link does not count.
     *
     * @param followLinks whether to enter linked folders
     * @throws IOException when a folder cannot be read, or links loop
     */
    public static void forEach(Path root, boolean followLinks, BiConsumer<Path, BasicFileAttributes> each)
            throws IOException {
        EnumSet<FileVisitOption> options = followLinks ? EnumSet.of(FileVisitOption.FOLLOW_LINKS)
                : EnumSet.noneOf(FileVisitOption.class);
        Files.walkFileTree(root, options, Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                BasicFileAttributes named = attributes;
                if (attributes.isSymbolicLink()) { // not followed by the walk: ask for its target's
                    try {
                        named = Files.readAttributes(file, BasicFileAttributes.class);
                    } catch (IOException broken) {
                        return FileVisitResult.CONTINUE;
                    }
                }
                if (named.isRegularFile()) {
                    each.accept(file, named);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
