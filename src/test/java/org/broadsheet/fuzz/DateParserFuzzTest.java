package org.broadsheet.fuzz;

import org.broadsheet.ingest.DateParser;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** The date parser on arbitrary text: a date or nothing, never an exception. */
class DateParserFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void datesParseOrAreAbsent(FuzzedDataProvider data) {
        DateParser.parse(data.consumeRemainingAsString(), Readers.UTC);
    }
}
