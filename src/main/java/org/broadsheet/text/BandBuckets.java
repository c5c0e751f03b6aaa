package org.broadsheet.text;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * LSH buckets: which texts have each band key. Almost every key is held by one text only, so a map of boxed keys to
 * lists spent most of its time and memory on the boxes and the lists (32 of each per text); here the keys sit in an
 * open-addressing table and each bucket is a chain through one array of all (text, band) entries. Not thread-safe.
 */
final class BandBuckets {

    private static final int EMPTY = -1;

    private final int bands;
    /** Slot to key and to the newest entry with that key; a slot is free while its head is {@link #EMPTY}. */
    private long[] keys;
    private int[] heads;
    private int used;
    /** Entry ({@code text * bands + band}) to the next older entry of the same key, or {@link #EMPTY}. */
    private int[] next;

    /** @param expected about how many texts will be added */
    BandBuckets(int bands, int expected) {
        this.bands = bands;
        int slots = Integer.highestOneBit((int) Math.min(1 << 29, Math.max(16L, 2L * expected * bands - 1))) << 1;
        keys = new long[slots];
        heads = new int[slots];
        Arrays.fill(heads, EMPTY);
        next = new int[Math.max(16, expected) * bands];
    }

    /**
     * Files text {@code text} under its {@code band}'s {@code key}. Texts are numbered from 0 in the order added, and
     * each (text, band) is filed once: filing one twice would make its chain a loop.
     */
    void add(int text, int band, long key) {
        int entry = text * bands + band;
        if (entry >= next.length) {
            next = Arrays.copyOf(next, Math.max(entry + 1, next.length * 2));
        }
        if (2 * (used + 1) > keys.length) {
            grow();
        }
        int slot = slotOf(key);
        if (heads[slot] == EMPTY) {
            keys[slot] = key;
            used++;
        }
        next[entry] = heads[slot];
        heads[slot] = entry;
    }

    /** Calls {@code texts} with every text filed under {@code key}, newest first. */
    void forEach(long key, IntConsumer texts) {
        for (int entry = heads[slotOf(key)]; entry != EMPTY; entry = next[entry]) {
            texts.accept(entry / bands);
        }
    }

    /** The slot holding {@code key}, or the free slot where it goes. */
    private int slotOf(long key) {
        int mask = keys.length - 1;
        int slot = (int) (key ^ (key >>> 32)) & mask;
        while (heads[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new long[oldKeys.length * 2];
        heads = new int[oldKeys.length * 2];
        Arrays.fill(heads, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldHeads[i] != EMPTY) {
                int slot = slotOf(oldKeys[i]);
                keys[slot] = oldKeys[i];
                heads[slot] = oldHeads[i];
            }
        }
    }
}
