package io.flopsplit.scenario;

import io.flopsplit.compute.NumberText;
import io.flopsplit.engine.deployment.Outcomes;
import io.flopsplit.uncertainty.Fixed;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the spread of a scenario's trials comes from, hence what its intervals and pBest measure:
 * the inputs it makes uncertain (the law's constants, the lifetime queries, strategy parameters),
 * the Poisson count of real queries each trial draws around the mean, and sampled outcomes when
 * the scenario asks for them or its deployments are small enough to be simulated query by query.
 * Nothing else varies between trials: with expected outcomes, a scenario whose only source is the
 * Poisson count has trials that differ by about 1/√Q in relative terms.
 */
public final class SpreadSources {

    private SpreadSources() {
    }

    /** Whether the scenario draws none of its inputs: every trial plays the nominal world. */
    static boolean drawsNothing(Scenario scenario) {
        return !lawUncertain(scenario) && scenario.deployment().queries() instanceof Fixed && scenario.strategies().fixed();
    }

    private static boolean lawUncertain(Scenario scenario) {
        return scenario.law().uncertainty().filter(u -> u.sds().stream().anyMatch(sd -> sd > 0)).isPresent();
    }

    /** The sources, in words, most important first. */
    public static List<String> of(Scenario scenario) {
        List<String> sources = new ArrayList<>();
        if (lawUncertain(scenario)) {
            sources.add("the law's constants");
        }
        DeploymentSection deployment = scenario.deployment();
        if (!(deployment.queries() instanceof Fixed)) {
            sources.add("the lifetime queries");
        }
        if (!scenario.strategies().fixed()) {
            sources.add("the strategies' uncertain parameters");
        }
        double queries = deployment.queries().mean();
        if (queries > 0) {
            sources.add("the Poisson count of real queries (relative sd " + NumberText.significant(1 / Math.sqrt(queries), 2)
                    + ")");
        }
        if (deployment.outcomes() == Outcomes.SAMPLED || queries <= deployment.simulatedQueries()) {
            sources.add("sampled outcomes");
        }
        return sources;
    }

    /** One sentence for a run's footer. */
    public static String sentence(Scenario scenario) {
        List<String> sources = of(scenario);
        if (sources.isEmpty()) {
            return "Nothing is uncertain: every trial is the same, and one trial tells as much as many.";
        }
        if (sources.size() == 1 && sources.get(0).startsWith("the Poisson count")) {
            return "Trials differ only by " + sources.get(0) + ": every trial is nearly the same, intervals are as"
                    + " narrow as that, and one trial tells almost as much as many.";
        }
        return "Trials differ by " + String.join(", ", sources) + "; the intervals and pBest measure that alone.";
    }
}
