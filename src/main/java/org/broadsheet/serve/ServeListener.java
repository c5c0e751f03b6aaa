package org.broadsheet.serve;

import java.util.List;

import org.broadsheet.config.SiteConfig;
import org.broadsheet.error.Problem;
import org.broadsheet.pipeline.SiteBuild;

/** What {@code serve} tells its user about each build; the command line prints it. */
public interface ServeListener {

    /** A build succeeded; {@code cause} is what changed ({@link ChangeSet#all()} for the first build). */
    void built(SiteBuild.Result result, ChangeSet cause, SiteConfig config);

    /**
     * The pages of edited articles are served already, {@code millis} after the change was picked up; the rebuild
     * of the whole site follows ({@link #built}).
     */
    default void previewed(List<String> pages, ChangeSet cause, SiteConfig config, long millis) {
    }

    /** A build failed with problems in the user's files; the last good site is still served. */
    void failed(List<Problem> problems, ChangeSet cause);

    /** A build failed with a bug in Broadsheet; the last good site is still served. */
    void crashed(RuntimeException bug, ChangeSet cause);
}
