package org.broadsheet.parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Maps a list on all cores, handing out one item at a time. A parallel stream splits a list into a few fixed
 * slices up front (four on two cores), so when the costs of items differ (an article page against a tag page) one
 * core finishes its slices early and idles while the other works through the rest; here a core that is free takes
 * the next item, so the cores finish within one item of each other.
 */
public final class Parallel {

    private Parallel() {
    }

    /**
     * {@code f} applied to each item, in the items' order; the calling thread works too. When {@code f} throws, the
     * remaining items are skipped and the first exception is thrown once every worker has stopped.
     */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f) {
        return map(items.size(), i -> f.apply(items.get(i)));
    }

    /** Like {@link #map(List, Function)}, for the indexes 0 to {@code n - 1}. */
    public static <R> List<R> map(int n, IntFunction<? extends R> f) {
        Object[] results = new Object[n];
        AtomicInteger next = new AtomicInteger();
        Throwable[] failure = new Throwable[1];
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                try {
                    results[i] = f.apply(i);
                } catch (RuntimeException | Error e) {
                    next.set(n); // no new items for anyone
                    synchronized (failure) {
                        if (failure[0] == null) {
                            failure[0] = e;
                        }
                    }
                    return;
                }
            }
        };
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), n - 1);
        List<ForkJoinTask<?>> tasks = new ArrayList<>(Math.max(helpers, 0));
        for (int h = 0; h < helpers; h++) {
            tasks.add(ForkJoinPool.commonPool().submit(work));
        }
        work.run();
        for (ForkJoinTask<?> task : tasks) {
            task.join();
        }
        synchronized (failure) {
            if (failure[0] instanceof RuntimeException e) {
                throw e;
            }
            if (failure[0] instanceof Error e) {
                throw e;
            }
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
        return list;
    }
}
