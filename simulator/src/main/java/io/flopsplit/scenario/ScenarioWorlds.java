package io.flopsplit.scenario;

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
 * queries, the verifier's AUC) from the trial's SCENARIO_PARAMETERS stream, in that fixed order,
 * so that every policy of the trial plays the same world (common random numbers). Policies plan with
 * the nominal law and the mean demand; the trial's draws are what actually happens.
 */
public final class ScenarioWorlds implements Function<TrialStreams, World> {

    private static final double HOURS_PER_DAY = 24;

    private final Scenario scenario;
    private final Optional<MultivariateNormal> constants;

    public ScenarioWorlds(Scenario scenario) {
        this.scenario = scenario;
        this.constants = scenario.law().distribution();
    }

    @Override
    public World apply(TrialStreams streams) {
        UniformRandomProvider random = streams.stream(Purpose.SCENARIO_PARAMETERS);
        LossLaw trueLaw = scenario.law().draw(constants, random);
        double queries = scenario.queries().sample(random);
        double auc = scenario.verifierAuc().sample(random);
        return world(trueLaw, queries, auc);
    }

    /** The world with every uncertain input at its nominal value (the law) or mean. */
    public World nominal() {
        return world(scenario.law().nominal(), scenario.queries().mean(), scenario.verifierAuc().mean());
    }

    private World world(LossLaw trueLaw, double realQueries, double verifierAuc) {
        StrategyParameters s = scenario.strategies();
        StrategyParameters strategies = new StrategyParameters(verifierAuc, s.verifierParams(), s.prmAuc(), s.steps(),
                s.branching(), s.cotBoostPerDoubling(), s.cotMaxBoost(), s.fixRate(), s.breakRate(),
                s.difficultyNoise(), s.bins());
        double windowHours = scenario.windowDays() * HOURS_PER_DAY;
        Demand demand = realQueries > 0
                ? Demand.ofRealQueries(realQueries, scenario.simulatedQueries(), windowHours, scenario.arrivals(),
                        scenario.exhaustion())
                : new Demand(0, 1, windowHours, scenario.arrivals(), scenario.exhaustion());
        return new World(scenario.budgetFlops(), scenario.law().nominal(), trueLaw, scenario.pool(),
                scenario.selection(), scenario.suite(), demand, scenario.queries().mean(), scenario.promptTokens(), scenario.answerTokens(),
                strategies, scenario.convention(), scenario.hardware(), scenario.horizonDays() * HOURS_PER_DAY,
                scenario.trainingChunks(), scenario.selectionBatches());
    }
}
