package io.flopsplit.policy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.allocation.Expectation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.inference.StrategyType;
import io.flopsplit.inference.Strategies;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The oracle bounds every policy a scenario can express, not only the built-in rivals it also
 * weighs: the oracle is held against the strongest policies with varied options — a fixed split at
 * several shares with every strategy (those the oracle searches — beam search, revisions, the
 * perfect checker, chain-of-thought — those it leaves to the perfect checker's bound: greedy,
 * majority vote and the two verifier selections — and adaptive, which it does not search but
 * bounds through the perfect checker), a small model plus search at several size ratios, early
 * stopping — and the built-in rivals, in a test-time-heavy and a training-heavy world.
 * The paired difference (oracle − policy, same forecast, exact expectations) must not be negative
 * beyond the search's numerical tolerance.
 */
class OracleBoundTest {

    /** How far below a policy the oracle's numerical search may land (Brent's tolerance on a flat optimum). */
    static final double TOLERANCE = 2e-3;

    static List<Policy> expressible() {
        List<Policy> policies = new ArrayList<>(Policies.rivals());
        for (StrategyType strategy : Strategies.types()) {
            for (double share : new double[] {0.3, 0.7, 0.95}) {
                policies.add(new FixedSplitPolicy(share, strategy));
            }
            for (double ratio : new double[] {2, 14, 100}) {
                policies.add(new SmallPlusSearchPolicy(ratio, strategy));
            }
            policies.add(new EarlyStopPolicy(0.8, strategy));
        }
        return policies;
    }

    @Test
    void noExpressiblePolicyBeatsTheOracle() {
        StringBuilder closest = new StringBuilder();
        double worst = Double.POSITIVE_INFINITY;
        for (double queries : new double[] {1e7, 1e10}) {
            Forecast forecast = PolicyFixtures.forecast(1e22, queries, "chinchilla");
            double oracle = Expectation.of(forecast, new OraclePolicy(Policies.rivals()).allocate(forecast)).accuracy();
            for (Policy policy : expressible()) {
                double accuracy;
                try {
                    accuracy = Expectation.of(forecast, policy.allocate(forecast)).accuracy();
                } catch (IllegalArgumentException infeasible) {
                    continue;
                }
                double difference = oracle - accuracy;
                if (difference < worst) {
                    worst = difference;
                    closest.setLength(0);
                    closest.append(policy).append(" at ").append(queries).append(" queries: ").append(accuracy)
                            .append(" against the oracle's ").append(oracle);
                }
            }
        }
        double smallest = worst;
        System.out.println("OracleBoundTest: " + expressible().size() + " policies, smallest oracle - policy = "
                + smallest + " (" + closest + ")");
        assertTrue(smallest >= -TOLERANCE, () -> "oracle - policy = " + smallest + " for " + closest);
    }
}
