package org.broadsheet.fuzz;

import java.nio.file.Path;

import org.broadsheet.config.ConfigLoader;
import org.broadsheet.error.BroadsheetException;
import org.broadsheet.error.Diagnostics;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** The config reader on arbitrary text: a config, or Broadsheet's own error with a position. */
class ConfigFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void configFilesOnlyFailWithBroadsheetErrors(FuzzedDataProvider data) {
        try {
            ConfigLoader.parse(data.consumeRemainingAsString(), Path.of("/fuzz/broadsheet.yaml"), Diagnostics.SILENT);
        } catch (BroadsheetException expected) {
            // the declared failure
        }
    }
}
