package org.broadsheet.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** The markdown reader on arbitrary bytes: articles, or Broadsheet's own error, never anything else. */
class MarkdownSourceFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void markdownSourcesOnlyFailWithBroadsheetErrors(FuzzedDataProvider data) {
        Readers.read(Readers.byKind("markdown"), data.consumeRemainingAsBytes());
    }
}
