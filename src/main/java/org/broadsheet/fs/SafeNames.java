package org.broadsheet.fs;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The folder and file names a site may publish, so that it can be written, copied and served on every system and
 * host: letters (of any script), digits, dots, dashes and underscores, starting with a letter or digit (no hidden
 * names, no "..", no %-escapes a server would decode), and none of the names Windows keeps for devices.
 */
public final class SafeNames {

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");
    private static final Set<String> WINDOWS_DEVICES = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private SafeNames() {
    }

    public static boolean isSafe(String name) {
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        return NAME.matcher(name).matches() && !name.contains("..") && name.length() <= 200 && !isWindowsDevice(stem);
    }

    /** {@code con}, {@code nul}, {@code com1}…: Windows opens the device, whatever the folder or extension. */
    public static boolean isWindowsDevice(String stem) {
        return WINDOWS_DEVICES.contains(stem.toLowerCase(Locale.ROOT));
    }
}
