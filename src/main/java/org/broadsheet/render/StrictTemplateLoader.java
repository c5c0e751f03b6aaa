package org.broadsheet.render;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;

import org.broadsheet.error.InputException;
import org.broadsheet.fs.TextFiles;

/**
 * The site's own {@code templates/} folder, read as strictly as its content: Freemarker's reader would turn a byte
 * that is not UTF-8 into U+FFFD and publish it; here it is an error at its line (see {@link #problemIn}).
 */
final class StrictTemplateLoader implements TemplateLoader {

    /** A template found in the folder: the name Freemarker asked for, and what Freemarker's own loader found. */
    private record Source(String name, Object found) {
    }

    /** Carries the problem through Freemarker, which only lets a loader throw {@link IOException}s. */
    private static final class NotUtf8 extends IOException {
        private final InputException problem;

        NotUtf8(InputException problem) {
            super(problem.getMessage(), problem);
            this.problem = problem;
        }
    }

    private final Path folder;
    // finds files as Freemarker does (names normalised, nothing outside the folder); only the reading is ours
    private final FileTemplateLoader files;

    StrictTemplateLoader(Path folder) throws IOException {
        this.folder = folder;
        this.files = new FileTemplateLoader(folder.toFile());
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        Object found = files.findTemplateSource(name);
        return found == null ? null : new Source(name, found);
    }

    @Override
    public long getLastModified(Object source) {
        return files.getLastModified(((Source) source).found());
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        try {
            // the file Freemarker found, named as the site's other template errors name it
            return new StringReader(TextFiles.readUtf8(folder.resolve(((Source) source).name())));
        } catch (InputException e) {
            throw new NotUtf8(e);
        }
    }

    @Override
    public void closeTemplateSource(Object source) throws IOException {
        files.closeTemplateSource(((Source) source).found());
    }

    /**
     * The problem of a template that could not be read, wherever Freemarker put it: thrown as it was, or as the cause
     * of a failed include or of its note that loading failed on an earlier attempt.
     */
    static InputException problemIn(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof NotUtf8 n) {
                return n.problem;
            }
        }
        return null;
    }
}
