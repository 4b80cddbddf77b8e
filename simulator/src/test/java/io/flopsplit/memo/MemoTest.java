package io.flopsplit.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
