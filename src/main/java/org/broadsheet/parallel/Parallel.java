package org.broadsheet.parallel;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Maps a list on all cores, handing out one item at a time. A parallel stream splits a list into a few fixed
 * slices up front (four on two cores), so when the costs of items differ (an article page against a tag page) one
 * core finishes its slices early and idles while the other works through the rest; here a core that is free takes
 * the next item, so the cores finish within one item of each other.
 *
 * <p>The work runs on threads of its own with a {@link #STACK_BYTES} stack: Flexmark parses Markdown by recursion (its
 * regular expressions too), and an article with a line of 1,500 dashes or lists nested 500 deep overflowed the 1 MB
 * stack of the pool's threads. A thread's stack is reserved, not used, until the recursion reaches it.
 */
public final class Parallel {

    /** The stack of each worker: 16 times the JVM's default, enough for Markdown 16 times as deep. */
    public static final long STACK_BYTES = 16L << 20;

    private Parallel() {
    }

    /**
     * {@code f} applied to each item, in the items' order, on one worker thread a core. When {@code f} throws, the
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
        Thread[] workers = new Thread[Math.min(Runtime.getRuntime().availableProcessors(), n)];
        for (int w = 0; w < workers.length; w++) {
            workers[w] = new Thread(null, work, "broadsheet-worker-" + w, STACK_BYTES);
            workers[w].setDaemon(true);
            workers[w].start();
        }
        boolean interrupted = false;
        for (Thread worker : workers) {
            while (worker.isAlive()) {
                try {
                    worker.join();
                } catch (InterruptedException e) {
                    interrupted = true; // the workers finish their items first, as a pool's tasks would
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
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
