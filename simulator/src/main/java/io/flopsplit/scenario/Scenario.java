package io.flopsplit.scenario;

import io.flopsplit.arrivals.Arrivals;
import io.flopsplit.compute.Checks;
import io.flopsplit.compute.ComputeConvention;
import io.flopsplit.data.DataPool;
import io.flopsplit.data.SelectionOptions;
import io.flopsplit.engine.Hardware;
import io.flopsplit.engine.deployment.Exhaustion;
import io.flopsplit.inference.StrategyParameters;
import io.flopsplit.policy.Policy;
import io.flopsplit.tasks.TaskSuite;
import io.flopsplit.uncertainty.Uncertain;
import java.util.List;

/**
 * A scenario: one world, with its uncertain inputs, and the policies to compare in it over Monte
 * Carlo trials. Read by {@link ScenarioReader}; every key and default is documented in
 * {@code scenarios/reference.yaml}.
 *
 * @param name the scenario's name (file name by default; a variant adds its own)
 * @param question what the scenario asks, one line
 * @param budgetFlops the total budget
 * @param law the law and the uncertainty of its constants
 * @param pool the candidate data pool
 * @param selection how data selection works
 * @param suiteId the task suite as given (preset id or file)
 * @param suite the task suite
 * @param queries lifetime real queries (uncertain)
 * @param simulatedQueries queries simulated per trial
 * @param windowDays the deployment window
 * @param arrivals the arrival process
 * @param exhaustion what happens when the inference budget runs out
 * @param promptTokens τ_in per query
 * @param answerTokens τ_out per answer
 * @param verifierAuc the learned verifier's AUC (uncertain)
 * @param strategies the other strategy parameters
 * @param convention FLOPs per parameter-token
 * @param hardware the cluster
 * @param accelerators its number of accelerators, as given
 * @param horizonDays when a trial ends
 * @param trainingChunks chunks pretraining is played in
 * @param selectionBatches batches the pool is scored in
 * @param policies the contestants, in report order
 * @param baseline the policy paired differences are taken against
 * @param montecarlo trials, seed, precision and confidence level
 */
public record Scenario(String name, String question, double budgetFlops, LawSpec law, DataPool pool,
                       SelectionOptions selection, String suiteId, TaskSuite suite, Uncertain queries,
                       double simulatedQueries, double windowDays, Arrivals arrivals, Exhaustion exhaustion,
                       double promptTokens, double answerTokens, Uncertain verifierAuc, StrategyParameters strategies,
                       ComputeConvention convention, Hardware hardware, int accelerators, double horizonDays,
                       int trainingChunks, int selectionBatches, List<Policy> policies, String baseline,
                       MonteCarloSettings montecarlo) {

    public Scenario {
        Checks.present("name", name);
        Checks.positive("total", budgetFlops);
        Checks.positive("simulatedQueries", simulatedQueries);
        Checks.positive("windowDays", windowDays);
        Checks.positive("horizonDays", horizonDays);
        policies = List.copyOf(policies);
        if (policies.isEmpty()) {
            throw new IllegalArgumentException("policies: must name at least one policy");
        }
        if (policies.stream().noneMatch(policy -> policy.name().equals(baseline))) {
            throw new IllegalArgumentException("baseline: must be one of the policies ("
                    + String.join(", ", policies.stream().map(Policy::name).toList()) + "), was " + baseline);
        }
    }

    /** The baseline's position among the policies. */
    public int baselineIndex() {
        return policies.stream().map(Policy::name).toList().indexOf(baseline);
    }

    /**
     * How the Monte Carlo comparison runs.
     *
     * @param trials trials to run (at most, with a precision target)
     * @param seed master seed
     * @param precision stop once every accuracy interval's half-width is at most this (0: never)
     * @param level confidence level
     */
    public record MonteCarloSettings(long trials, long seed, double precision, double level) {
        public MonteCarloSettings {
            if (trials < 2) {
                throw new IllegalArgumentException("trials: must be >= 2, was " + trials);
            }
            Checks.nonNegative("precision", precision);
            Checks.inRange("level", level, 0.5, 0.9999);
        }
    }
}
