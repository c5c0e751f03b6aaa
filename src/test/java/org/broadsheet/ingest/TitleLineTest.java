package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TitleLineTest {

    @ParameterizedTest(name = "[{0}] -> title [{1}], publication [{2}]")
    @CsvSource(delimiterString = "=>", value = {
            // each separator
            "North Korea Denies Sony Attack – The New York Times => North Korea Denies Sony Attack => The New York Times",
            "North Korea Denies Sony Attack — The Guardian => North Korea Denies Sony Attack => The Guardian",
            "North Korea Denies Sony Attack | Reuters => North Korea Denies Sony Attack => Reuters",
            "North Korea Denies Sony Attack - BBC News => North Korea Denies Sony Attack => BBC News",
            // surrounding whitespace does not matter
            "'   Sony Hack – BBC   ' => Sony Hack => BBC",
            // the last separator wins, whichever kind it is
            "Sony – the hack | Reuters => Sony – the hack => Reuters",
            "Sony | the hack – Reuters => Sony | the hack => Reuters",
            "A - B - C => A - B => C",
            "War — and peace — Le Monde => War — and peace => Le Monde",
            "Q&A - part 1 – The Verge => Q&A - part 1 => The Verge",
            // hyphens inside words are not separators
            "Cyber-attack on Sony-Pictures => Cyber-attack on Sony-Pictures => ''",
            "Cyber-attack on Sony – Al-Jazeera => Cyber-attack on Sony => Al-Jazeera",
            "2014-12-20 roundup => 2014-12-20 roundup => ''",
            "Well-known co-founder - The Wall Street Journal => Well-known co-founder => The Wall Street Journal",
            // dashes without spaces around them are part of the title
            "Title—BBC => Title—BBC => ''",
            "Title–BBC => Title–BBC => ''",
            "Title|BBC => Title|BBC => ''",
            // no separator at all
            "Just a headline => Just a headline => ''"})
    void splitsAtTheLastSeparator(String line, String title, String publication) {
        TitleLine parsed = TitleLine.parse(line);

        assertThat(parsed.title()).isEqualTo(title);
        assertThat(parsed.publication()).isEqualTo(publication);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Breaking – one two three four five six seven eight nine",
            "What the Sony hack tells us - and why it matters for every company out there",
            "Sony | a story about hackers, movies, dictators and the people who watch them"})
    void publicationOfMoreThanEightWordsIsPartOfTheTitle(String line) {
        TitleLine parsed = TitleLine.parse(line);

        assertThat(parsed.title()).isEqualTo(line);
        assertThat(parsed.publication()).isEmpty();
    }

    @ParameterizedTest(name = "{0} words after the separator")
    @CsvSource({"1, true", "7, true", "8, true", "9, false", "12, false"})
    void eightWordsIsTheLongestPublication(int words, boolean split) {
        String publication = String.join(" ", java.util.Collections.nCopies(words, "Word"));
        TitleLine parsed = TitleLine.parse("Headline – " + publication);

        assertThat(parsed.publication()).isEqualTo(split ? publication : "");
        assertThat(parsed.title()).isEqualTo(split ? "Headline" : "Headline – " + publication);
    }

    @ParameterizedTest
    @ValueSource(strings = {"– BBC", " – BBC", "Headline –", "Headline – ", " - ", "—", ""})
    void separatorWithNothingOnOneSideKeepsTheWholeLineAsTitle(String line) {
        TitleLine parsed = TitleLine.parse(line);

        assertThat(parsed.title()).isEqualTo(line.strip());
        assertThat(parsed.publication()).isEmpty();
    }
}
