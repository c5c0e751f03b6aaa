package org.broadsheet.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;

import org.broadsheet.content.Article;
import org.broadsheet.site.Entry;
import org.broadsheet.site.IdentityMemo;

/**
 * A 64-bit fingerprint of everything a page is made from: the view records a template receives, walked component
 * by component. Two builds that give a page the same fingerprint render it to the same bytes (the template set and
 * the code are part of the seed), so an unchanged page need not be rendered again.
 *
 * <p>Records met on many pages ({@link Views.Shared}, and the model's entries that feeds are made from) are memoised by
 * identity: an article's card is hashed once per build.
 * Lazy HTML ({@link Views.Html}) is fingerprinted by its Markdown source and where its links lead, without rendering it. Thread-safe.
 */
public final class Fingerprint {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
            }
            return accessors;
        }
    };

    /** Each class's name hashed once. */
    private static final ClassValue<Long> CLASS_NAMES = new ClassValue<>() {
        @Override
        protected Long computeValue(Class<?> type) {
            return string(type.getName());
        }
    };

    private final long seed;
    /** Shared records by identity, for this build only: an article's card appears on many pages but is hashed once. */
    private final IdentityMemo<Record, Long> records;
    private final Memory memory;

    /** @param seed what every page shares: the templates, the code, the settings that shape output */
    Fingerprint(long seed) {
        this(seed, new Memory(), 16);
    }

    /** @param records about how many distinct records the pages share: sized up front, the memo never grows */
    Fingerprint(long seed, Memory memory, int records) {
        this.seed = seed;
        this.memory = memory;
        this.records = new IdentityMemo<>(records);
    }

    /**
     * Hashes of long texts (article bodies) and of whole articles kept from one build to the next, by identity:
     * {@code serve} keeps the articles it did not re-read, and an article's hash depends on nothing but the article,
     * so neither need be hashed again. Thread-safe.
     */
    public static final class Memory {
        private static final int LONG = 1024;
        private final IdentityMemo<String, Long> texts = new IdentityMemo<>();
        private final IdentityMemo<Record, Long> articles = new IdentityMemo<>();

        public Memory() {
        }

        /** Called as a build starts: hashes the last build did not use are forgotten. */
        void nextBuild() {
            texts.nextBuild();
            articles.nextBuild();
        }
    }

    private long longString(String s) {
        return s.length() < Memory.LONG ? string(s) : memory.texts.get(s, Fingerprint::string);
    }

    /**
     * The fingerprint of {@code values} alone, records component by component: for the build's record of its
     * settings. (Records' own {@code toString} would do, but its first call per record type builds method handles,
     * some milliseconds each at start-up.)
     */
    public static long ofValues(Object... values) {
        return new Fingerprint(0).of(values);
    }

    /** The fingerprint of a page made from {@code parts}. */
    long of(Object... parts) {
        long h = mix(FNV_OFFSET, seed);
        for (Object part : parts) {
            h = mix(h, value(part));
        }
        return h == 0 ? 1 : h; // 0 means "no fingerprint" to outputs
    }

    private long value(Object o) {
        if (o == null) {
            return 0x9e3779b97f4a7c15L;
        }
        if (o instanceof String s) {
            return longString(s);
        }
        if (o instanceof org.broadsheet.error.SourcePosition) { // where the config names a setting, not what a page holds
            return string("position");
        }
        if (o instanceof Record r) {
            if (r instanceof Article) { // in the feeds and site files, through their entries
                return memory.articles.get(r, this::record);
            }
            // entries: the feeds and site files are made from them, each entry in many of them
            return r instanceof Views.Shared || r instanceof Entry ? records.get(r, this::record) : record(r);
        }
        if (o instanceof Views.Html html) {
            return mix(mix(string("html"), longString(html.source())), value(html.addressInputs()));
        }
        if (o instanceof Views.Derived) {
            return string("derived");
        }
        if (o instanceof Map<?, ?> map) {
            long h = string("map");
            if (map instanceof java.util.LinkedHashMap || map instanceof java.util.SortedMap) {
                for (Map.Entry<?, ?> e : map.entrySet()) { // an order a template may rely on
                    h = mix(h, mix(value(e.getKey()), value(e.getValue())));
                }
            } else {
                for (Map.Entry<?, ?> e : map.entrySet()) { // no defined order (Map.of's differs per JVM): sum
                    h += mix(value(e.getKey()), value(e.getValue()));
                }
            }
            return h;
        }
        if (o instanceof Collection<?> items) {
            long h = string("list");
            for (Object item : items) {
                h = mix(h, value(item));
            }
            return h;
        }
        // moments by their numbers: formatting them as text was most of the cost of an entry's fingerprint
        if (o instanceof Instant i) {
            return mix(mix(CLASS_NAMES.get(Instant.class), i.getEpochSecond()), i.getNano());
        }
        if (o instanceof LocalDate d) {
            return mix(CLASS_NAMES.get(LocalDate.class), d.toEpochDay());
        }
        if (o instanceof OffsetDateTime t) {
            return mix(mix(mix(CLASS_NAMES.get(OffsetDateTime.class), t.toEpochSecond()), t.getNano()),
                    t.getOffset().getTotalSeconds());
        }
        if (o instanceof Number || o instanceof Boolean || o instanceof Character || o instanceof Enum<?>
                || o instanceof TemporalAccessor || o instanceof Path) {
            return mix(CLASS_NAMES.get(o.getClass()), string(o.toString()));
        }
        // anything else a template may see (values of front-matter params): by its class and text
        return mix(CLASS_NAMES.get(o.getClass()), string(String.valueOf(o)));
    }

    private long record(Record r) {
        long h = CLASS_NAMES.get(r.getClass());
        try {
            for (Method accessor : ACCESSORS.get(r.getClass())) {
                h = mix(h, value(accessor.invoke(r)));
            }
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + r.getClass().getName(), e);
        }
        return h;
    }

    static long string(String s) {
        long h = FNV_OFFSET;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= FNV_PRIME;
        }
        return mix(h, s.length());
    }

    static long bytes(byte[] b) {
        long h = FNV_OFFSET;
        for (byte x : b) {
            h ^= x & 0xff;
            h *= FNV_PRIME;
        }
        return mix(h, b.length);
    }

    /** Combines two hashes, order-sensitive (a splitmix-style finaliser over the sum). */
    static long mix(long h, long v) {
        long z = h * 31 + v + 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
