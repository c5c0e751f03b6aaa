package org.broadsheet.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import org.broadsheet.error.OutputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;

/**
 * Creates the files of {@code init} and {@code theme eject}: never over an existing file (the check and the write
 * are one step), and every file kept is named in a warning.
 */
final class NewFiles {

    private final Console console;
    private final Path base;
    private int created;
    private int kept;

    /** @param base files are named relative to it */
    NewFiles(Console console, Path base) {
        this.console = console;
        this.base = base;
    }

    void create(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            created++;
            console.detail("created " + name(file));
        } catch (FileAlreadyExistsException e) {
            kept++;
            console.warn(new Problem(SourcePosition.of(file), "exists already; kept as it is, not overwritten"));
        } catch (IOException e) {
            throw new OutputException(new Problem(SourcePosition.of(file), "cannot create the file: " + e.getMessage()), e);
        }
    }

    /** Creates {@code files} (path relative to {@code folder} → bytes) under {@code folder}. */
    void createAll(Path folder, Map<String, byte[]> files) {
        files.forEach((path, bytes) -> create(folder.resolve(path), bytes));
    }

    int created() {
        return created;
    }

    int kept() {
        return kept;
    }

    String name(Path file) {
        Path f = file.toAbsolutePath().normalize();
        Path b = base.toAbsolutePath().normalize();
        return (f.startsWith(b) ? b.relativize(f) : f).toString().replace('\\', '/');
    }
}
