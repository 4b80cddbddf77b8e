package io.flopsplit.policy;

import io.flopsplit.memo.Memo;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * Remembers recent {@link Expectation}s: with fixed law constants every trial asks the same
 * questions (the same loss, the same inference budget), and each answer integrates a strategy's
 * success over the suite. Bounded (least recently used out) and thread-safe.
 */
final class ExpectationCache {

    private static final int CAPACITY = 4096;

    private record Key(Forecast forecast, String strategy, OptionalInt k, double params, double loss,
                       double inferenceFlops) {
    }

    private static final Memo<Key, Expectation> CACHE = new Memo<>(CAPACITY);

    private ExpectationCache() {
    }

    static Expectation get(Forecast forecast, String strategy, OptionalInt k, double params, double loss,
                           double inferenceFlops, Supplier<Expectation> compute) {
        return CACHE.get(new Key(forecast, strategy, k, params, loss, inferenceFlops), key -> compute.get());
    }
}
