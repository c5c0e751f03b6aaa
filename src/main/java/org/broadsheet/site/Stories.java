package org.broadsheet.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.broadsheet.config.StorySettings;
import org.broadsheet.parallel.Parallel;
import org.broadsheet.text.NearDuplicates;

/**
 * Story clusters: articles that report the same story, usually from several publications. Two articles are the
 * same story when their texts are similar (MinHash/LSH estimate of shared three-word phrases in the headline and
 * the first {@link #LEAD_WORDS} words, at least the configured similarity), or when their headlines share enough
 * rare words and they are at most a few days apart; clusters are
 * the connected groups of such pairs. Work grows linearly with the number of articles: text candidates come from LSH
 * buckets, headline candidates from the posting lists of rare words, each scanned only within the time window and
 * at most {@link #WINDOW} entries either side. Deterministic: the same articles always make the same stories.
 */
public final class Stories {

    /** Most neighbours in time looked at per entry and headline word. */
    static final int WINDOW = 50;
    /** A headline word is rare when at most this many headlines, or one in {@link #RARE_SHARE}, use it. */
    static final int RARE_FLOOR = 10;
    static final int RARE_SHARE = 100;
    /**
     * How much of an article's text is compared: news puts the story first, and reprints share their opening, so the
     * headline and the first words decide, which keeps long articles cheap.
     */
    static final int LEAD_WORDS = 200;
    /** Most articles listed as earlier in a story. */
    public static final int MAX_EARLIER = 5;

    private static final long DAY_SECONDS = 24 * 60 * 60;

    private final Map<Entry, List<Entry>> clusters;
    private final Map<Entry, Set<String>> rareTerms;
    private final int strongTerms;

    private Stories(Map<Entry, List<Entry>> clusters, Map<Entry, Set<String>> rareTerms, int strongTerms) {
        this.clusters = clusters;
        this.rareTerms = rareTerms;
        this.strongTerms = strongTerms;
    }

    /** The story {@code entry} is part of, oldest first and including it; just {@code entry} when it stands alone. */
    public List<Entry> of(Entry entry) {
        return clusters.getOrDefault(entry, List.of(entry));
    }

    /** Every story of two or more articles, each oldest first, the stories by their first article, newest first. */
    public List<List<Entry>> clusters() {
        Set<List<Entry>> distinct = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        distinct.addAll(clusters.values());
        List<List<Entry>> all = new ArrayList<>(distinct);
        all.sort(java.util.Comparator.comparing((List<Entry> story) -> story.get(0).article().date()).reversed()
                .thenComparing(story -> story.get(0).path()));
        return all;
    }

    /**
     * Earlier articles of {@code entry}'s story, latest first: the story's own, then those of {@code related} whose
     * headlines share as many rare words with it as two reports of one story must (strongly related, however long
     * before); at most {@link #MAX_EARLIER}.
     */
    public List<Entry> earlier(Entry entry, List<Entry> related) {
        List<Entry> earlier = new ArrayList<>();
        List<Entry> story = of(entry);
        for (int i = story.size() - 1; i >= 0 && earlier.size() < MAX_EARLIER; i--) {
            if (isBefore(story.get(i), entry)) {
                earlier.add(story.get(i));
            }
        }
        Set<String> terms = rareTerms.getOrDefault(entry, Set.of());
        for (Entry r : related) {
            if (earlier.size() < MAX_EARLIER && isBefore(r, entry) && earlier.stream().noneMatch(e -> e == r)
                    && rareTerms.getOrDefault(r, Set.of()).stream().filter(terms::contains).count() >= strongTerms) {
                earlier.add(r);
            }
        }
        return List.copyOf(earlier);
    }

    private static boolean isBefore(Entry a, Entry b) {
        return a.article().date().instant().isBefore(b.article().date().instant());
    }

    /** @param entries all published articles, newest first (the site's order, which settles every tie) */
    public static Stories compute(List<Entry> entries, StorySettings settings) {
        return compute(entries, settings, new ModelMemory());
    }

    /** @param memory signatures of articles met in earlier builds of the same pipeline */
    static Stories compute(List<Entry> entries, StorySettings settings, ModelMemory memory) {
        int n = entries.size();
        UnionFind groups = new UnionFind(n);
        // the costly part, in parallel and in one pass: each lead is cut once and gives both its signature and words
        List<Lead> leads = Parallel.map(entries, e -> memory.get("lead", e.article(), a -> Lead.of(lead(e))));
        linkSimilarTexts(leads, settings, groups);
        List<Set<String>> terms = entries.stream()
                .map(e -> memory.<Set<String>>get("title terms", e.article(),
                        a -> java.util.Collections.unmodifiableSet(TitleTerms.of(a.title())))).toList();
        Map<String, int[]> postings = rarePostings(entries, leads, terms, memory);
        if (settings.titleTerms() > 0) {
            linkSharedHeadlineWords(entries, terms, postings, settings, groups);
        }

        Map<Integer, List<Entry>> byRoot = new HashMap<>();
        for (int i = n - 1; i >= 0; i--) { // oldest first
            byRoot.computeIfAbsent(groups.find(i), r -> new ArrayList<>()).add(entries.get(i));
        }
        Map<Entry, List<Entry>> clusters = new IdentityHashMap<>();
        for (List<Entry> story : byRoot.values()) {
            if (story.size() > 1) {
                List<Entry> fixed = List.copyOf(story);
                fixed.forEach(e -> clusters.put(e, fixed));
            }
        }
        Map<Entry, Set<String>> rare = new IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            Set<String> own = new LinkedHashSet<>(terms.get(i));
            own.retainAll(postings.keySet());
            rare.put(entries.get(i), Set.copyOf(own));
        }
        return new Stories(clusters, rare, Math.max(1, settings.titleTerms()));
    }

    /**
     * What story clustering needs of an article's lead (headline and first words).
     *
     * @param signature its MinHash signature, null when too short for one
     * @param words its distinct words, folded as headline terms are
     */
    private record Lead(long[] signature, Set<String> words) {

        static Lead of(String lead) {
            return new Lead(NearDuplicates.signature(lead), TitleTerms.wordsIn(lead));
        }
    }

    /** Oldest first, so every text meets those published before it; LSH keeps each lookup to a few candidates. */
    private static void linkSimilarTexts(List<Lead> leads, StorySettings settings, UnionFind groups) {
        NearDuplicates<Integer> texts = new NearDuplicates<>(settings.similarity(), leads.size());
        for (int i = leads.size() - 1; i >= 0; i--) {
            long[] signature = leads.get(i).signature();
            for (int other : texts.findAll(signature)) {
                groups.union(i, other);
            }
            texts.add(signature, i);
        }
    }

    /**
     * The positions of the headlines using each rare word, ascending (newest first). A headline word is rare when few
     * articles use it in their headline or lead: "council" is in many local stories' texts, "Kilbride" only in those
     * about Kilbride, which a count of headlines alone could not tell in a small digest.
     */
    private static Map<String, int[]> rarePostings(List<Entry> entries, List<Lead> leads, List<Set<String>> terms,
            ModelMemory memory) {
        int n = entries.size();
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String t : terms.get(i)) {
                lists.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
        }
        lists.values().removeIf(list -> list.size() < 2);
        Map<String, Integer> used = memory.documentFrequencies("lead words",
                entries.stream().map(Entry::article).toList(), leads.stream().map(Lead::words).toList());
        int limit = Math.max(RARE_FLOOR, n / RARE_SHARE);
        Map<String, int[]> postings = new HashMap<>();
        lists.forEach((t, list) -> {
            if (used.getOrDefault(t, 0) <= limit) {
                postings.put(t, list.stream().mapToInt(Integer::intValue).toArray());
            }
        });
        return postings;
    }

    private static void linkSharedHeadlineWords(List<Entry> entries, List<Set<String>> terms, Map<String, int[]> postings,
            StorySettings settings, UnionFind groups) {
        long window = settings.days() * DAY_SECONDS;
        long[] seconds = entries.stream().mapToLong(e -> e.article().date().instant().getEpochSecond()).toArray();
        for (int i = 0; i < entries.size(); i++) {
            Map<Integer, Integer> shared = new HashMap<>();
            for (String t : terms.get(i)) {
                int[] list = postings.get(t);
                if (list == null) {
                    continue;
                }
                int at = Arrays.binarySearch(list, i);
                // newer neighbours sit before i in the list, older ones after it
                for (int k = at - 1; k >= Math.max(0, at - WINDOW) && seconds[list[k]] - seconds[i] <= window; k--) {
                    shared.merge(list[k], 1, Integer::sum);
                }
                for (int k = at + 1; k < Math.min(list.length, at + 1 + WINDOW) && seconds[i] - seconds[list[k]] <= window; k++) {
                    shared.merge(list[k], 1, Integer::sum);
                }
            }
            int index = i;
            shared.forEach((other, count) -> {
                if (count >= settings.titleTerms()) {
                    groups.union(index, other);
                }
            });
        }
    }

    /** The headline and the first {@link #LEAD_WORDS} words of the text. */
    static String lead(Entry e) {
        String body = e.article().body();
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < body.length(); i++) {
            boolean space = Character.isWhitespace(body.charAt(i));
            if (!space && !inWord && ++words > LEAD_WORDS) {
                body = body.substring(0, i);
                break;
            }
            inWord = !space;
        }
        return e.article().title() + "\n" + body;
    }

    /** Disjoint sets over positions; the root of a set is always its smallest position, so the result is stable. */
    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }
}
