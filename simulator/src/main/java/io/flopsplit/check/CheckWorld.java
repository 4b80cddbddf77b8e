package io.flopsplit.check;

import io.flopsplit.scenario.BudgetSection;
import io.flopsplit.scenario.DataSection;
import io.flopsplit.scenario.DeploymentSection;
import io.flopsplit.scenario.HardwareSection;
import io.flopsplit.scenario.LawSection;
import io.flopsplit.scenario.MonteCarloSection;
import io.flopsplit.scenario.Scenario;
import io.flopsplit.scenario.ScenarioWorlds;
import io.flopsplit.scenario.TasksSection;
import io.flopsplit.policy.Policy;
import io.flopsplit.random.RandomStreams;
import io.flopsplit.random.TrialStreams;
import io.flopsplit.trial.World;
import io.flopsplit.uncertainty.Fixed;
import java.util.List;

/**
 * One generated world a policy is checked in: the scenario sections a generator varies (budget, law
 * and the uncertainty of its constants, data pool, task suite, deployment, hardware) over a base
 * scenario that gives the rest, and the master seed. Its first trial — trial 0 of that seed, its
 * world drawn by {@link ScenarioWorlds} exactly as {@code flopsplit run} draws it — is what the policy
 * is examined in, so the scenario written by {@link #scenario} reproduces it with {@code flopsplit run}.
 *
 * @param base the scenario that gives every section not varied here
 * @param budget the budget
 * @param law the law and its uncertainty
 * @param data the data pool
 * @param tasks the task suite
 * @param deployment the demand
 * @param hardware the cluster
 * @param seed the master seed
 */
public record CheckWorld(Scenario base, BudgetSection budget, LawSection law, DataSection data, TasksSection tasks,
                         DeploymentSection deployment, HardwareSection hardware, long seed) {

    /** Trials a reproducing scenario runs: the fewest a run takes; trial 0 is the one checked. */
    static final long TRIALS = 2;

    /** The world of {@code scenario} itself, seeded by its {@code montecarlo.seed}. */
    public static CheckWorld of(Scenario scenario) {
        return new CheckWorld(scenario, scenario.budget(), scenario.law(), scenario.data(), scenario.tasks(),
                scenario.deployment(), scenario.hardware(), scenario.montecarlo().seed());
    }

    /** The world as a scenario comparing {@code policies}, the first the baseline, trial 0 of {@link #seed}. */
    public Scenario scenario(List<Policy> policies) {
        return new Scenario("counterexample", "", budget, law, data, tasks, deployment, base.strategies(),
                base.compute(), hardware, base.simulation(), policies, policies.get(0).name(),
                new MonteCarloSection(TRIALS, seed, 0, base.montecarlo().level()));
    }

    /** The world of trial 0, as {@code flopsplit run} of {@link #scenario} plays it. */
    public World world() {
        return new ScenarioWorlds(scenario(base.policies())).apply(streams());
    }

    /** The random streams of trial 0. */
    public TrialStreams streams() {
        return new RandomStreams(seed).next();
    }

    /** The same world with another budget, everything else (demand, pool, cluster) as it is. */
    public CheckWorld withBudget(double totalFlops) {
        return new CheckWorld(base, new BudgetSection(totalFlops), law, data, tasks, deployment, hardware, seed);
    }

    /** The same world with another lifetime demand, known exactly. */
    public CheckWorld withQueries(double realQueries) {
        DeploymentSection d = deployment;
        return new CheckWorld(base, budget, law, data, tasks, new DeploymentSection(new Fixed(realQueries),
                d.simulatedQueries(), d.windowDays(), d.arrivals(), d.exhaustion(), d.outcomes(), d.promptTokens(),
                d.answerTokens()),
                hardware, seed);
    }

    /** The budget. */
    public double budgetFlops() {
        return budget.totalFlops();
    }

    /** The mean lifetime demand. */
    public double realQueries() {
        return deployment.queries().mean();
    }

    @Override
    public String toString() {
        return "budget " + budgetFlops() + ", " + realQueries() + " queries, law " + law.profile().id()
                + (law.uncertainty().isPresent() ? " (uncertain)" : "") + ", suite " + tasks.suiteId() + ", pool "
                + data.pool().uniqueTokens() + " unique of " + data.pool().tokens() + ", "
                + deployment.exhaustion() + ", " + hardware.accelerators() + " accelerators, seed " + seed;
    }
}
