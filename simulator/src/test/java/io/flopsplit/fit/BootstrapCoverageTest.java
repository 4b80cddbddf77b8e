package io.flopsplit.fit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.laws.ChinchillaLaw;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The percentile intervals cover the truth about as often as they claim. Forty synthetic sweeps
 * from the {@code epoch} law (Besiroglu et al. 2024: 6 sizes × 5 token counts, 0.003 noise in
 * log-loss, seeds 1–40) are each fitted and bootstrapped with 200 resamples. For nominal 95%
 * intervals the number covering the truth is Binomial(40, 0.95): at least 34 with probability
 * 0.997 per quantity, while intervals covering only 80% reach 34 with probability 0.29 and 50%
 * intervals essentially never. The standard errors must also match the actual errors: the
 * root-mean-square of (estimate − truth)/standard error lies in [0.6, 1.6].
 */
class BootstrapCoverageTest {

    private static final int SWEEPS = 40;
    private static final int MIN_COVERED = 34;
    private static final StartGrid FEW = new StartGrid(List.of(5.0, 10.0), List.of(5.0, 10.0), List.of(0.0, 0.5),
            List.of(0.5), List.of(0.5));

    @Test
    void ninetyFivePercentIntervalsCoverTheTruthInAboutNinetyFivePercentOfSweeps() {
        ChinchillaLaw truth = SyntheticRuns.law("epoch");
        FitSettings settings = FitSettings.defaults(2).withGrid(FEW).withResamples(200).withBudgets(List.of(1e23));
        List<Quantity> quantities = Quantity.all(settings.budgetsFlops());
        int[] covered = new int[quantities.size()];
        double[] squaredZ = new double[quantities.size()];
        for (int sweep = 1; sweep <= SWEEPS; sweep++) {
            LawFit fit = LawFitter.fit(SyntheticRuns.sweep(truth, 6, 5, 0.003, sweep), settings.withSeed(sweep));
            for (int q = 0; q < quantities.size(); q++) {
                Estimate estimate = fit.estimates().get(q);
                double value = quantities.get(q).of(truth);
                covered[q] += estimate.covers(value) ? 1 : 0;
                double z = (estimate.estimate() - value) / estimate.standardError();
                squaredZ[q] += z * z / SWEEPS;
            }
        }
        for (int q = 0; q < quantities.size(); q++) {
            String name = quantities.get(q).name();
            double rmsZ = Math.sqrt(squaredZ[q]);
            assertTrue(covered[q] >= MIN_COVERED, name + " covered the truth in " + covered[q] + " of " + SWEEPS);
            assertTrue(rmsZ >= 0.6 && rmsZ <= 1.6, name + ": rms (estimate - truth)/standardError = " + rmsZ);
        }
    }
}
