package org.broadsheet.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** The feed reader on arbitrary bytes: articles, or Broadsheet's own error, never anything else. */
class FeedFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void feedSourcesOnlyFailWithBroadsheetErrors(FuzzedDataProvider data) {
        Readers.read(Readers.byKind("feed"), data.consumeRemainingAsBytes());
    }
}
