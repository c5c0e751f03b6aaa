package org.broadsheet.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** The text reader on arbitrary bytes: articles, or Broadsheet's own error, never anything else. */
class TextDumpFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void textSourcesOnlyFailWithBroadsheetErrors(FuzzedDataProvider data) {
        Readers.read(Readers.byKind("text"), data.consumeRemainingAsBytes());
    }
}
