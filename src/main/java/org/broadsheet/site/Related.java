package org.broadsheet.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.broadsheet.content.Article;

/**
 * Up to {@link #MAX} related articles per article: the articles sharing the most, and the rarest, tags with it.
 * Each shared tag adds its rarity, {@code log(articles / articles with the tag)}; equal scores go to the newer
 * article. Work grows with the tags' posting lists, never with all pairs: for a tag on more than {@link #WINDOW}
 * articles only the {@code WINDOW} nearest in time are considered, so a very common tag costs no more than a rare one.
 */
public final class Related {

    public static final int MAX = 5;
    static final int WINDOW = 200;

    private final Map<Entry, List<Entry>> related;

    private Related(Map<Entry, List<Entry>> related) {
        this.related = related;
    }

    /** The related articles of {@code entry}, best first; empty when it shares no tag with another article. */
    public List<Entry> of(Entry entry) {
        return related.getOrDefault(entry, List.of());
    }

    /**
     * @param entries all published articles, newest first
     * @param tags the tags of those articles, each with its entries newest first
     */
    public static Related compute(List<Entry> entries, List<Tag> tags) {
        return compute(entries, tags, new ModelMemory());
    }

    /**
     * The related articles of each position, and the articles they were worked out for: the result depends only on
     * each position's tags, so a rebuild whose articles all have the tags the last build's had at the same positions
     * (an edit to a text) reuses it.
     */
    private record Positions(List<Article> articles, int[][] related) {

        boolean fits(List<Entry> entries) {
            if (entries.size() != articles.size()) {
                return false;
            }
            for (int i = 0; i < articles.size(); i++) {
                Article now = entries.get(i).article();
                Article then = articles.get(i);
                if (now != then && !now.tags().equals(then.tags())) {
                    return false;
                }
            }
            return true;
        }
    }

    /** @param memory what the last build of the same pipeline worked out, reused when the tags are as they were */
    static Related compute(List<Entry> entries, List<Tag> tags, ModelMemory memory) {
        Positions last = memory.last("related");
        Positions positions = last != null && last.fits(entries) ? last : new Positions(
                entries.stream().map(Entry::article).toList(), positions(entries, tags));
        memory.remember("related", positions);
        Map<Entry, List<Entry>> map = new IdentityHashMap<>(entries.size() * 2);
        for (int i = 0; i < entries.size(); i++) {
            int[] best = positions.related()[i];
            if (best.length > 0) {
                List<Entry> list = new ArrayList<>(best.length);
                for (int p : best) {
                    list.add(entries.get(p));
                }
                map.put(entries.get(i), List.copyOf(list));
            }
        }
        return new Related(map);
    }

    /** For each position, the positions of its related articles, best first. */
    private static int[][] positions(List<Entry> entries, List<Tag> tags) {
        int n = entries.size();
        Map<Entry, Integer> position = new IdentityHashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            position.put(entries.get(i), i);
        }
        // posting lists as ascending positions (= newest first), and each tag's weight
        Map<String, Integer> tagIds = new HashMap<>();
        int[][] postings = new int[tags.size()][];
        double[] weight = new double[tags.size()];
        for (int t = 0; t < tags.size(); t++) {
            Tag tag = tags.get(t);
            tagIds.put(tag.slug(), t);
            postings[t] = tag.entries().stream().mapToInt(position::get).sorted().toArray();
            weight[t] = Math.log((double) n / postings[t].length);
        }
        int[][] tagsOf = new int[n][];
        for (int i = 0; i < n; i++) {
            tagsOf[i] = entries.get(i).article().tags().stream().map(SiteBuilder::tagSlug).distinct()
                    .mapToInt(tagIds::get).toArray();
        }

        ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(() -> new Scratch(n));
        int[][] result = new int[n][];
        IntStream.range(0, n).parallel().forEach(i -> result[i] = best(i, tagsOf[i], postings, weight, scratch.get()));
        return result;
    }

    private static int[] best(int self, int[] tags, int[][] postings, double[] weight, Scratch s) {
        for (int t : tags) {
            int[] list = postings[t];
            if (list.length < 2 || weight[t] <= 0) {
                continue;
            }
            int at = Arrays.binarySearch(list, self);
            int from = Math.max(0, Math.min(at - WINDOW / 2, list.length - WINDOW));
            int to = Math.min(list.length, from + WINDOW);
            for (int k = from; k < to; k++) {
                int other = list[k];
                if (other != self) {
                    if (s.score[other] == 0) {
                        s.touched[s.count++] = other;
                    }
                    s.score[other] += weight[t];
                }
            }
        }
        // keep the best MAX in a small sorted array: best score first, ties to the newer article (lower position)
        int[] top = new int[MAX];
        int size = 0;
        for (int k = 0; k < s.count; k++) {
            int c = s.touched[k];
            int at = size;
            while (at > 0 && better(c, top[at - 1], s.score)) {
                at--;
            }
            if (at < MAX) {
                System.arraycopy(top, at, top, at + 1, Math.min(size, MAX - 1) - at);
                top[at] = c;
                size = Math.min(size + 1, MAX);
            }
        }
        for (int k = 0; k < s.count; k++) {
            s.score[s.touched[k]] = 0;
        }
        s.count = 0;
        return Arrays.copyOf(top, size);
    }

    private static boolean better(int a, int b, double[] score) {
        return score[a] != score[b] ? score[a] > score[b] : a < b;
    }

    /** Per-thread score table, reset after each article, so no article allocates an array of all articles. */
    private static final class Scratch {
        final double[] score;
        final int[] touched;
        int count;

        Scratch(int n) {
            score = new double[n];
            touched = new int[n];
        }
    }
}
