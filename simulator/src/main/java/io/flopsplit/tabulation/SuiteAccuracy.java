package io.flopsplit.tabulation;

import io.flopsplit.inference.LogitSuccess;
import io.flopsplit.inference.PlanCache;
import io.flopsplit.inference.Setting;
import io.flopsplit.inference.Strategy;
import io.flopsplit.tasks.DifficultyGrid;
import io.flopsplit.tasks.TaskSuite;
import io.flopsplit.memo.Memo;
import java.util.List;
import java.util.Optional;

/**
 * The expected accuracy of a strategy at budget k over a setting's suite: the weighted mean, over
 * the suite's difficulty quadrature, of the success on each problem. For a strategy that offers
 * {@link io.flopsplit.inference.LogitSuccess} it reads its {@link SuccessCurve} at each node's
 * logit a·(θ(L) − b_j), with no plan, no problem set and no allocation; for any other strategy it
 * makes the plan (through {@link PlanCache}) and takes {@code plan.accuracy(problems)}.
 */
public final class SuiteAccuracy {

    private static final int CAPACITY = 4096;

    /** What an accuracy depends on: the strategy's success (or, untabulated, the strategy and deployment), suite, loss, k. */
    private record Question(Object success, TaskSuite suite, double loss, int k) {
    }

    private static final Memo<Question, Double> ANSWERS = new Memo<>(CAPACITY);

    private SuiteAccuracy() {
    }

    /**
     * E[success] of {@code strategy} at {@code k} over {@code setting}'s suite, at its loss;
     * remembered per distinct question, so a run whose trials deploy the same model asks it once.
     */
    public static double of(Strategy strategy, Setting setting, int k) {
        Object success = strategy instanceof LogitSuccess tabulable
                ? List.of(strategy.getClass(), tabulable.successKey()) : List.of(strategy, setting.deployment());
        return ANSWERS.get(new Question(success, setting.suite(), setting.loss(), k),
                question -> compute(strategy, setting, k));
    }

    private static double compute(Strategy strategy, Setting setting, int k) {
        Optional<SuccessCurve> curve = SuccessCurves.of(strategy, setting, k);
        if (curve.isEmpty()) {
            return PlanCache.plan(strategy, setting, k).accuracy(setting.problems());
        }
        TaskSuite suite = setting.suite();
        return over(curve.get(), suite.grid(), suite.discrimination(), suite.ability().ability(setting.loss()));
    }

    /**
     * The plan's expected FLOPs per query: {@code strategy.flopsPerQuery} for a strategy that offers
     * {@link LogitSuccess} (which promises they agree), the plan's own otherwise (adaptive's plan
     * spends less than its budget).
     */
    public static double flopsPerQuery(Strategy strategy, Setting setting, int k) {
        return strategy instanceof LogitSuccess ? strategy.flopsPerQuery(setting.deployment(), k)
                : PlanCache.plan(strategy, setting, k).flopsPerQuery();
    }

    /** Σ_j w_j · curve(a·(θ − b_j)) over {@code grid}. */
    static double over(SuccessCurve curve, DifficultyGrid grid, double discrimination, double ability) {
        double sum = 0;
        for (int j = 0, n = grid.size(); j < n; j++) {
            sum += grid.weight(j) * curve.at(discrimination * (ability - grid.difficulty(j)));
        }
        return Math.min(1, Math.max(0, sum));
    }
}
