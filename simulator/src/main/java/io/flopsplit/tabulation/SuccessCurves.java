package io.flopsplit.tabulation;

import io.flopsplit.inference.LogitSuccess;
import io.flopsplit.inference.Setting;
import io.flopsplit.inference.Strategy;
import io.flopsplit.memo.Memo;
import io.flopsplit.tasks.TaskSuite;
import java.util.Optional;

/**
 * The success curves of a run, made once per (strategy class, {@link LogitSuccess#successKey()},
 * suite, k) and shared by every model size, loss, deployment, trial and thread: the oracle's search
 * evaluates thousands of (size, split) candidates per trial, but only a few dozen distinct (strategy,
 * k). Bounded (least recently used out): a curve holds at most a few thousand doubles.
 */
public final class SuccessCurves {

    private static final int CAPACITY = 1024;
    /** The suite's quadrature size does not change success at a logit: keys use one size. */
    private static final int KEY_GRID_POINTS = 1;

    private record Key(Class<?> strategy, Object successKey, TaskSuite suite, int k) {
    }

    private static final Memo<Key, SuccessCurve> CURVES = new Memo<>(CAPACITY);

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
}
