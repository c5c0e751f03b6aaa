package org.broadsheet.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.broadsheet.site.Entry;
import org.broadsheet.site.Site;

/**
 * The files published with the articles that are the {@code index.md} of their folder (Hugo's page bundles): each
 * copied as it is beside the article's page, kept unread when unchanged, as the static folder's files are.
 */
final class BundleFiles {

    private BundleFiles() {
    }

    /** Every article's files, in path order. */
    static List<CopiedFile> of(Site site) {
        List<CopiedFile> files = new ArrayList<>();
        for (Entry e : site.entries()) {
            e.resources().forEach((path, source) -> {
                try {
                    files.add(CopiedFile.of(path, source, Files.readAttributes(source, BasicFileAttributes.class)));
                } catch (IOException gone) {
                    throw new InputException(new Problem(SourcePosition.of(source), "this file of "
                            + site.config().paths().display(e.file()) + " could not be read (" + gone.getMessage()
                            + "); if it was moved or deleted during the build, build again"));
                }
            });
        }
        files.sort(Comparator.comparing(CopiedFile::path));
        return files;
    }
}
