package org.broadsheet.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.broadsheet.testing.Mixtures;

/** The hand-written word scan finds exactly the words a split on {@code [^\p{L}\p{N}]+} finds. */
class WordsTest {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    @Test
    void findsTheWordsOfTheRegularExpression() {
        String[] pieces = {"word", "Ünïcödé", "日本語", "١٢٣", "²", "Ⅻ", "e\u0301", "🚀", "\uD800", "\uDC00", "-", "—", " ",
            "\n", "'", "ǅ", "ʰ", "4m", "İ", "ß", "_", "\t", "𝔸"};
        Random random = new Random(5);
        for (int doc = 0; doc < 5000; doc++) {
            String t = Mixtures.of(random, pieces, 30);
            List<String> expected = Arrays.stream(NON_WORD.split(t)).filter(w -> !w.isEmpty()).toList();
            assertThat(Words.of(t)).as(t).isEqualTo(expected);
        }
    }

    @Test
    void boundsArePairsOfStartAndEnd() {
        assertThat(Words.bounds("  ab, c1 ")).containsExactly(2, 4, 6, 8);
        assertThat(Words.bounds("")).isEmpty();
        assertThat(Words.bounds("end")).containsExactly(0, 3);
    }
}
