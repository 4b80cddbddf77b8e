package io.flopsplit.tabulation;

import io.flopsplit.inference.LogitSuccess;
import io.flopsplit.inference.PlanCache;
import io.flopsplit.inference.Setting;
import io.flopsplit.inference.Strategy;
import io.flopsplit.tasks.TaskSuite;
import io.flopsplit.memo.Memo;
import java.util.List;
import java.util.Optional;

/**
 * The expected accuracy of a strategy at budget k over a setting's suite: the weighted mean, over
 * the suite's difficulty quadrature, of the success on each problem. For a strategy that offers
 * {@link io.flopsplit.inference.LogitSuccess} it reads one value of its {@link AbilityCurve} — the
 * quadrature of its {@link SuccessCurve} over the suite, tabulated in θ(L) a unit cell at a time, each
 * cell made by the first trial that reaches it — with no plan, no problem set and no allocation,
 * within 2·{@value SuccessCurve#TOLERANCE} of the plan's own quadrature (each of the two tabulations
 * is within {@value SuccessCurve#TOLERANCE} at its checked midpoints); for any other strategy it
 * makes the plan (through {@link PlanCache}) and takes {@code plan.accuracy(problems)}.
 */
public final class SuiteAccuracy {

    private static final int CAPACITY = 4096;

    /** What an untabulated accuracy depends on: the strategy and deployment, suite, loss, k. */
    private record Question(Object success, TaskSuite suite, double loss, int k) {
    }

    private static final Memo<Question, Double> ANSWERS = new Memo<>(CAPACITY);

    private SuiteAccuracy() {
    }

    /**
     * E[success] of {@code strategy} at {@code k} over {@code setting}'s suite, at its loss: read
     * from the strategy's {@link AbilityCurve} when it offers {@link LogitSuccess}; otherwise the
     * plan's quadrature, remembered per distinct question, so a run whose trials deploy the same
     * model asks it once.
     */
    public static double of(Strategy strategy, Setting setting, int k) {
        Optional<AbilityCurve> curve = SuccessCurves.overSuite(strategy, setting, k);
        if (curve.isPresent()) {
            return curve.get().at(setting.suite().ability().ability(setting.loss()));
        }
        return ANSWERS.get(new Question(List.of(strategy, setting.deployment()), setting.suite(), setting.loss(), k),
                question -> PlanCache.plan(strategy, setting, k).accuracy(setting.problems()));
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

}
