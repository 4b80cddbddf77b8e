package io.flopsplit.allocation;

import io.flopsplit.compute.Checks;
import io.flopsplit.compute.ComputeConvention;
import io.flopsplit.data.DataPool;
import io.flopsplit.data.SelectionOptions;
import io.flopsplit.inference.Deployment;
import io.flopsplit.inference.StrategyParameters;
import io.flopsplit.laws.LossLaw;
import io.flopsplit.tasks.TaskSuite;

/**
 * What a policy knows when it decides: the total budget, the loss law it believes (a policy plans
 * with the nominal law; only the oracle is given the trial's true one), the candidate data pool and
 * how selection would work, the task suite, the forecast lifetime demand in real queries with their
 * prompt and answer lengths, the strategies' parameters and the FLOPs convention.
 *
 * @param budgetFlops the total budget C
 * @param law the law the policy plans with
 * @param pool the candidate data pool
 * @param selection how data selection works if the policy selects
 * @param suite the task suite queries are drawn from
 * @param realQueries forecast lifetime queries (each simulated query stands for w real ones)
 * @param promptTokens τ_in per query
 * @param answerTokens τ_out per answer
 * @param strategies parameters of the test-time strategies
 * @param convention FLOPs per parameter-token
 */
public record Forecast(double budgetFlops, LossLaw law, DataPool pool, SelectionOptions selection, TaskSuite suite,
                       double realQueries, double promptTokens, double answerTokens, StrategyParameters strategies,
                       ComputeConvention convention) {

    public Forecast {
        Checks.positive("budgetFlops", budgetFlops);
        Checks.present("law", law);
        Checks.present("pool", pool);
        Checks.present("selection", selection);
        Checks.present("suite", suite);
        Checks.nonNegative("realQueries", realQueries);
        Checks.nonNegative("promptTokens", promptTokens);
        Checks.positive("answerTokens", answerTokens);
        Checks.present("strategies", strategies);
        Checks.present("convention", convention);
    }

    /** Quadrature nodes policies plan on: a coarse grid keeps the oracle's searches affordable. */
    public static final int PLANNING_GRID_POINTS = 64;
    /** Per thread: the last suite planned on, and its planning suite. */
    private static final ThreadLocal<TaskSuite[]> PLANNING = ThreadLocal.withInitial(() -> new TaskSuite[2]);

    /**
     * The suite as policies plan with it: the same distribution on a coarser quadrature. Each thread
     * keeps the last one it made, so that the oracle's thousand candidates a trial plan on one suite
     * object: the accuracies they read are remembered per suite object ({@code SuccessCurves}), and a
     * new object each time made every reading hash the whole suite under a lock shared by all threads.
     */
    public TaskSuite planningSuite() {
        TaskSuite[] last = PLANNING.get();
        if (last[0] != suite) {
            last[1] = suite.withGridPoints(Math.min(PLANNING_GRID_POINTS, suite.gridPoints()));
            last[0] = suite;
        }
        return last[1];
    }

    /** How a model of {@code params} parameters serves one query. */
    public Deployment deployment(double params) {
        return new Deployment(params, promptTokens, answerTokens, convention);
    }

    /** The same forecast under another law (the oracle's view of the trial). */
    public Forecast withLaw(LossLaw other) {
        return new Forecast(budgetFlops, other, pool, selection, suite, realQueries, promptTokens, answerTokens,
                strategies, convention);
    }

    /** FLOPs to answer every forecast query once, greedily, with a model of {@code params} parameters. */
    public double greedyServingFlops(double params) {
        return realQueries * deployment(params).singleAnswerFlops();
    }
}
