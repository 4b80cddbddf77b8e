package io.flopsplit.keys;

import io.flopsplit.yaml.Fields;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Values of a set of keys, each checked by its key, in the keys' order: a policy's options or the
 * strategies' parameters. Immutable; {@link #with} makes a changed copy.
 */
public final class KeyValues {

    private final Map<Key<?>, Object> values;
    /**
     * The same entries by key name, for {@link #get}: a key's name caches its hash, where hashing a
     * key record hashes its description and range every time (the oracle's search reads the
     * strategies' parameters some ten thousand times a trial). Names are unique within the keys.
     */
    private final Map<String, Entry> byName;

    /** A key and its value. */
    private record Entry(Key<?> key, Object value) {
    }

    private KeyValues(Map<Key<?>, Object> values) {
        this.values = Collections.unmodifiableMap(values);
        Map<String, Entry> named = new HashMap<>();
        values.forEach((key, value) -> {
            if (named.put(key.name(), new Entry(key, value)) != null) {
                throw new IllegalArgumentException(key.name() + ": is declared twice");
            }
        });
        this.byName = named;
    }

    /** Every key at its default. */
    public static KeyValues defaults(List<? extends Key<?>> keys) {
        Map<Key<?>, Object> values = new LinkedHashMap<>();
        for (Key<?> key : keys) {
            if (values.put(key, key.defaultValue()) != null) {
                throw new IllegalArgumentException(key.name() + ": is declared twice");
            }
        }
        return new KeyValues(values);
    }

    /** Every key read from {@code fields} (its default when absent); unknown keys are left for the caller. */
    public static KeyValues read(List<? extends Key<?>> keys, Fields fields) {
        Map<Key<?>, Object> values = new LinkedHashMap<>();
        for (Key<?> key : keys) {
            values.put(key, key.read(fields));
        }
        return new KeyValues(values);
    }

    /** The value of {@code key}. */
    public <T> T get(Key<T> key) {
        Entry entry = byName.get(key.name());
        if (entry == null || entry.key() != key && !entry.key().equals(key)) {
            throw new IllegalArgumentException(key.name() + ": not among these keys (" + String.join(", ",
                    keys().stream().map(Key::name).toList()) + ")");
        }
        @SuppressWarnings("unchecked")
        T value = (T) entry.value();
        return value;
    }

    /** The value of a number key. */
    public double number(Key<Double> key) {
        return get(key);
    }

    /** These values with {@code key} set to {@code value}, checked by the key. */
    public <T> KeyValues with(Key<T> key, T value) {
        get(key);
        Map<Key<?>, Object> copy = new LinkedHashMap<>(values);
        copy.put(key, key.check(value));
        return new KeyValues(copy);
    }

    /** The keys, in order. */
    public List<Key<?>> keys() {
        return List.copyOf(values.keySet());
    }

    /** The values as YAML flow entries: {@code name: value, ...} (keys written by leaving them out are). */
    public Written written() {
        Written written = new Written();
        values.forEach((key, value) -> written.put(key, value));
        return written;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyValues that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values);
    }

    @Override
    public String toString() {
        return written().flow();
    }
}
