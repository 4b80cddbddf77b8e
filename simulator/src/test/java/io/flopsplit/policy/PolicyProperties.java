package io.flopsplit.policy;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.flopsplit.ReRunHint;
import io.flopsplit.allocation.Expectation;
import io.flopsplit.allocation.Forecast;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The oracle's own monotonicity in the budget. Every built-in policy's invariants, over the whole
 * range of worlds, are checked by {@code io.flopsplit.check} ({@code flopsplit check}; the test kit's
 * tests run it on every built-in).
 */
@ExtendWith(ReRunHint.class)
class PolicyProperties {

    @Test
    void moreBudgetNeverHurtsTheOracle() {
        OraclePolicy oracle = new OraclePolicy(List.of(new ChinchillaPolicy(), new InferenceAwarePolicy()));
        qt().withExamples(12).forAll(doubles().between(20, 25), doubles().between(0.1, 1.5), doubles().between(4, 9))
                .check((logBudget, logMore, logQueries) -> {
                    Forecast small = PolicyFixtures.forecast(Math.pow(10, logBudget), Math.pow(10, logQueries),
                            "chinchilla");
                    Forecast large = PolicyFixtures.forecast(Math.pow(10, logBudget + logMore), Math.pow(10, logQueries),
                            "chinchilla");
                    double before = Expectation.of(small, oracle.allocate(small)).accuracy();
                    double after = Expectation.of(large, oracle.allocate(large)).accuracy();
                    return after >= before - 1e-9;
                });
    }
}
