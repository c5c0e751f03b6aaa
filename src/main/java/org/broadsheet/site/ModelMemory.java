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
 * kept between the builds of one pipeline ({@link IdentityMemo}), running counts over all articles that a rebuild
 * updates with the articles that came and went, and results a rebuild may reuse when their inputs are unchanged. A
 * {@code build} command makes a new one per build.
 */
public final class ModelMemory {

    private final Map<String, IdentityMemo<Article, Object>> derived = new ConcurrentHashMap<>();
    private final Map<String, Tally> tallies = new HashMap<>();
    private final Map<String, Object> results = new ConcurrentHashMap<>();

    /** Called as a build starts. */
    public void nextBuild() {
        derived.values().forEach(IdentityMemo::nextBuild);
    }

    /** {@code what} of {@code article}, e.g. its "summary": remembered, or derived now. */
    @SuppressWarnings("unchecked")
    <T> T get(String what, Article article, Function<Article, T> derive) {
        return (T) derived.computeIfAbsent(what, w -> new IdentityMemo<>()).get(article, derive);
    }

    /** What the last build computed as {@code what} (and {@link #remember remembered}), or null. */
    @SuppressWarnings("unchecked")
    <T> T last(String what) {
        return (T) results.get(what);
    }

    void remember(String what, Object result) {
        results.put(what, result);
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
}
