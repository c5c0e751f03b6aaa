package org.broadsheet.fs;

import java.util.regex.Pattern;

/**
 * Files that editors and systems leave beside the ones people write: backups ({@code x~}, {@code x.bak},
 * {@code x.md.bak2}, import's copies of replaced articles among them), swap and temporary files, Emacs's
 * {@code #x#}, macOS's {@code .DS_Store}, Windows's {@code Thumbs.db}, and a {@code .git} folder. Never published,
 * never reported as misplaced.
 */
public final class Litter {

    private static final Pattern NAME = Pattern.compile(".*~|.*\\.(swp|swo|tmp)|.*\\.bak\\d*|#.*|\\.DS_Store|Thumbs\\.db");

    private Litter() {
    }

    /** @param relative a file's path below the folder being read, with '/' between its parts */
    public static boolean is(String relative) {
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        return NAME.matcher(name).matches() || relative.startsWith(".git/") || relative.contains("/.git/");
    }
}
