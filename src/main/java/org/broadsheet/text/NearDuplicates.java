package org.broadsheet.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds texts that are near-identical to one seen before: word 3-shingles, a 128-value MinHash signature per text
 * (one hash a shingle: {@link #minHashes}), and locality-sensitive hashing (32 bands of 4 values) so each lookup only
 * compares the few texts that share a band, never all pairs. A candidate is a duplicate when its estimated Jaccard
 * similarity is at least the threshold ({@link #THRESHOLD} for import's duplicates; story clusters choose their own).
 * Texts of fewer than {@link #MIN_WORDS} words are too short to judge and are never matched. Not thread-safe.
 *
 * @param <T> what a text stands for (e.g. its content file)
 */
public final class NearDuplicates<T> {

    public static final double THRESHOLD = 0.8;
    public static final int MIN_WORDS = 30;
    private static final int HASHES = 128;
    private static final int BANDS = 32;
    private static final int ROWS = HASHES / BANDS;
    private static final int SHINGLE = 3;
    private static final int BIN_SHIFT = Long.SIZE - Integer.numberOfTrailingZeros(HASHES);
    private static final Pattern MARKUP_LINK = Pattern.compile("\\]\\([^)]*\\)");

    private final double threshold;
    private final List<long[]> signatures;
    private final List<T> owners;
    private final BandBuckets buckets;

    /** An index that matches near-identical texts: estimated similarity at least {@link #THRESHOLD}. */
    public NearDuplicates() {
        this(THRESHOLD);
    }

    /** @param threshold the least estimated Jaccard similarity (0 to 1) of two texts that match */
    public NearDuplicates(double threshold) {
        this(threshold, 16);
    }

    /** @param expected about how many texts will be added: the index is sized for them up front */
    public NearDuplicates(double threshold, int expected) {
        this.threshold = threshold;
        this.signatures = new ArrayList<>(expected);
        this.owners = new ArrayList<>(expected);
        this.buckets = new BandBuckets(BANDS, expected);
    }

    /** The owner of an earlier text this one nearly repeats, if any: the most similar one. */
    public Optional<T> find(String markdown) {
        List<T> all = findAll(markdown);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** The owners of every earlier text this one matches, most similar first (ties in the order they were added). */
    public List<T> findAll(String markdown) {
        return findAll(signature(markdown));
    }

    /** Like {@link #findAll(String)}, for a signature made earlier by {@link #signature} (null finds nothing). */
    public List<T> findAll(long[] sig) {
        if (sig == null) {
            return List.of();
        }
        Set<Integer> seen = new HashSet<>();
        List<int[]> matches = new ArrayList<>(); // {candidate, shared hashes}
        for (int band = 0; band < BANDS; band++) {
            buckets.forEach(bandKey(sig, band), candidate -> {
                if (seen.add(candidate)) {
                    int same = sameHashes(sig, signatures.get(candidate));
                    if ((double) same / HASHES >= threshold) {
                        matches.add(new int[] {candidate, same});
                    }
                }
            });
        }
        matches.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
        return matches.stream().map(m -> owners.get(m[0])).toList();
    }

    public void add(String markdown, T owner) {
        add(signature(markdown), owner);
    }

    /** Like {@link #add(String, Object)}, for a signature made earlier by {@link #signature} (null adds nothing). */
    public void add(long[] sig, T owner) {
        if (sig == null) {
            return;
        }
        int id = signatures.size();
        signatures.add(sig);
        owners.add(owner);
        for (int band = 0; band < BANDS; band++) {
            buckets.add(id, band, bandKey(sig, band));
        }
    }

    /** The estimated Jaccard similarity of two texts' shingle sets. */
    static double similarity(long[] a, long[] b) {
        return (double) sameHashes(a, b) / HASHES;
    }

    private static int sameHashes(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same;
    }

    /**
     * A text's MinHash signature, or null when it is too short to judge. Pure, so callers may make many in parallel
     * before they use the index, which is not thread-safe.
     */
    public static long[] signature(String markdown) {
        String text = MARKUP_LINK.matcher(markdown).replaceAll("]").toLowerCase(Locale.ROOT);
        int[] bounds = Words.bounds(text);
        int words = bounds.length / 2;
        if (words < MIN_WORDS) {
            return null;
        }
        long[] shingles = new long[words - SHINGLE + 1];
        for (int i = 0; i < shingles.length; i++) {
            shingles[i] = shingleHash(text, bounds, i);
        }
        return minHashes(shingles);
    }

    /**
     * The MinHash signature of a set of shingles, given by their hashes, by one-permutation hashing: each shingle is
     * hashed once, the hash's top bits choose one of {@link #HASHES} bins and the bin keeps its least hash (128 hashes
     * a shingle, as plain MinHash needs, took most of a story clustering's time). A bin no shingle fell into takes the
     * value of the first filled bin on its own fixed probe sequence ("optimal densification", Shrivastava 2017), so two
     * texts agree on a bin about as often as they share shingles, as with plain MinHash.
     */
    static long[] minHashes(long[] shingles) {
        long[] bins = new long[HASHES];
        java.util.Arrays.fill(bins, Long.MAX_VALUE);
        boolean any = false;
        for (long shingle : shingles) {
            long v = mix(shingle);
            int bin = (int) (v >>> BIN_SHIFT);
            if (v < bins[bin]) { // within a bin every hash has the same top bits, so any fixed order will do
                bins[bin] = v;
            }
            any = true;
        }
        if (!any) {
            return bins;
        }
        long[] sig = bins.clone();
        for (int bin = 0; bin < HASHES; bin++) {
            for (long attempt = 1; sig[bin] == Long.MAX_VALUE; attempt++) {
                long from = bins[(int) (mix(SEEDS[bin] + attempt) >>> BIN_SHIFT)];
                if (from != Long.MAX_VALUE) {
                    sig[bin] = from;
                }
            }
        }
        return sig;
    }

    /** The 64-bit FNV-1a hash of the shingle starting at word {@code first}: its words joined by single spaces. */
    private static long shingleHash(String text, int[] bounds, int first) {
        long h = 0xcbf29ce484222325L;
        for (int w = first; w < first + SHINGLE; w++) {
            if (w > first) {
                h ^= ' ';
                h *= 0x100000001b3L;
            }
            for (int i = bounds[2 * w]; i < bounds[2 * w + 1]; i++) {
                h ^= text.charAt(i);
                h *= 0x100000001b3L;
            }
        }
        return h;
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

    /** SplitMix64's finaliser: turns one hash into an independent-looking other. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
