package io.flopsplit.tabulation;

import io.flopsplit.inference.LogitSuccess;
import io.flopsplit.inference.Setting;
import io.flopsplit.inference.Strategy;
import io.flopsplit.memo.Memo;
import io.flopsplit.tasks.TaskSuite;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The success curves of a run, made once per (strategy class, {@link LogitSuccess#successKey()},
 * suite, k) and shared by every model size, loss, deployment, trial and thread: the oracle's search
 * evaluates thousands of (size, split) candidates per trial, but only a few dozen distinct (strategy,
 * k); and, per suite and its quadrature, the expected accuracy as a function of ability. Bounded
 * (least recently used out) at {@value #CAPACITY} curves of each kind: a success curve holds about
 * 300 knots, 13 kB, so a full memo holds about 50 MB; an ability curve a slot per unit cell of
 * ability (about 300, 1.2 kB) and the few cells trials reached (about 0.5 kB each). An oracle re-planning for an uncertain law asks some 40 new budgets
 * per trial; at 1,024 curves half of epoch-uncertainty's builds rebuilt a curve the memo had
 * dropped, at 4,096 its CPU per trial fell by a quarter (and by 3% more at 8,192).
 */
public final class SuccessCurves {

    static final int CAPACITY = 4096;
    /** The suite's quadrature size does not change success at a logit: keys use one size. */
    private static final int KEY_GRID_POINTS = 1;

    private record Key(Class<?> strategy, Object successKey, TaskSuite suite, int k) {
    }

    private static final Memo<Key, SuccessCurve> CURVES = new Memo<>(CAPACITY);
    private static final Memo<Key, AbilityCurve> ABILITY_CURVES = new Memo<>(CAPACITY);

    private SuccessCurves() {
    }

    /**
     * The curve of {@code strategy} at budget {@code k} in {@code setting}'s suite, when the strategy
     * offers {@link LogitSuccess}; empty otherwise.
     */
    public static Optional<SuccessCurve> of(Strategy strategy, Setting setting, int k) {
        if (!(strategy instanceof LogitSuccess tabulable)) {
            return Optional.empty();
        }
        Key key = new Key(strategy.getClass(), tabulable.successKey(), setting.suite().withGridPoints(KEY_GRID_POINTS), k);
        return Optional.of(CURVES.get(key, ignored -> SuccessCurve.of(strategy.plan(setting, k),
                setting.suite().discrimination())));
    }

    /**
     * The expected accuracy over {@code setting}'s suite (its quadrature) as a function of ability,
     * when the strategy offers {@link LogitSuccess}; empty otherwise.
     */
    static Optional<AbilityCurve> overSuite(Strategy strategy, Setting setting, int k) {
        if (!(strategy instanceof LogitSuccess tabulable)) {
            return Optional.empty();
        }
        TaskSuite suite = setting.suite();
        Object successKey = tabulable.successKey();
        Map<Recent, AbilityCurve> recent = RECENT.get();
        Recent asked = new Recent(strategy.getClass(), successKey, suite, k);
        AbilityCurve known = recent.get(asked);
        if (known != null) {
            return Optional.of(known);
        }
        AbilityCurve curve = ABILITY_CURVES.get(new Key(strategy.getClass(), successKey, suite, k),
                ignored -> AbilityCurve.of(of(strategy, setting, k).orElseThrow(), suite.grid(), suite.discrimination()));
        if (recent.size() >= RECENT_CAPACITY) {
            recent.clear();
        }
        recent.put(asked, curve);
        return Optional.of(curve);
    }

    /**
     * A key of each thread's recent ability curves that finds the suite by identity: the trials of a
     * run deploy on the same suite object, and hashing a suite costs more than reading a curve.
     */
    private record Recent(Class<?> strategy, Object successKey, TaskSuite suite, int k) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Recent that && suite == that.suite && k == that.k && strategy == that.strategy
                    && successKey.equals(that.successKey);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * System.identityHashCode(suite) + k) + successKey.hashCode();
        }
    }

    private static final int RECENT_CAPACITY = 64;
    private static final ThreadLocal<Map<Recent, AbilityCurve>> RECENT = ThreadLocal.withInitial(HashMap::new);
}
