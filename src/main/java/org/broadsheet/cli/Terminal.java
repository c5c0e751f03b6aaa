package org.broadsheet.cli;

import java.util.Map;

/**
 * What the output can do: progress bars only on an interactive terminal, colour only there too and never when
 * {@code NO_COLOR} is set (see no-color.org) or the terminal says it is dumb.
 */
record Terminal(boolean interactive, boolean colour) {

    static final Terminal NONE = new Terminal(false, false);

    static Terminal detect(Map<String, String> env) {
        boolean interactive = System.console() != null;
        String noColor = env.get("NO_COLOR");
        boolean colour = interactive && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
        return new Terminal(interactive, colour);
    }
}
