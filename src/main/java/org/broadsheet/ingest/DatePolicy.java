package org.broadsheet.ingest;

import java.time.ZoneId;

import org.broadsheet.content.ArticleDate;
import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;

/**
 * What to do when a source gives no publication date: use the date given on the command line ({@code --date}),
 * else the file's modification time when the config says {@code default_date: file-mtime}, else fail with a
 * message that names both ways out.
 *
 * @param given the {@code --date} of this run, or null
 * @param fileTime whether the config's {@code default_date} is {@code file-mtime}
 * @param zone the site's zone, for dates without one
 */
public record DatePolicy(ArticleDate given, boolean fileTime, ZoneId zone) {

    /** The date of a source (or item) that has none of its own; {@code line} 0 when there is no useful line. */
    public ArticleDate missing(SourceFile source, int line, String what) {
        if (given != null) {
            return given;
        }
        if (fileTime) {
            return ArticleDate.ofMoment(source.modified().atZone(zone).toOffsetDateTime());
        }
        String file = source.name().matches(".*\\s.*") ? '"' + source.name() + '"' : source.name();
        throw new InputException(new Problem(SourcePosition.of(source.path(), line), what + " has no publication date; give"
                + " it one with 'broadsheet import " + file + " --date 2014-12-20' (--date without a file dates every undated"
                + " source), or set 'import: default_date: file-mtime' in the config"));
    }
}
