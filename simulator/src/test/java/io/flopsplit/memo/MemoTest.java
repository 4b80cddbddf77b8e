package io.flopsplit.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {

    @Test
    void remembersRecentValuesAndForgetsTheLeastRecentlyUsed() {
        AtomicInteger calls = new AtomicInteger();
        Memo<Integer, Integer> squares = new Memo<>(2);
        assertEquals(4, squares.get(2, key -> { calls.incrementAndGet(); return key * key; }));
        assertEquals(4, squares.get(2, key -> { calls.incrementAndGet(); return -1; }));
        assertEquals(1, calls.get());
        squares.get(3, key -> key * key);
        squares.get(2, key -> -1);          // 2 is now the most recent
        squares.get(4, key -> key * key);   // evicts 3
        assertEquals(-3, squares.get(3, key -> -key));   // recomputed: it had been evicted
        assertEquals(16, squares.get(4, key -> -1));
    }

    @Test
    void aFailedComputationIsNotRemembered() {
        Memo<String, String> memo = new Memo<>(4);
        assertThrows(IllegalArgumentException.class, () -> memo.get("x", key -> {
            throw new IllegalArgumentException("no");
        }));
        assertEquals("ok", memo.get("x", key -> "ok"));
        assertThrows(IllegalArgumentException.class, () -> new Memo<String, String>(0));
    }

    @Test
    void aSecondThreadWaitsForTheValueBeingComputedInsteadOfComputingItAgain() throws Exception {
        Memo<String, String> memo = new Memo<>(4);
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = threads.submit(() -> memo.get("k", key -> {
                calls.incrementAndGet();
                started.countDown();
                await(release);
                return "v";
            }));
            started.await(10, TimeUnit.SECONDS);
            Future<String> second = threads.submit(() -> memo.get("k", key -> {
                calls.incrementAndGet();
                return "again";
            }));
            Thread.sleep(50);
            release.countDown();
            assertEquals("v", first.get(10, TimeUnit.SECONDS));
            assertEquals("v", second.get(10, TimeUnit.SECONDS));
            assertEquals(1, calls.get());
        } finally {
            threads.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
