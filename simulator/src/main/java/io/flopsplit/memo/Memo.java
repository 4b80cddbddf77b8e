package io.flopsplit.memo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * A bounded, thread-safe memo of a pure function: remembers the values of the most recently used
 * keys (least recently used out). Keys must be values (records with value equality); the function
 * must be pure. Each key holds a future: the first caller computes the value, outside the lock,
 * and a caller asking for the same key meanwhile waits for that computation instead of repeating
 * it, so two threads never compute the same value twice (while it is remembered). A computation
 * that fails is forgotten and its exception is thrown to every caller that waited for it.
 *
 * @param <K> the key, a value type
 * @param <V> the remembered value, immutable
 */
public final class Memo<K, V> {

    private final Map<K, FutureTask<V>> values;

    /** A memo of at most {@code capacity} values. */
    public Memo(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity: must be >= 1, was " + capacity);
        }
        this.values = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, FutureTask<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value for {@code key}, computed by {@code compute} unless remembered or being computed. */
    public V get(K key, Function<K, V> compute) {
        FutureTask<V> future;
        boolean mine = false;
        synchronized (values) {
            future = values.get(key);
            if (future == null) {
                future = new FutureTask<>(() -> compute.apply(key));
                values.put(key, future);
                mine = true;
            }
        }
        if (mine) {
            future.run();
        }
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a value being computed", e);
        } catch (ExecutionException e) {
            forget(key, future);
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void forget(K key, FutureTask<V> failed) {
        synchronized (values) {
            values.remove(key, failed);
        }
    }
}
