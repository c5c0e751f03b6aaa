package org.broadsheet.output;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.broadsheet.render.CopiedFile;
import org.broadsheet.render.OutputFile;
import org.broadsheet.render.RenderedFile;

/**
 * Keeps a build's files in a list, in no particular order: for {@code check}, which writes nothing. Files copied from
 * disk are listed, not read.
 */
public final class CollectedOutput implements SiteOutput {

    private final List<OutputFile> files = Collections.synchronizedList(new ArrayList<>());

    /** The files of the last committed build. */
    public List<OutputFile> files() {
        return List.copyOf(files);
    }

    @Override
    public Session begin() {
        List<OutputFile> collected = Collections.synchronizedList(new ArrayList<>());
        return new Session() {
            @Override
            public boolean has(String path, long fingerprint) {
                return false;
            }

            @Override
            public void keep(String path, long fingerprint) {
                throw new IllegalStateException("nothing to keep: every file is rendered");
            }

            @Override
            public void add(RenderedFile file, long fingerprint) {
                collected.add(file);
            }

            @Override
            public void copy(CopiedFile file) {
                collected.add(file);
            }

            @Override
            public WriteResult commit() {
                files.clear();
                files.addAll(collected);
                return new WriteResult(collected.size(), 0, 0);
            }

            @Override
            public void abort() {
                collected.clear();
            }
        };
    }
}
