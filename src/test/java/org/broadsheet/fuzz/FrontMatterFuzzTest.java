package org.broadsheet.fuzz;

import java.nio.file.Path;
import java.time.ZoneId;

import org.broadsheet.content.ArticleParser;
import org.broadsheet.error.BroadsheetException;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The article reader on arbitrary text: it either returns an article or throws Broadsheet's own error type.
 * Seeds and past findings live in src/test/resources/org/broadsheet/fuzz/FrontMatterFuzzTestInputs/.
 */
class FrontMatterFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void articleFilesOnlyFailWithBroadsheetErrors(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        try {
            ArticleParser.parse(Path.of("content/fuzz.md"), text, ZoneId.of("UTC"));
        } catch (BroadsheetException expected) {
            // the declared failure: a problem with a position
        }
    }
}
