package org.broadsheet.output;

import java.util.List;

import org.broadsheet.render.CopiedFile;
import org.broadsheet.render.FileSink;
import org.broadsheet.render.OutputFile;
import org.broadsheet.render.RenderedFile;

/**
 * Where a build's files go: {@link SiteWriter} puts them on disk for {@code build}; {@code serve} keeps them in
 * memory. A build opens a {@link Session}, streams files into it as they are rendered, and commits only a complete
 * site, so an implementation may swap the new version in whole.
 */
public interface SiteOutput {

    /** Starts a new version of the site; the current one stays until {@link Session#commit()}. */
    Session begin();

    /**
     * A number that changes whenever the current version differs from what the last commit left (a file edited,
     * added or removed by someone else), or 0 when that cannot be told cheaply: then a build never assumes it has
     * nothing to do.
     */
    default long currentState() {
        return 0;
    }

    /** Whether {@link #currentState()} can vouch for the output at all (on disk it can; {@code serve}'s memory not). */
    default boolean tracksState() {
        return false;
    }

    /** One version of the site being written; rendering fills it as a {@link FileSink}. */
    interface Session extends FileSink {

        /** Makes the new version current. Files neither added nor kept are gone from it. */
        WriteResult commit();

        /** Drops the new version; the current one stays as it was. */
        void abort();

        /**
         * After {@link #commit()}: what {@link SiteOutput#currentState()} gives until someone else touches the
         * output, known without looking at it again; 0 when the output cannot vouch for its state.
         */
        default long committedState() {
            return 0;
        }
    }

    /** Writes a whole site at once: for callers that have every file in hand (or, copied ones, on disk). */
    default WriteResult write(List<? extends OutputFile> files) {
        Session session = begin();
        try {
            for (OutputFile file : files) {
                if (file instanceof CopiedFile copy) {
                    session.copy(copy);
                } else {
                    session.add((RenderedFile) file, 0);
                }
            }
            return session.commit();
        } catch (RuntimeException e) {
            session.abort();
            throw e;
        }
    }
}
