package io.flopsplit.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.flopsplit.ReRunHint;
import io.flopsplit.tasks.SuitePresets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicktheories.generators.Generate;

/**
 * The budget k an inference budget affords, asked of every strategy in one place: the largest k
 * whose FLOPs per query fit, so that the next k would not (and what is left is less than one step of
 * k per query), and the plan made at that k serves exactly that k at exactly those FLOPs — for beam
 * search too, whatever its branching.
 */
@ExtendWith(ReRunHint.class)
class StrategyBudgetProperties {

    @Test
    void theLargestAffordableKFitsAndTheNextDoesNot() {
        qt().forAll(Generate.pick(Strategies.ids()), doubles().between(7, 11), doubles().between(0, 6),
                integers().between(1, 9)).checkAssert((id, logParams, logMultiple, branching) -> {
                    StrategyParameters parameters = StrategyParameters.defaults().with(BeamSearch.BRANCHING,
                            (long) branching);
                    Strategy strategy = Strategies.create(id, parameters, Math.pow(10, logParams));
                    Deployment deployment = TestDeployments.of(Math.pow(10, logParams));
                    double budget = Math.pow(10, logMultiple) * deployment.singleAnswerFlops();
                    int k = strategy.largestAffordableK(deployment, flops -> flops <= budget, Integer.MAX_VALUE);
                    assertTrue(k >= 0 && k <= strategy.maxK(), id + " k " + k);
                    if (k > 0) {
                        assertTrue(strategy.flopsPerQuery(deployment, k) <= budget, id + " k " + k);
                    }
                    if (k < strategy.maxK()) {
                        assertTrue(strategy.flopsPerQuery(deployment, k + 1) > budget, id + " k " + k + " leaves a step");
                    }
                });
    }

    @Test
    void beamSearchServesExactlyTheKItIsPlannedFor() {
        Setting setting = new Setting(SuitePresets.resolve("math-like"), 2.0, TestDeployments.of(1e9));
        qt().withExamples(30).forAll(integers().between(1, 64), integers().between(1, 9)).checkAssert((k, branching) -> {
            BeamSearch beam = new BeamSearch(3, branching, 0.2, 3, 0.5, 0.5, 1.2, 3.0, VerifierPreset.SNELL_PRM.verifier(1e9));
            Plan plan = beam.plan(setting, k);
            assertEquals(k, plan.k());
            assertEquals(beam.flopsPerQuery(setting.deployment(), k), plan.flopsPerQuery(), 0);
            assertTrue(beam.flopsPerQuery(setting.deployment(), k + 1) > plan.flopsPerQuery());
        });
    }
}
