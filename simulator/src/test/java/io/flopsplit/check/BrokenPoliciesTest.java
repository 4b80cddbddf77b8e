package io.flopsplit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.check.InvariantResult.Status;
import io.flopsplit.check.broken.FalselyMonotone;
import io.flopsplit.check.broken.NaNAtExtremes;
import io.flopsplit.check.broken.NegativeShare;
import io.flopsplit.check.broken.NotDeterministic;
import io.flopsplit.check.broken.OverdrawsOneFlop;
import io.flopsplit.check.broken.PeeksAtTheTruth;
import io.flopsplit.check.broken.RefusesSilently;
import io.flopsplit.check.broken.ShortOfItsReserve;
import io.flopsplit.check.broken.TrainsOnHalfAToken;
import io.flopsplit.policy.Policies;
import io.flopsplit.policy.Policy;
import io.flopsplit.scenario.Scenario;
import io.flopsplit.scenario.ScenarioReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proof that the checks bite: each deliberately broken policy (test tree, {@code check.broken}) is
 * caught on the invariant it breaks, shrunk to a minimal counterexample — a world that differs from
 * the scenario defaults only where it must — whose scenario file, read back, reproduces the same
 * violation. Seed 1, as {@code flopsplit check} uses by default.
 */
class BrokenPoliciesTest {

    private static final int EXAMPLES = 40;

    @TempDir
    Path directory;

    private InvariantResult falsified(Policy policy, Invariant invariant) throws Exception {
        InvariantResult result = new PolicyCheck(policy, WorldSpace.whole(), new CheckOptions(EXAMPLES, 1))
                .check(invariant);
        assertEquals(Status.FALSIFIED, result.status(), policy.name() + ": " + result);
        assertReproduces(policy, invariant, result);
        return result;
    }

    /** The counterexample's file, read back with the policy registered, shows the same violation. */
    private void assertReproduces(Policy policy, Invariant invariant, InvariantResult result) throws Exception {
        Path file = directory.resolve(policy.name() + ".yaml");
        Files.writeString(file, result.counterexample().orElseThrow().scenario());
        try (Policies.Registration registered = Policies.register(policy.type())) {
            List<Scenario> scenarios = ScenarioReader.readUnchecked(file);
            if (invariant.monotonicity().isPresent()) {
                assertEquals(2, scenarios.size());
                Examination less = Examination.of(policy, CheckWorld.of(scenarios.get(0)));
                Examination more = Examination.of(policy, CheckWorld.of(scenarios.get(1)));
                assertEquals(result.detail(), Monotone.violation(invariant, less, more).orElseThrow());
            } else {
                Examination again = Examination.of(policy, CheckWorld.of(scenarios.get(0)));
                String violation = invariant == Invariant.ORACLE_BOUND
                        ? again.beats(scenarios.get(0).policies().get(1)).orElseThrow()
                        : again.violation(invariant).orElseThrow();
                assertEquals(invariant == Invariant.DETERMINISTIC ? firstWords(result.detail()) : result.detail(),
                        invariant == Invariant.DETERMINISTIC ? firstWords(violation) : violation);
            }
        }
    }

    private static String firstWords(String text) {
        return text.substring(0, text.indexOf(" answered"));
    }

    /** The sections of the counterexample file other than policies and montecarlo. */
    private static List<String> sections(InvariantResult result) {
        return result.counterexample().orElseThrow().scenario().lines().filter(line -> line.matches("[a-z]+:"))
                .filter(line -> !line.equals("policies:") && !line.equals("montecarlo:") && !line.equals("variants:"))
                .toList();
    }

    @Test
    void oneFlopOverTheBudgetAtTheTopOfTheRange() throws Exception {
        InvariantResult result = falsified(new OverdrawsOneFlop(), Invariant.ALLOCATION_SOUND);
        assertTrue(result.detail().startsWith("overdraws the budget by 1 FLOP: selection 1 + training "), result.detail());
        assertEquals(List.of("budget:"), sections(result));
    }

    @Test
    void aNegativeShareOnceServingCostsATenthOfTheBudget() throws Exception {
        InvariantResult result = falsified(new NegativeShare(), Invariant.ALLOCATION_SOUND);
        assertTrue(result.detail().startsWith("negative inference share: "), result.detail());
        assertEquals(List.of("deployment:"), sections(result));
    }

    @Test
    void anAllocationThatDependsOnTheClock() throws Exception {
        InvariantResult result = falsified(new NotDeterministic(), Invariant.DETERMINISTIC);
        assertTrue(result.detail().startsWith("asked twice in the same world it answered "), result.detail());
        assertEquals(List.of(), sections(result));
    }

    @Test
    void aNaNAboveTenToTheTwentyNine() throws Exception {
        InvariantResult result = falsified(new NaNAtExtremes(), Invariant.FINITE_RESULTS);
        assertEquals("a NaN or infinity reached its allocation: params: must be a finite number, was NaN",
                result.detail());
        assertEquals(List.of("budget:"), sections(result));
    }

    @Test
    void aPolicyThatUsesTheTruthBeatsTheOracle() throws Exception {
        InvariantResult result = falsified(new PeeksAtTheTruth(), Invariant.ORACLE_BOUND);
        assertTrue(result.detail().startsWith("expected accuracy "), result.detail());
        assertTrue(result.detail().contains(" beats the oracle's "), result.detail());
        assertEquals(List.of(), sections(result));
        assertTrue(result.counterexample().orElseThrow().scenario().contains("  - {name: oracle}\n"));
    }

    @Test
    void aDeclaredMonotonicityThatDoesNotHold() throws Exception {
        InvariantResult result = falsified(new FalselyMonotone(), Invariant.MONOTONE_BUDGET);
        assertTrue(result.detail().startsWith("expected accuracy falls from "), result.detail());
        assertTrue(result.counterexample().orElseThrow().scenario().contains("  - {name: more, budget: {total: "));
    }

    @Test
    void anAccuracyThatRisesWithDemandByAHundredThousandthOfItself() throws Exception {
        InvariantResult result = falsified(new ShortOfItsReserve(), Invariant.MONOTONE_DEMAND);
        assertTrue(result.detail().startsWith("expected accuracy rises from "), result.detail());
        assertTrue(result.counterexample().orElseThrow().scenario().contains("  - {name: more, deployment: {queries: "));
    }

    @Test
    void nullIsNotARefusal() throws Exception {
        InvariantResult result = falsified(new RefusesSilently(), Invariant.CLEAR_REFUSALS);
        assertEquals("allocate returned null: neither an allocation nor a refusal with a message", result.detail());
        assertEquals(List.of("deployment:"), sections(result));
    }

    @Test
    void halfATrainingToken() throws Exception {
        InvariantResult result = falsified(new TrainsOnHalfAToken(), Invariant.TRAINS);
        assertEquals("plans 0.5 training tokens", result.detail());
        assertTrue(result.counterexample().orElseThrow().scenario().contains("deployment:\n  queries: 0\n"));
    }

    @Test
    void undeclaredMonotonicityIsNotChecked() {
        List<Invariant> held = new PolicyCheck(new NegativeShare(), WorldSpace.whole(), CheckOptions.defaults())
                .invariants();
        assertFalse(held.contains(Invariant.MONOTONE_BUDGET));
        assertTrue(new PolicyCheck(new FalselyMonotone(), WorldSpace.whole(), CheckOptions.defaults()).invariants()
                .contains(Invariant.MONOTONE_BUDGET));
    }
}
