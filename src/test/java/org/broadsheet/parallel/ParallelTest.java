package org.broadsheet.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParallelTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 17, 1000})
    void mapsEveryItemOnceInOrder(int n) {
        List<Integer> items = IntStream.range(0, n).boxed().toList();
        AtomicInteger calls = new AtomicInteger();

        List<String> out = Parallel.map(items, i -> {
            calls.incrementAndGet();
            return "#" + i;
        });

        assertThat(out).containsExactlyElementsOf(items.stream().map(i -> "#" + i).toList());
        assertThat(calls).hasValue(n);
    }

    @Test
    void keepsNullResults() {
        assertThat(Parallel.map(List.of(1, 2, 3), i -> i == 2 ? null : i)).containsExactly(1, null, 3);
    }

    @Test
    void theResultCannotBeChanged() {
        List<Integer> out = Parallel.map(List.of(1, 2), i -> i);
        assertThatThrownBy(() -> out.set(0, 5)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aFreeWorkerTakesTheNextItemWhileAnotherIsBusy() throws Exception {
        // item 0 blocks until every other item is done: with fixed slices, the items sharing its slice would wait
        // behind it and the latch would time out
        int n = 64;
        CountDownLatch othersDone = new CountDownLatch(n - 1);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Boolean> out = Parallel.map(IntStream.range(0, n).boxed().toList(), i -> {
            threads.add(Thread.currentThread().getName());
            if (i == 0) {
                try {
                    return othersDone.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            othersDone.countDown();
            return true;
        });
        org.junit.jupiter.api.Assumptions.assumeTrue(threads.size() > 1, "needs a second thread to run");
        assertThat(out).containsOnly(true);
    }

    @Test
    void theFirstFailureReachesTheCallerAndStopsTheRest() {
        AtomicInteger started = new AtomicInteger();
        List<Integer> items = IntStream.range(0, 10_000).boxed().toList();

        assertThatThrownBy(() -> Parallel.map(items, i -> {
            started.incrementAndGet();
            if (i == 3) {
                throw new IllegalArgumentException("bad item 3");
            }
            // a millisecond an item: on a loaded machine the other worker could otherwise run all 10,000 in the
            // moment between the failure and the workers seeing it (this test once failed that way)
            sleep(1);
            return i;
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad item 3");
        assertThat(started.get()).isLessThan(items.size());
    }

    @Test
    void anErrorReachesTheCallerAsItself() {
        assertThatThrownBy(() -> Parallel.map(List.of(1, 2, 3), i -> {
            throw new StackOverflowError("deep");
        })).isInstanceOf(StackOverflowError.class).hasMessage("deep");
    }

    @Test
    void aNestedMapFinishes() {
        List<Integer> outer = IntStream.range(0, 8).boxed().toList();
        List<Integer> sums = Parallel.map(outer, i -> Parallel.map(IntStream.range(0, 100).boxed().toList(), j -> i * j)
                .stream().mapToInt(Integer::intValue).sum());
        assertThat(sums).containsExactlyElementsOf(outer.stream().map(i -> i * 4950).toList());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
