package io.flopsplit.check;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Configuration;
import org.quicktheories.core.Gen;
import org.quicktheories.core.NoGuidance;
import org.quicktheories.core.Reporter;
import org.quicktheories.core.Strategy;

/**
 * Runs one property with QuickTheories from a fixed seed and hands back its smallest falsifying value
 * (after shrinking) instead of throwing: QuickTheories generates the examples, boundary values first,
 * and shrinks a falsified one towards each generator's target.
 */
final class Shrinker {

    private static final int GENERATE_ATTEMPTS = 10;

    private Shrinker() {
    }

    /** The smallest value of {@code gen} that {@code holds} rejects, if any of {@code examples} is. */
    static <T> Optional<T> smallestFalsifying(Gen<T> gen, Predicate<T> holds, int examples, int shrinkCycles,
                                              long seed) {
        Capture reporter = new Capture();
        Strategy strategy = new Strategy(Configuration.defaultPRNG(seed), examples, 0, shrinkCycles,
                GENERATE_ATTEMPTS, reporter, prng -> new NoGuidance());
        QuickTheory.qt(() -> strategy).forAll(gen).check(holds);
        if (reporter.cause != null) {
            throw new IllegalStateException("checking failed in " + reporter.smallest + ": " + reporter.cause,
                    reporter.cause);
        }
        @SuppressWarnings("unchecked")
        Optional<T> smallest = Optional.ofNullable((T) reporter.smallest);
        return smallest;
    }

    /** Keeps the smallest falsifying value instead of failing. */
    private static final class Capture implements Reporter {
        private Object smallest;
        private Throwable cause;

        @Override
        public void falisification(long seed, int examples, Object value, Throwable failure, List<Object> others,
                                   AsString<Object> asString) {
            smallest = value;
            cause = failure;
        }

        @Override
        public void falisification(long seed, int examples, Object value, List<Object> others,
                                   AsString<Object> asString) {
            smallest = value;
        }

        @Override
        public void valuesExhausted(int examples) {
            throw new IllegalStateException("the generator ran out of worlds after " + examples + " examples");
        }
    }
}
