package org.broadsheet.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The LSH buckets hold what a plain map of lists would: every text under each of its keys, newest first. */
class BandBucketsTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void everyKeyGivesTheTextsFiledUnderItNewestFirstAsAMapOfListsWould(int seed) {
        Random random = new Random(seed);
        int bands = 1 + random.nextInt(8);
        // a table sized for 2 texts that must grow, and keys from a small range, so that slots collide
        BandBuckets buckets = new BandBuckets(bands, 2);
        Map<Long, List<Integer>> expected = new HashMap<>();
        int texts = 500 + random.nextInt(500);
        for (int text = 0; text < texts; text++) {
            for (int band = 0; band < bands; band++) {
                long key = random.nextInt(4) == 0 ? random.nextLong() : 64L * random.nextInt(300);
                buckets.add(text, band, key);
                List<Integer> list = expected.computeIfAbsent(key, k -> new ArrayList<>());
                if (list.isEmpty() || list.get(0) != text) {
                    list.add(0, text);
                } else {
                    list.add(1, text); // one text filed twice under a key: both entries are kept, newest band first
                }
            }
        }

        for (Map.Entry<Long, List<Integer>> e : expected.entrySet()) {
            List<Integer> found = new ArrayList<>();
            buckets.forEach(e.getKey(), found::add);
            assertThat(found).as("key %d", e.getKey()).containsExactlyElementsOf(e.getValue());
        }
        List<Integer> none = new ArrayList<>();
        buckets.forEach(7L, none::add); // not a multiple of 64, and the random keys miss it
        assertThat(none).isEmpty();
    }
}
