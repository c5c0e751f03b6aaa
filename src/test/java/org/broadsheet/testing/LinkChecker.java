package org.broadsheet.testing;

import java.nio.file.Path;
import java.util.List;

/** Test shorthand for {@link org.broadsheet.output.LinkChecker}. */
public final class LinkChecker {

    private LinkChecker() {
    }

    /** Every broken internal link as "page: link (why)"; empty when all resolve. */
    public static List<String> brokenLinks(Path site) {
        return brokenLinks(site, "");
    }

    /** Also checks absolute links under {@code baseUrl} (which ends in '/'), as published there. */
    public static List<String> brokenLinks(Path site, String baseUrl) {
        return new org.broadsheet.output.LinkChecker(site, baseUrl).brokenLinks().stream().map(Object::toString).toList();
    }

    public static int countInternalLinks(Path site) {
        return new org.broadsheet.output.LinkChecker(site).internalLinkCount();
    }
}
