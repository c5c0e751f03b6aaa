package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds texts that are near-identical to one seen before: word 3-shingles, a 128-value MinHash signature per text,
 * and locality-sensitive hashing (32 bands of 4 values) so each lookup only compares the few texts that share a
 * band, never all pairs. A candidate is a duplicate when its estimated Jaccard similarity is at least
 * {@link #THRESHOLD}. Texts of fewer than {@link #MIN_WORDS} words are too short to judge and are never matched.
 *
 * @param <T> what a text stands for (e.g. its content file)
 */
final class NearDuplicates<T> {

    static final double THRESHOLD = 0.8;
    static final int MIN_WORDS = 30;
    private static final int HASHES = 128;
    private static final int BANDS = 32;
    private static final int ROWS = HASHES / BANDS;
    private static final int SHINGLE = 3;
    private static final Pattern MARKUP_LINK = Pattern.compile("\\]\\([^)]*\\)");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<long[]> signatures = new ArrayList<>();
    private final List<T> owners = new ArrayList<>();
    private final Map<Long, List<Integer>> buckets = new HashMap<>();

    /** The owner of an earlier text this one nearly repeats, if any. */
    Optional<T> find(String markdown) {
        long[] sig = signature(markdown);
        if (sig == null) {
            return Optional.empty();
        }
        Set<Integer> seen = new HashSet<>();
        int best = -1;
        double bestScore = 0;
        for (int band = 0; band < BANDS; band++) {
            for (int candidate : buckets.getOrDefault(bandKey(sig, band), List.of())) {
                if (seen.add(candidate)) {
                    double score = similarity(sig, signatures.get(candidate));
                    if (score >= THRESHOLD && score > bestScore) {
                        best = candidate;
                        bestScore = score;
                    }
                }
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(owners.get(best));
    }

    void add(String markdown, T owner) {
        long[] sig = signature(markdown);
        if (sig == null) {
            return;
        }
        int id = signatures.size();
        signatures.add(sig);
        owners.add(owner);
        for (int band = 0; band < BANDS; band++) {
            buckets.computeIfAbsent(bandKey(sig, band), k -> new ArrayList<>()).add(id);
        }
    }

    /** The estimated Jaccard similarity of two texts' shingle sets. */
    static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    static long[] signature(String markdown) {
        String[] words = NON_WORD.split(MARKUP_LINK.matcher(markdown).replaceAll("]").toLowerCase(Locale.ROOT));
        List<String> list = new ArrayList<>();
        for (String w : words) {
            if (!w.isEmpty()) {
                list.add(w);
            }
        }
        if (list.size() < MIN_WORDS) {
            return null;
        }
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (int i = 0; i + SHINGLE <= list.size(); i++) {
            long shingle = hash(String.join(" ", list.subList(i, i + SHINGLE)));
            for (int h = 0; h < HASHES; h++) {
                long v = mix(shingle ^ SEEDS[h]);
                if (v < sig[h]) {
                    sig[h] = v;
                }
            }
        }
        return sig;
    }

    private static long bandKey(long[] sig, int band) {
        long key = band * 0x9E3779B97F4A7C15L;
        for (int r = 0; r < ROWS; r++) {
            key = mix(key ^ sig[band * ROWS + r]);
        }
        return key;
    }

    private static final long[] SEEDS = new long[HASHES];

    static {
        long s = 0x2545F4914F6CDD1DL;
        for (int i = 0; i < HASHES; i++) {
            s = mix(s + 0x9E3779B97F4A7C15L);
            SEEDS[i] = s;
        }
    }

    /** A 64-bit FNV-1a hash of the shingle's characters. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser: turns one hash into an independent-looking other. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
