package org.broadsheet.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (set by Maven), or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = BroadsheetCommand.class.getPackage().getImplementationVersion();
        return new String[] {"broadsheet " + (v == null ? "(development build)" : v),
            "Java " + System.getProperty("java.version")};
    }
}
