package org.broadsheet.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** MinHash with LSH: near-identical texts are found, different ones and short ones are not. */
class NearDuplicatesTest {

    @Test
    void findsANearCopyAmongManyTexts() {
        NearDuplicates<Integer> index = new NearDuplicates<>();
        Random random = new Random(7);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            texts.add(randomText(random, 120));
            index.add(texts.get(i), i);
        }
        String edited = texts.get(1234).replaceFirst("\\S+", "changed") + " one more closing remark";

        assertThat(index.find(edited)).contains(1234);
        assertThat(index.find(randomText(random, 120))).isEmpty();
    }

    @Test
    void similarityOfSignaturesTracksTheShareOfSharedShingles() {
        Random random = new Random(3);
        String a = randomText(random, 200);
        String half = a.substring(0, a.length() / 2) + " " + randomText(random, 100);

        assertThat(NearDuplicates.similarity(NearDuplicates.signature(a), NearDuplicates.signature(a))).isEqualTo(1.0);
        assertThat(NearDuplicates.similarity(NearDuplicates.signature(a), NearDuplicates.signature(half))).isBetween(0.15, 0.55);
    }

    /**
     * The estimate is unbiased and as close as plain MinHash's (standard error at most 0.045 for 128 hashes), for
     * small sets, where most bins stay empty and take a neighbour's value, and for large ones.
     */
    @ParameterizedTest
    @ValueSource(ints = {28, 60, 200, 2000})
    void estimatesJaccardSimilarityWithoutBias(int size) {
        Random random = new Random(size);
        double sumError = 0;
        double sumSquares = 0;
        int trials = 300;
        for (int t = 0; t < trials; t++) {
            int shared = random.nextInt(size + 1);
            long[] a = new long[size];
            long[] b = new long[size];
            for (int i = 0; i < size; i++) {
                a[i] = random.nextLong();
                b[i] = i < shared ? a[i] : random.nextLong();
            }
            double jaccard = (double) shared / (2 * size - shared);
            double estimate = NearDuplicates.similarity(NearDuplicates.minHashes(a), NearDuplicates.minHashes(b));
            double error = estimate - jaccard;
            sumError += error;
            sumSquares += error * error;
        }
        assertThat(Math.abs(sumError / trials)).as("bias").isLessThan(0.01);
        assertThat(Math.sqrt(sumSquares / trials)).as("root mean square error").isLessThan(0.05);
    }

    @Test
    void shortTextsAreNeverMatched() {
        NearDuplicates<String> index = new NearDuplicates<>();
        index.add("Council meets on Tuesday.", "a");
        assertThat(index.find("Council meets on Tuesday.")).isEmpty();
    }

    @Test
    void aLowerThresholdFindsEveryTextSharingEnoughMostSimilarFirst() {
        Random random = new Random(11);
        String story = randomText(random, 200);
        String words = story.substring(0, story.length() * 3 / 4);
        NearDuplicates<String> strict = new NearDuplicates<>();
        NearDuplicates<String> loose = new NearDuplicates<>(0.4);
        for (NearDuplicates<String> index : List.of(strict, loose)) {
            index.add(randomText(random, 200), "unrelated");
            index.add(words + " " + randomText(random, 50), "three quarters");
            index.add(story, "same");
        }

        assertThat(strict.findAll(story)).containsExactly("same");
        assertThat(loose.findAll(story)).containsExactly("same", "three quarters");
        assertThat(loose.find(story)).contains("same");
    }

    private static String randomText(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append("w").append(random.nextInt(5000)).append(' ');
        }
        return s.toString().strip();
    }

    /**
     * The hand-written word scan gives the signature the regular-expression split gave: the signatures stored by
     * story clusters must not change with it.
     */
    @Test
    void signaturesAreThoseOfTheRegularExpressionWords() {
        String[] pieces = {"word", "Ünïcödé", "日本語", "١٢٣", "²", "Ⅻ", "e\u0301", "🚀", "\uD800", "\uDC00", "-", "—", " ",
            "\n", "'", "[link](https://example.org/x y)", "](", ")", "ǅ", "ʰ", "4m", "İ", "ß", "_", "\t"};
        Random random = new Random(11);
        for (int doc = 0; doc < 3000; doc++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(120); i >= 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String t = text.toString();
            assertThat(NearDuplicates.signature(t)).as(t).isEqualTo(regexSignature(t));
        }
    }

    /** The signature as first written: words by a regular-expression split, shingles hashed as joined strings. */
    private static long[] regexSignature(String markdown) {
        String[] words = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+").split(java.util.regex.Pattern
                .compile("\\]\\([^)]*\\)").matcher(markdown).replaceAll("]").toLowerCase(java.util.Locale.ROOT));
        List<String> list = new ArrayList<>();
        for (String w : words) {
            if (!w.isEmpty()) {
                list.add(w);
            }
        }
        if (list.size() < NearDuplicates.MIN_WORDS) {
            return null;
        }
        List<Long> shingles = new ArrayList<>();
        for (int i = 0; i + 3 <= list.size(); i++) {
            String shingle = String.join(" ", list.subList(i, i + 3));
            long h = 0xcbf29ce484222325L;
            for (int c = 0; c < shingle.length(); c++) {
                h ^= shingle.charAt(c);
                h *= 0x100000001b3L;
            }
            shingles.add(h);
        }
        return NearDuplicates.minHashes(shingles.stream().mapToLong(Long::longValue).toArray());
    }
}
