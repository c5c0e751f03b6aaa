package org.broadsheet.site;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values derived from objects, remembered by the objects' identity across the builds of one pipeline: {@code serve}
 * keeps the articles it did not re-read, so what was derived from them need not be derived again. Two generations:
 * what the last build used and what this one used so far; values the last build did not use are let go. Identity,
 * not equality: a record's equality would compare whole article bodies. Thread-safe.
 *
 * @param <K> what values are derived from
 * @param <V> the derived values
 */
public final class IdentityMemo<K, V> {

    private volatile Map<Identity, V> previous = Map.of();
    private volatile Map<Identity, V> current;

    public IdentityMemo() {
        this(16);
    }

    /** @param expected about how many values one build derives: sized up front, the memo never grows */
    public IdentityMemo(int expected) {
        current = new ConcurrentHashMap<>(expected);
    }

    /** Called as a build starts. */
    public void nextBuild() {
        previous = current;
        current = new ConcurrentHashMap<>(Math.max(16, previous.size()));
    }

    /** The value for {@code key}: remembered from this build or the last, else derived (outside any lock). */
    public V get(K key, Function<? super K, ? extends V> derive) {
        Identity id = new Identity(key);
        V known = current.get(id);
        if (known == null) {
            known = previous.get(id);
            if (known == null) {
                known = derive.apply(key);
            }
            current.put(id, known);
        }
        return known;
    }

    private record Identity(Object o) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity i && i.o == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }
    }
}
