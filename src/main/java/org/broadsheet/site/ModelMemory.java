package org.broadsheet.site;

import java.util.Map;
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
