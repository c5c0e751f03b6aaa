package org.broadsheet.site;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.broadsheet.text.Words;

/**
 * The words of a headline that can tell one story from another: lower case, simple English plurals folded
 * ("strikes" is "strike", "ferries" is "ferry"), without common function words and bare numbers.
 */
final class TitleTerms {

    private static final Set<String> STOP = Set.copyOf(List.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
            "at", "be", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
            "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having",
            "he", "her", "here", "hers", "him", "his", "how", "if", "in", "into", "is", "it", "its", "just", "may",
            "more", "most", "new", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our",
            "out", "over", "own", "said", "says", "same", "she", "should", "so", "some", "such", "than", "that", "the",
            "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under",
            "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why",
            "will", "with", "would", "you", "your", "after", "amid", "as", "back", "get", "gets", "make", "makes",
            "first", "last", "year", "years", "day", "days", "week", "weeks", "two", "three", "one"));

    private TitleTerms() {
    }

    static Set<String> of(String title) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : Words.of(title.toLowerCase(Locale.ROOT).replace("'s ", " ").replace("’s ", " "))) {
            String w = fold(word);
            if (w.length() >= 3 && !STOP.contains(w) && !STOP.contains(word) && !w.chars().allMatch(Character::isDigit)) {
                terms.add(w);
            }
        }
        return terms;
    }

    /**
     * Every word of {@code text}, lower-cased and folded as headline terms are, so the two can be compared. The set
     * is immutable and compact, and its words are shared with every other article's: a build keeps the lead words of
     * every article (a million word occurrences at 10,000 articles), which as separate strings in hash sets took a
     * third of the build's heap.
     */
    static Set<String> wordsIn(String text) {
        Set<String> found = new java.util.HashSet<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.charAt(i) : ' ';
            int lower; // the character lower-cased, or -1 when it is no letter or digit
            if (cp < 0x80) { // ASCII, most of most texts, without the Unicode tables
                lower = cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A')
                        : cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' ? cp : -1;
                i++;
            } else {
                cp = text.codePointAt(i);
                lower = Character.isLetterOrDigit(cp) ? Character.toLowerCase(cp) : -1;
                i += Character.charCount(cp);
            }
            if (lower >= 0) {
                word.appendCodePoint(lower);
            } else if (word.length() > 0) {
                found.add(shared(fold(word.toString())));
                word.setLength(0);
            }
        }
        return Set.of(found.toArray(String[]::new)); // Set.copyOf would copy into another hash set first
    }

    /** One instance of each word for all articles: a cache only, emptied when a long {@code serve} has filled it. */
    private static final Map<String, String> VOCABULARY = new ConcurrentHashMap<>();
    private static final int VOCABULARY_LIMIT = 1 << 20;

    private static String shared(String word) {
        if (VOCABULARY.size() > VOCABULARY_LIMIT) {
            VOCABULARY.clear(); // words already shared stay shared; new ones start a new vocabulary
        }
        String known = VOCABULARY.get(word);
        if (known == null) {
            known = VOCABULARY.putIfAbsent(word, word);
        }
        return known == null ? word : known;
    }

    /** "ferries" to "ferry", "strikes" to "strike"; "news", "bus" and "glass" stay. */
    private static String fold(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 4 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
