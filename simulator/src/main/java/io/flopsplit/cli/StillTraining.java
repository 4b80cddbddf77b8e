package io.flopsplit.cli;

import io.flopsplit.compute.NumberText;
import io.flopsplit.montecarlo.MonteCarloResult;
import io.flopsplit.scenario.Scenario;
import io.flopsplit.trial.Metric;
import java.util.List;

/**
 * The policies whose model was still training when a trial's horizon ended (their hours to deploy
 * reach the horizon in some trials): those trials score 0, which a reader of the accuracy alone
 * would take for a poor policy rather than a horizon too short for the budget and the cluster.
 */
final class StillTraining {

    private StillTraining() {
    }

    /** The policies of {@code result} still training at the horizon of {@code scenario} in some trial. */
    static List<String> policies(Scenario scenario, MonteCarloResult result) {
        double horizonHours = scenario.simulation().horizonHours();
        return result.contestants().stream().filter(policy -> result.estimate(policy, Metric.HOURS_TO_DEPLOY)
                .interval().high() >= horizonHours * (1 - 1e-9)).toList();
    }

    /** What to tell the user: the setting to change. */
    static String remedy(Scenario scenario) {
        return "(simulation.horizonDays = " + NumberText.exact(scenario.simulation().horizonDays())
                + "); those trials score 0";
    }
}
