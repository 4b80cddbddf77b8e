package io.flopsplit.memo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A bounded, thread-safe memo of a pure function: remembers the values of the most recently used
 * keys (least recently used out). Keys must be values (records with value equality); the function
 * must be pure, so that a value computed twice by two threads at once is the same value; the first
 * stored is the one every caller gets. The lock is held only to look up and store, never while
 * computing.
 *
 * @param <K> the key, a value type
 * @param <V> the remembered value, immutable
 */
public final class Memo<K, V> {

    private final Map<K, V> values;

    /** A memo of at most {@code capacity} values. */
    public Memo(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity: must be >= 1, was " + capacity);
        }
        this.values = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value for {@code key}, computed by {@code compute} unless remembered. */
    public V get(K key, Function<K, V> compute) {
        synchronized (values) {
            V known = values.get(key);
            if (known != null) {
                return known;
            }
        }
        V computed = compute.apply(key);
        synchronized (values) {
            V first = values.putIfAbsent(key, computed);
            return first != null ? first : computed;
        }
    }
}
