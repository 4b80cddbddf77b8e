package io.flopsplit.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.laws.ChinchillaLaw;
import io.flopsplit.policy.Policies;
import io.flopsplit.policy.Policy;
import io.flopsplit.random.Purpose;
import io.flopsplit.trial.World;
import io.flopsplit.scenario.Worlds;
import io.flopsplit.trial.Metric;
import io.flopsplit.uncertainty.Normal;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The oracle is an upper bound: over many paired trials (common random numbers), no built-in
 * policy's mean accuracy is significantly above the oracle's — the 95% interval of every
 * (policy − oracle) difference reaches down to zero or below — in worlds that differ in budget,
 * demand and whether the law's constants are known.
 */
class OracleIsNeverBeatenTest {

    @ParameterizedTest(name = "budget {0}, {1} queries, uncertain law {2}")
    @CsvSource({"1e22, 1e6, false", "1e23, 1e9, false", "3e21, 1e10, false", "1e22, 1e8, true"})
    void noPolicyBeatsTheOracleOnExpectation(double budget, double queries, boolean uncertainLaw) {
        List<Policy> policies = Policies.all();
        int oracle = policies.size() - 1;
        World base = Worlds.example(budget, queries, 400);
        Function<io.flopsplit.random.TrialStreams, World> worlds = uncertainLaw
                ? streams -> base.withTrueLaw(drawLaw(streams.stream(Purpose.SCENARIO_PARAMETERS)))
                : streams -> base;
        int trials = uncertainLaw ? 24 : 80;
        MonteCarloResult result = MonteCarloRunner.run(new PolicyContest(policies, worlds),
                new RunOptions(trials, 2026, 2, 0, 0.95, oracle, 16));
        assertEquals(trials, result.trials());
        for (Policy policy : Policies.rivals()) {
            MonteCarloResult.Difference difference = result.difference(policy.name(), Metric.ACCURACY);
            assertTrue(difference.interval().low() <= 0, policy.name() + " beats the oracle by "
                    + difference.interval());
        }
    }

    /** The Chinchilla form with E and the exponents drawn around the published rounded fit. */
    private static ChinchillaLaw drawLaw(UniformRandomProvider random) {
        double e = Normal.of(1.69, 0.03).sample(random);
        double alpha = new Normal(0.34, 0.01, 0.3, 0.38).sample(random);
        double beta = new Normal(0.28, 0.01, 0.24, 0.32).sample(random);
        return new ChinchillaLaw(e, 406.4, 410.7, alpha, beta);
    }
}
