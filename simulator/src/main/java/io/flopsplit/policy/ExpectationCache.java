package io.flopsplit.policy;

import java.util.LinkedHashMap;
import java.util.Map;
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

    private static final Map<Key, Expectation> CACHE = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Expectation> eldest) {
            return size() > CAPACITY;
        }
    };

    private ExpectationCache() {
    }

    static Expectation get(Forecast forecast, String strategy, OptionalInt k, double params, double loss,
                           double inferenceFlops, Supplier<Expectation> compute) {
        Key key = new Key(forecast, strategy, k, params, loss, inferenceFlops);
        synchronized (CACHE) {
            Expectation known = CACHE.get(key);
            if (known != null) {
                return known;
            }
        }
        Expectation computed = compute.get();
        synchronized (CACHE) {
            CACHE.put(key, computed);
        }
        return computed;
    }
}
