package io.flopsplit.policy;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.flopsplit.ReRunHint;
import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Expectation;
import io.flopsplit.allocation.Forecast;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Allocation invariants of every built-in policy over budgets, demands and laws. */
@ExtendWith(ReRunHint.class)
class PolicyProperties {

    private static final List<Policy> RIVALS = Policies.rivals();
    private static final List<String> LAWS = List.of("chinchilla", "epoch", "chinchilla-sardana", "muennighoff");

    @Test
    void everyRivalAllocationKeepsTheInvariants() {
        qt().withExamples(80)
                .forAll(integers().between(0, RIVALS.size() - 1), doubles().between(19, 27), doubles().between(0, 11),
                        integers().between(0, LAWS.size() - 1))
                .checkAssert((policy, logBudget, logQueries, law) -> {
                    Forecast forecast = PolicyFixtures.forecast(Math.pow(10, logBudget),
                            logQueries < 1 ? 0 : Math.pow(10, logQueries), LAWS.get(law));
                    List<String> wrong = AllocationInvariants.violations(RIVALS.get(policy), forecast);
                    if (!wrong.isEmpty()) {
                        throw new AssertionError(RIVALS.get(policy).name() + " at " + forecast.budgetFlops()
                                + " FLOPs, " + forecast.realQueries() + " queries: " + wrong);
                    }
                });
    }

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
