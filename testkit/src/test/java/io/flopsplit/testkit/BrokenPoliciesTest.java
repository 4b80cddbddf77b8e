package io.flopsplit.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.check.Invariant;
import io.flopsplit.check.broken.FalselyMonotone;
import io.flopsplit.check.broken.NaNAtExtremes;
import io.flopsplit.check.broken.NegativeShare;
import io.flopsplit.check.broken.NotDeterministic;
import io.flopsplit.check.broken.OverdrawsOneFlop;
import io.flopsplit.check.broken.PeeksAtTheTruth;
import io.flopsplit.check.broken.RefusesSilently;
import io.flopsplit.check.broken.TrainsOnHalfAToken;
import io.flopsplit.policy.Policy;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kit catches each of the simulator's deliberately broken policies on the invariant it breaks,
 * and its failure shows the shrunk counterexample as a scenario file and the seed to re-run it with.
 */
class BrokenPoliciesTest {

    private static final PolicyAssertions FORTY_WORLDS = PolicyAssertions.defaults().examples(40).seed(1);

    static Stream<Arguments> broken() {
        return Stream.of(Arguments.of(new OverdrawsOneFlop(), Invariant.ALLOCATION_SOUND, "overdraws the budget by 1 FLOP"),
                Arguments.of(new NegativeShare(), Invariant.ALLOCATION_SOUND, "negative inference share"),
                Arguments.of(new NotDeterministic(), Invariant.DETERMINISTIC, "asked twice in the same world"),
                Arguments.of(new NaNAtExtremes(), Invariant.FINITE_RESULTS, "params: must be a finite number, was NaN"),
                Arguments.of(new PeeksAtTheTruth(), Invariant.ORACLE_BOUND, "beats the oracle's"),
                Arguments.of(new FalselyMonotone(), Invariant.MONOTONE_BUDGET, "expected accuracy falls from"),
                Arguments.of(new RefusesSilently(), Invariant.CLEAR_REFUSALS, "allocate returned null"),
                Arguments.of(new TrainsOnHalfAToken(), Invariant.TRAINS, "plans 0.5 training tokens"));
    }

    @ParameterizedTest(name = "{0} breaks {1}")
    @MethodSource("broken")
    void isCaughtWithItsCounterexampleAndSeed(Policy policy, Invariant invariant, String violation) {
        AssertionError failure = assertThrows(AssertionError.class, () -> FORTY_WORLDS.invariant(policy, invariant));
        String message = failure.getMessage();
        assertTrue(message.startsWith(policy.name() + " breaks " + invariant.id() + " ("), message);
        assertTrue(message.contains(violation), message);
        assertTrue(message.contains("# Reproduce with: flopsplit run FILE"), message);
        assertTrue(message.contains("  - {name: " + policy.name() + "}"), message);
        assertTrue(message.contains("Re-run this check: -Dflopsplit.check.seed=1 -Dflopsplit.check.examples=40"), message);
    }

    @Test
    void aDeclaredMonotonicityIsAssertedWithTheOthers() {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> FORTY_WORLDS.invariants(new FalselyMonotone()));
        assertTrue(failure.getMessage().contains("falsely-monotone breaks monotone-budget"), failure.getMessage());
    }
}
