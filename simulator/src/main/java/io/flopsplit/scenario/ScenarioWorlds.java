package io.flopsplit.scenario;

import io.flopsplit.allocation.Forecast;
import io.flopsplit.arrivals.RealArrivals;
import io.flopsplit.engine.deployment.Demand;
import io.flopsplit.inference.StrategyParameters;
import io.flopsplit.laws.LossLaw;
import io.flopsplit.random.Purpose;
import io.flopsplit.random.TrialStreams;
import io.flopsplit.trial.World;
import io.flopsplit.uncertainty.MultivariateNormal;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Draws a trial's world from a scenario: its uncertain inputs (the law's constants, the lifetime
 * queries, the strategies' uncertain parameters) from the trial's SCENARIO_PARAMETERS stream, in that
 * fixed order, so that every policy of the trial plays the same world (common random numbers).
 * Policies plan with the nominal law, the mean demand and the mean parameters (the world's belief);
 * the trial's draws are what actually happens (its truth), which only the oracle is told.
 */
public final class ScenarioWorlds implements Function<TrialStreams, World> {

    private final Scenario scenario;
    private final Optional<MultivariateNormal> constants;
    private final Forecast belief;
    private final StrategyParameters nominalStrategies;
    private final Optional<World> everyTrial;
    private final boolean strategiesFixed;

    public ScenarioWorlds(Scenario scenario) {
        this.scenario = scenario;
        this.constants = scenario.law().distribution();
        this.nominalStrategies = scenario.strategies().nominal();
        this.strategiesFixed = scenario.strategies().fixed();
        this.belief = forecast(scenario.law().nominal(), scenario.deployment().queries().mean(), nominalStrategies);
        this.everyTrial = SpreadSources.drawsNothing(scenario) ? Optional.of(world(belief)) : Optional.empty();
    }

    /**
     * The trial's world. When the scenario makes nothing uncertain, every trial's world is the
     * nominal one, the same object, and nothing is drawn.
     */
    @Override
    public World apply(TrialStreams streams) {
        if (everyTrial.isPresent()) {
            return everyTrial.get();
        }
        UniformRandomProvider random = streams.stream(Purpose.SCENARIO_PARAMETERS);
        LossLaw trueLaw = scenario.law().draw(constants, random);
        double queries = demand(random);
        StrategyParameters strategies = strategiesFixed ? nominalStrategies
                : scenario.strategies().draw(random);
        return world(forecast(trueLaw, queries, strategies));
    }

    /**
     * A trial's lifetime demand, drawn from the scenario's: a draw above the most real queries a trial
     * counts ({@link RealArrivals#MAX_EXPECTED}) is drawn again — the distribution truncated there, as
     * the key's description says. Its mean is at most that limit (checked when it is read), so a
     * draw below it comes quickly.
     */
    private double demand(UniformRandomProvider random) {
        int maxDraws = 1000;
        for (int attempt = 0; attempt < maxDraws; attempt++) {
            double queries = scenario.deployment().queries().sample(random);
            if (queries <= RealArrivals.MAX_EXPECTED) {
                return queries;
            }
        }
        throw new IllegalStateException("deployment.queries: " + maxDraws + " draws in a row above "
                + RealArrivals.MAX_EXPECTED + " real queries");
    }

    /** The world with every uncertain input at its nominal value (the law) or mean: its truth is its belief. */
    public World nominal() {
        return world(belief);
    }

    private Forecast forecast(LossLaw law, double realQueries, StrategyParameters strategies) {
        DeploymentSection d = scenario.deployment();
        return new Forecast(scenario.budget().totalFlops(), law, scenario.data().pool(), scenario.data().selection(),
                scenario.tasks().suite(), realQueries, d.promptTokens(), d.answerTokens(), strategies,
                scenario.compute().convention());
    }

    private World world(Forecast truth) {
        DeploymentSection d = scenario.deployment();
        Demand demand = new Demand(truth.realQueries(), d.simulatedQueries(), d.windowHours(), d.arrivals(),
                d.exhaustion(), d.outcomes());
        SimulationSection simulation = scenario.simulation();
        return new World(belief, truth, demand, scenario.hardware().hardware(), simulation.horizonHours(),
                simulation.trainingChunks(), simulation.selectionBatches());
    }
}
