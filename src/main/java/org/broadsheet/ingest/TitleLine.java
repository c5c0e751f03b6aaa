package org.broadsheet.ingest;

/**
 * The first line of a text dump, {@code Title – Publication}, split at the last separator: an en dash, an em dash,
 * {@code " | "} or {@code " - "}. A "publication" of more than eight words is more likely part of the title, so the
 * whole line is then the title.
 */
record TitleLine(String title, String publication) {

    private static final String[] SEPARATORS = {" – ", " — ", " | ", " - "};
    private static final int MAX_PUBLICATION_WORDS = 8;

    static TitleLine parse(String line) {
        String l = line.strip();
        int best = -1;
        String sep = null;
        for (String s : SEPARATORS) {
            int at = l.lastIndexOf(s);
            if (at > best) {
                best = at;
                sep = s;
            }
        }
        if (best > 0) {
            String title = l.substring(0, best).strip();
            String publication = l.substring(best + sep.length()).strip();
            if (!title.isEmpty() && !publication.isEmpty()
                    && publication.split("\\s+").length <= MAX_PUBLICATION_WORDS) {
                return new TitleLine(title, publication);
            }
        }
        return new TitleLine(l, "");
    }
}
