package io.flopsplit.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.laws.ChinchillaLaw;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LawFitterTest {

    private static final FitSettings FEW_RESAMPLES = FitSettings.defaults(2).withResamples(FitSettings.MIN_RESAMPLES);
    /** A few starts, for tests about what follows the fit rather than the search itself. */
    private static final FitSettings FEW_STARTS = FEW_RESAMPLES.withGrid(new StartGrid(List.of(5.0, 10.0),
            List.of(5.0, 10.0), List.of(0.5), List.of(0.5), List.of(0.5)));

    @Test
    void noiseFreeRunsFromTheChinchillaAndEpochProfilesAreRefittedExactly() {
        // Hoffmann et al. 2022 App. D.2 (chinchilla) and Besiroglu et al. 2024 (epoch), refitted
        // from the full 4,500-start grid.
        for (String profile : List.of("chinchilla", "epoch")) {
            ChinchillaLaw truth = SyntheticRuns.law(profile);
            LawFit fit = LawFitter.fit(SyntheticRuns.sweep(truth, 8, 7, 0, 0), FEW_RESAMPLES);
            assertEquals(4500, fit.settings().grid().size());
            for (Estimate estimate : fit.constantEstimates()) {
                double value = estimate.quantity().of(truth);
                assertEquals(value, estimate.estimate(), 1e-6 * value, profile + " " + estimate.quantity().name());
                assertTrue(estimate.standardError() <= 1e-6 * value, profile + " " + estimate);
            }
            assertTrue(fit.objective() < 1e-20, profile + " objective " + fit.objective());
            assertEquals(List.of(), fit.warnings());
            for (double sd : LawFragment.standardDeviations(fit)) {
                assertEquals(0, sd, profile + ": a noise-free fit's constants are known");
            }
        }
    }

    @Test
    void noisyRunsAreRecoveredWithinTheBootstrapIntervals() {
        // One synthetic sweep (8 sizes × 7 token counts, 0.003 noise in log-loss, seed 5); how often
        // such intervals cover the truth is BootstrapCoverageTest's question.
        ChinchillaLaw truth = SyntheticRuns.law("epoch");
        LawFit fit = LawFitter.fit(SyntheticRuns.sweep(truth, 8, 7, 0.003, 5), FitSettings.defaults(2).withResamples(400));
        for (Estimate estimate : fit.estimates()) {
            assertTrue(estimate.covers(estimate.quantity().of(truth)), estimate + " should cover "
                    + estimate.quantity().of(truth));
            assertTrue(estimate.standardError() > 0, estimate.toString());
        }
        assertTrue(fit.rmsLogResidual() > 0.002 && fit.rmsLogResidual() < 0.004, "rms " + fit.rmsLogResidual());
        assertEquals(List.of(), fit.warnings());
        assertEquals(0, fit.failedResamples());
    }

    @Test
    void runsThatCannotIdentifyFiveConstantsAreRefusedWithTheReason() {
        ChinchillaLaw law = SyntheticRuns.law("epoch");
        List<Run> sweep = SyntheticRuns.sweep(law, 4, 4, 0.003, 2);
        assertEquals("5 runs cannot identify 5 constants (E, A, B, alpha, beta): at least 6 are needed",
                refusal(sweep.subList(0, 5)));
        List<Run> oneSize = sweep.stream().filter(run -> run.params() == sweep.get(0).params()).toList();
        List<Run> sixAtOneSize = new ArrayList<>(oneSize);
        sixAtOneSize.addAll(oneSize.subList(0, 2));
        assertEquals("all runs have the same model size (1e7 parameters), so A, alpha and E cannot be told apart:"
                + " the fit is not identified; at least 3 distinct model sizes are needed", refusal(sixAtOneSize));
        List<Run> twoSizes = sweep.subList(0, 8);
        assertTrue(refusal(twoSizes).startsWith("the runs have only 2 distinct model sizes (1e7, 1e8),"), refusal(twoSizes));
        List<Run> oneTokenCount = new ArrayList<>();
        for (double params : List.of(1e7, 1e8, 1e9, 1e10, 3e7, 3e8)) {
            oneTokenCount.add(new Run(params, 1e10, law.loss(params, 1e10)));
        }
        assertTrue(refusal(oneTokenCount).startsWith("all runs have the same token count (1e10 tokens), so B, beta and E"),
                refusal(oneTokenCount));
        List<Run> oneRatio = SyntheticRuns.sweep(law, 8, 1, 0.003, 2);
        assertTrue(refusal(oneRatio).startsWith("model size and tokens vary together"), refusal(oneRatio));
    }

    private static String refusal(List<Run> runs) {
        return assertThrows(IllegalArgumentException.class, () -> LawFitter.fit(runs, FEW_RESAMPLES)).getMessage();
    }

    @Test
    void lossesThatDoNotFallWithSizeGiveNoLaw() {
        List<Run> rising = new ArrayList<>();
        for (Run run : SyntheticRuns.sweep(SyntheticRuns.law("epoch"), 4, 3, 0, 0)) {
            rising.add(new Run(run.params(), run.tokens(), 1.5 + 0.1 * Math.pow(run.params(), 0.1)));
        }
        String message = assertThrows(IllegalArgumentException.class, () -> LawFitter.fit(rising, FEW_STARTS)).getMessage();
        assertTrue(message.startsWith("the best fit is no valid law (alpha: must be in [0.001, 10], was ")
                && message.endsWith("the losses do not fall with model size and tokens as the Chinchilla form requires,"
                + " or the runs do not identify it"), message);
    }

    @Test
    void aNarrowSweepIsReportedAsNotIdentified() {
        ChinchillaLaw law = SyntheticRuns.law("epoch");
        List<Run> narrow = new ArrayList<>();
        for (double params : List.of(1e8, 1.2e8, 1.44e8)) {
            for (double ratio : List.of(5.0, 10.0, 20.0, 40.0, 80.0)) {
                narrow.add(new Run(params, params * ratio, law.loss(params, params * ratio)
                        * Math.exp(0.003 * Math.sin(7 * narrow.size()))));
            }
        }
        LawFit fit = LawFitter.fit(narrow, FEW_RESAMPLES);
        assertTrue(fit.warnings().stream().anyMatch(w -> w.startsWith("the runs do not pin down A, alpha:")),
                fit.warnings().toString());
    }

    @Test
    void droppingTheHighestLossesLeavesTheRest() {
        List<Run> runs = List.of(new Run(1e7, 1e8, 4), new Run(1e8, 1e9, 5), new Run(1e9, 1e10, 3), new Run(1e7, 1e9, 5));
        assertEquals(List.of(runs.get(0), runs.get(2)), LawFitter.withoutHighestLosses(runs, 2));
        assertEquals(List.of(runs.get(0), runs.get(1), runs.get(2)), LawFitter.withoutHighestLosses(runs, 1));
        assertEquals(runs, LawFitter.withoutHighestLosses(runs, 0));
        List<Run> sweep = SyntheticRuns.sweep(SyntheticRuns.law("epoch"), 3, 3, 0, 0);
        String message = assertThrows(IllegalArgumentException.class,
                () -> LawFitter.fit(sweep, FEW_RESAMPLES.withDropHighest(4))).getMessage();
        assertEquals("5 runs cannot identify 5 constants (E, A, B, alpha, beta): at least 6 are needed"
                + " (after dropping the 4 highest losses)", message);
    }

    @Test
    void theAllocationAtExtremeBudgetsIsFiniteAndSpendsTheBudget() {
        // Budgets from 1e15 to 1e30 FLOPs; C = 6·N·D (Hoffmann et al. 2022, §3.3).
        ChinchillaLaw truth = SyntheticRuns.law("epoch");
        LawFit fit = LawFitter.fit(SyntheticRuns.sweep(truth, 5, 4, 0.003, 9), FEW_STARTS.withBudgets(List.of(1e15, 1e30)));
        for (double budget : List.of(1e15, 1e30)) {
            double params = value(fit, "params", budget);
            double tokens = value(fit, "tokens", budget);
            assertEquals(budget / 6, params * tokens, budget / 6 * 1e-12);
            assertEquals(tokens / params, value(fit, "tokensPerParam", budget), tokens / params * 1e-12);
        }
        for (Estimate estimate : fit.estimates()) {
            assertTrue(Double.isFinite(estimate.low()) && Double.isFinite(estimate.high()), estimate.toString());
        }
    }

    private static double value(LawFit fit, String name, double budget) {
        return fit.estimates().stream()
                .filter(e -> e.quantity().name().equals(name) && e.quantity().budgetFlops().getAsDouble() == budget)
                .findFirst().orElseThrow().estimate();
    }
}
