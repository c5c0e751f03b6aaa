package org.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words a reader reads: text, not markup, link targets or lone punctuation. */
class MarkdownWordsTest {

    @ParameterizedTest(name = "{1} words: {0}")
    @CsvSource(delimiter = ';', value = {
            "One two three.                                             ; 3",
            "A [link with words](https://example.org/a/long/path) here. ; 5",
            "**Bold** and _emphasis_ — a dash is no word.               ; 8",
            "£4m repair, don't panic: 2014–2015 review                  ; 6",
            "| a | b |\\n|---|---|\\n| c d | e |                          ; 5",
            "<span>raw</span> html                                      ; 2",
            "''                                                         ; 0"})
    void countsTheWordsOfTheText(String markdown, int words) {
        Markdown.Rendered rendered = new Markdown().render(markdown.replace("\\n", "\n"));

        assertThat(rendered.words()).isEqualTo(words);
        assertThat(rendered.html()).isEqualTo(new Markdown().toHtml(markdown.replace("\\n", "\n")));
    }

    /** Every character is a space, a word character or neither exactly as the JDK classifies it. */
    @Test
    void everyCharacterIsClassifiedAsTheJdkDoes() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            for (String text : new String[] {"a" + (char) c + "b", "" + (char) c, " " + (char) c + " x"}) {
                int expected = 0;
                boolean counted = false;
                for (int i = 0; i < text.length(); i++) {
                    char ch = text.charAt(i);
                    if (Character.isWhitespace(ch)) {
                        counted = false;
                    } else if (!counted && Character.isLetterOrDigit(ch)) {
                        expected++;
                        counted = true;
                    }
                }
                assertThat(Markdown.countWords(text)).as("character %04x", c).isEqualTo(expected);
            }
        }
    }
}
