package org.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.broadsheet.testing.Mixtures;

class TitleTermsTest {

    @Test
    void leadWordsAreLowerCasedFoldedAndDistinct() {
        assertThat(TitleTerms.wordsIn("Ferries strike; FERRY crews' strikes — Café ÉTÉ 2025 glass bus"))
                .containsExactlyInAnyOrder("ferry", "strike", "crew", "café", "été", "2025", "glass", "bus");
    }

    /** Every character a lead may hold, ASCII and not, against the plain rule: letter or digit runs, lower-cased. */
    @Test
    void theAsciiShortcutFindsTheWordsTheUnicodeRuleFinds() {
        String[] pieces = {"a", "Z", "q", "7", " ", "-", "'", "’", "\n", "é", "É", "ß", "İ", "Σ", "ж", "Ж", "中", "٣",
            "\uD835\uDC00", "\uD83D\uDE00", "\u0301", "_", "ies", "S", "ss", "us", "Ferries", "news"};
        Random random = new Random(20261127);
        for (int round = 0; round < 3_000; round++) {
            String text = Mixtures.of(random, pieces, 40);
            assertThat(TitleTerms.wordsIn(text)).as(text).isEqualTo(byUnicodeRule(text));
        }
    }

    private static Set<String> byUnicodeRule(String text) {
        Set<String> words = new HashSet<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(Character.toLowerCase(cp));
            } else if (word.length() > 0) {
                words.add(folded(word.toString()));
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            words.add(folded(word.toString()));
        }
        return words;
    }

    private static String folded(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        boolean plural = w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us");
        return plural ? w.substring(0, w.length() - 1) : w;
    }
}
