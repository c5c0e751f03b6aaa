package org.broadsheet.fs;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The folder and file names a site may publish, so that it can be written, copied and served on every system and
 * host: letters (of any script, with their marks), digits, and the punctuation URLs carry as it is
 * ({@code . _ - ~ ! ( ) + , ; = @}), starting with a letter, a digit or {@code ~} (old home folders: {@code /~jane/}; no hidden names) and not ending in a dot (which
 * Windows drops); no "..", no %-escapes a server would decode, none of the names Windows keeps for devices.
 */
public final class SafeNames {

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}~][\\p{L}\\p{M}\\p{N}._~!()+,;=@-]*");
    private static final Set<String> WINDOWS_DEVICES = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private SafeNames() {
    }

    public static boolean isSafe(String name) {
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        return NAME.matcher(name).matches() && !name.contains("..") && !name.endsWith(".") && name.length() <= 200
                && !isWindowsDevice(stem);
    }

    /** {@code con}, {@code nul}, {@code com1}…: Windows opens the device, whatever the folder or extension. */
    public static boolean isWindowsDevice(String stem) {
        // Windows reads com¹ as com1 too
        return WINDOWS_DEVICES.contains(Normalizer.normalize(stem, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
    }
}
