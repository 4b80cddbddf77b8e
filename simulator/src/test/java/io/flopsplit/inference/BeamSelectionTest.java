package io.flopsplit.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The selection matrix of beam search: each row a distribution; equal to a direct simulation of
 * keeping the top scores when wrong scores are noisier than right ones; and the over-optimisation
 * it models — the noisier the wrong lines' scores, the fewer right ones a tight selection keeps.
 */
class BeamSelectionTest {

    @ParameterizedTest(name = "d = {0}, sigma_w = {1}")
    @CsvSource({"-3, 0.2", "0, 1", "2, 1.3", "3, 5", "0.5, 0.2", "-1, 5"})
    void everyRowIsAProbabilityDistribution(double separation, double wrongNoise) {
        double[][] table = BeamSelection.table(24, 6, separation, wrongNoise);
        for (int c = 0; c < table.length; c++) {
            double sum = 0;
            for (double x : table[c]) {
                assertTrue(Double.isFinite(x) && x >= -1e-12, "row " + c + ": " + x);
                sum += x;
            }
            assertEquals(1, sum, 1e-9, "row " + c);
        }
        assertEquals(1, table[0][0], 1e-12, "no right candidate, none kept");
        assertEquals(1, table[24][6], 1e-12, "all right, all kept right");
    }

    /** 3 right among 12 candidates, top 4 kept, d = 1, wrong scores with sd 1.6: the matrix row against 400,000 draws. */
    @Test
    void agreesWithKeepingTheTopScoresOfSimulatedCandidates() {
        int candidates = 12;
        int keep = 4;
        int right = 3;
        double d = 1;
        double sigma = 1.6;
        double[] exact = BeamSelection.table(candidates, keep, d, sigma)[right];
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20_261_201L);
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
        int draws = 400_000;
        int[] counts = new int[keep + 1];
        double[] scores = new double[candidates];
        for (int i = 0; i < draws; i++) {
            for (int j = 0; j < candidates; j++) {
                scores[j] = j < right ? d + normal.sample() : sigma * normal.sample();
            }
            double[] sorted = scores.clone();
            java.util.Arrays.sort(sorted);
            double threshold = sorted[candidates - keep];
            int kept = 0;
            for (int j = 0; j < right; j++) {
                kept += scores[j] >= threshold ? 1 : 0;
            }
            counts[kept]++;
        }
        for (int r = 0; r <= keep; r++) {
            double share = (double) counts[r] / draws;
            double se = Math.sqrt(Math.max(exact[r] * (1 - exact[r]), 1e-6) / draws);
            assertEquals(exact[r], share, 4.5 * se + 1e-4, "P(" + r + " right kept)");
        }
    }

    /** Right lines 1.5 apart from wrong ones, 2 right among 64, top 4 kept: noisier wrong scores crowd them out. */
    @Test
    void noisierWrongScoresKeepFewerRightLines() {
        double previous = Double.POSITIVE_INFINITY;
        for (double sigma : new double[] {1, 1.3, 1.6, 2}) {
            double[] row = BeamSelection.table(64, 4, 1.5, sigma)[2];
            double mean = row[1] + 2 * row[2];
            assertTrue(mean < previous, "sigma_w " + sigma + ": " + mean + " right kept, not below " + previous);
            previous = mean;
        }
    }
}
