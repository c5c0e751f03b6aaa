package org.broadsheet.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** The html reader on arbitrary bytes: articles, or Broadsheet's own error, never anything else. */
class HtmlPageFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void htmlSourcesOnlyFailWithBroadsheetErrors(FuzzedDataProvider data) {
        Readers.read(Readers.byKind("html"), data.consumeRemainingAsBytes());
    }
}
