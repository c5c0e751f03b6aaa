package org.broadsheet.ingest.html;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How much of one short text (a heading) is made of the words of another (the title), from 0 to 1. */
final class TextSimilarity {

    private TextSimilarity() {
    }

    static double of(String reference, String other) {
        List<String> a = words(reference);
        List<String> b = words(other);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> known = new HashSet<>(a);
        String unique = String.join(" ", b.stream().filter(w -> !known.contains(w)).toList());
        return 1 - (double) unique.length() / String.join(" ", b).length();
    }

    private static List<String> words(String s) {
        return Arrays.stream(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+")).filter(w -> !w.isEmpty()).toList();
    }
}
