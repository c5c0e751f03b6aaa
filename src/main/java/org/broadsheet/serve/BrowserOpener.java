package org.broadsheet.serve;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** Opens a URL in the user's default browser with the system's own opener ({@code open}, {@code xdg-open}, …). */
public final class BrowserOpener {

    private BrowserOpener() {
    }

    /**
     * True when an opener was started and did not fail within a few seconds; false when this system has none, or it
     * found no browser (xdg-open without a desktop): the caller prints the URL instead.
     */
    public static boolean open(URI url) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("mac") ? List.of("open", url.toString())
                : os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", url.toString())
                : List.of("xdg-open", url.toString());
        try {
            Process opener = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            // an opener still running after a while has handed over to a browser; one that ended must have ended well
            return !opener.waitFor(3, TimeUnit.SECONDS) || opener.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
