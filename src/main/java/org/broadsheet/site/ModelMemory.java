package org.broadsheet.site;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.broadsheet.content.Article;

/**
 * What building the model derives from each article alone (its summary, its text signature for story clusters),
 * kept between the builds of one pipeline: {@code serve} keeps the articles it did not re-read, and their derived
 * values need not be derived again. Two generations: values the last build did not use are let go. Thread-safe.
 */
public final class ModelMemory {

    private volatile Map<Key, Object> previous = Map.of();
    private volatile Map<Key, Object> current = new ConcurrentHashMap<>();
    private final Map<String, Tally> tallies = new HashMap<>();

    /** A memory that remembers nothing between builds (each {@code build} command is one). */
    public static ModelMemory fresh() {
        return new ModelMemory();
    }

    /** Called as a build starts. */
    public void nextBuild() {
        previous = current;
        current = new ConcurrentHashMap<>();
    }

    @SuppressWarnings("unchecked")
    <T> T get(String what, Article article, Function<Article, T> derive) {
        Key key = new Key(what, article);
        Object known = current.get(key);
        if (known == null) {
            known = previous.get(key);
            if (known == null) {
                known = derive.apply(article); // outside any lock: derived in parallel
            }
            current.put(key, known);
        }
        return (T) known;
    }

    /**
     * In how many of {@code articles} each word occurs, given each article's distinct words ({@code words}, in the
     * same order). Worked out from the last build's count and the articles that came and went since, so an edit
     * in {@code serve} costs one article's words, not the whole archive's.
     */
    synchronized Map<String, Integer> documentFrequencies(String what, List<Article> articles, List<Set<String>> words) {
        Tally tally = tallies.computeIfAbsent(what, w -> new Tally());
        Map<Article, Set<String>> members = new IdentityHashMap<>(articles.size() * 2);
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            if (tally.members.remove(a) == null) {
                words.get(i).forEach(word -> tally.counts.merge(word, 1, Integer::sum));
            }
            members.put(a, words.get(i));
        }
        tally.members.values().forEach(gone -> gone.forEach(word -> tally.counts.computeIfPresent(word, (k, n) -> n > 1 ? n - 1 : null)));
        tally.members = members;
        return Collections.unmodifiableMap(tally.counts);
    }

    /** A running count of words over a set of articles, and the articles in it with their words. */
    private static final class Tally {
        Map<Article, Set<String>> members = new IdentityHashMap<>();
        final Map<String, Integer> counts = new HashMap<>();
    }

    /** The same article object, by identity (a record's equality would compare whole bodies). */
    private record Key(String what, Article article) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.article == article && k.what.equals(what);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(article) * 31 + what.hashCode();
        }
    }
}
