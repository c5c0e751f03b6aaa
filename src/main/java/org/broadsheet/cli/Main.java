package org.broadsheet.cli;

/** Entry point of the {@code broadsheet} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Freemarker looks for a logging library at start-up; Broadsheet reports template errors itself.
        System.setProperty("org.freemarker.loggerLibrary", "none");
        System.exit(BroadsheetCommand.commandLine(args).execute(args));
    }
}
