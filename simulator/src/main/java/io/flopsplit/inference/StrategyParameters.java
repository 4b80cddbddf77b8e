package io.flopsplit.inference;

import io.flopsplit.keys.Key;
import io.flopsplit.keys.KeyValues;
import java.util.List;
import java.util.Objects;

/**
 * The values of every registered strategy's parameters — verifier and reward-model quality, beam
 * search's steps and branching, chain-of-thought's gain, revision rates, the adaptive planner's
 * noise and bins — each declared once, on its strategy, as a documented key with its default and
 * range. None of the defaults is a fitted value unless its key's description says so: they are
 * stated assumptions a scenario should override. Immutable.
 */
public final class StrategyParameters {

    private final KeyValues values;

    private StrategyParameters(KeyValues values) {
        this.values = values;
    }

    /** Every parameter at its default. */
    public static StrategyParameters defaults() {
        return new StrategyParameters(KeyValues.defaults(Strategies.parameters()));
    }

    /** Every parameter of {@code values}, which must hold exactly the registered strategies' keys. */
    public static StrategyParameters of(KeyValues values) {
        if (!values.keys().equals(Strategies.parameters())) {
            throw new IllegalArgumentException("parameters: must be the strategies' keys in order, was "
                    + values.keys().stream().map(Key::name).toList());
        }
        return new StrategyParameters(values);
    }

    /** The value of {@code key}. */
    public <T> T get(Key<T> key) {
        return values.get(key);
    }

    /** These parameters with {@code key} at {@code value}, checked by the key. */
    public <T> StrategyParameters with(Key<T> key, T value) {
        return new StrategyParameters(values.with(key, value));
    }

    /** The values, in the keys' order. */
    public KeyValues values() {
        return values;
    }

    /** The keys, in order. */
    public List<Key<?>> keys() {
        return values.keys();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StrategyParameters that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
