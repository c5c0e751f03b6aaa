package org.broadsheet.serve;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Opens a URL in the user's default browser with the system's own opener ({@code open}, {@code xdg-open}, …). */
public final class BrowserOpener {

    private BrowserOpener() {
    }

    /** True when an opener was started; false when this system has none (the caller prints the URL instead). */
    public static boolean open(URI url) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("mac") ? List.of("open", url.toString())
                : os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", url.toString())
                : List.of("xdg-open", url.toString());
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
