package io.flopsplit.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TasksTest {

    @Test
    @Timeout(10)
    void calibrationRefusesANonPositiveDiscriminationInsteadOfSearchingForever() {
        DifficultyGrid grid = new DifficultyDistribution.Normal(0, 1).grid(64);
        assertEquals("discrimination: must be > 0, was -1", assertThrows(IllegalArgumentException.class,
                () -> Calibration.fromAnchors(grid, -1, List.of(new Anchor(2.0, 0.3)), 0.05)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Calibration.abilityFor(grid, 0, 0.3));
    }

    @Test
    void gridsAreProbabilityWeightsWithTheRightMean() {
        List<DifficultyDistribution> distributions = List.of(new DifficultyDistribution.Normal(1, 2),
                new DifficultyDistribution.Uniform(-1, 3), new DifficultyDistribution.Beta(2, 2, -1, 3),
                new DifficultyDistribution.Mixture(List.of(new DifficultyDistribution.Component(1,
                        new DifficultyDistribution.Normal(0, 1)), new DifficultyDistribution.Component(1,
                        new DifficultyDistribution.Normal(2, 1)))),
                new DifficultyDistribution.Listed(List.of(-1.0, 1.0, 3.0)),
                // E[logit P] = ψ(2) − ψ(3) = −1/2 for P ~ Beta(2, 3), so b = 0.5 − logit P has mean 1
                new DifficultyDistribution.LogitBeta(2, 3, 0.5, 1));
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
        for (DifficultyDistribution distribution : distributions) {
            DifficultyGrid grid = distribution.grid(512);
            double mean = 0;
            double total = 0;
            for (int j = 0; j < grid.size(); j++) {
                mean += grid.weight(j) * grid.difficulty(j);
                total += grid.weight(j);
            }
            assertEquals(1, total, 1e-12);
            // The logit-beta's upper tail is exponential in logit P and its cells are equal in u, so
            // the midpoint rule there is accurate to O(1/n) only (the hard tail is graded instead).
            double tolerance = distribution instanceof DifficultyDistribution.LogitBeta ? 1e-3 : 1e-6;
            assertEquals(1, mean, tolerance, distribution.toString());
            double sampled = 0;
            for (int i = 0; i < 20_000; i++) {
                sampled += distribution.sample(rng);
            }
            assertEquals(1, sampled / 20_000, 0.06, distribution.toString());
        }
    }

    @Test
    void anchorsRoundTrip() {
        DifficultyGrid grid = new DifficultyDistribution.Normal(0, 2).grid(256);
        AbilityScale scale = Calibration.fromAnchors(grid, 1.3, List.of(new Anchor(2.0, 0.3), new Anchor(1.8, 0.6)), 1);
        assertEquals(0.3, new ProblemSet(grid, scale.ability(2.0), 1.3).passAt1(), 1e-9);
        assertEquals(0.6, new ProblemSet(grid, scale.ability(1.8), 1.3).passAt1(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> Calibration.fromAnchors(grid, 1,
                List.of(new Anchor(2.0, 0.6), new Anchor(1.8, 0.3)), 1));
        assertEquals("passAt1: must be in [0, 1], was 1.5",
                assertThrows(IllegalArgumentException.class, () -> new Anchor(2, 1.5)).getMessage());
    }

    @Test
    void quintilesRunFromEasiestToHardest() {
        ProblemSet problems = SuitePresets.resolve("math-like").problemsAt(1.95);
        int[] bins = problems.binsByPassAt1(5);
        assertEquals(1, bins[0]);
        assertEquals(5, bins[bins.length - 1]);
        double middle = 0;
        for (int i = 0; i < bins.length; i++) {
            middle += bins[i] == 3 ? problems.weight(i) : 0;
        }
        assertEquals(0.2, middle, 2e-3);
    }

    @Test
    void unknownPresetNamesTheKnownOnes() {
        assertEquals("unknown suite preset 'x'; known: math-like, snell-math, narrow, or a YAML file",
                assertThrows(IllegalArgumentException.class, () -> SuitePresets.resolve("x")).getMessage());
    }

    /**
     * The logit-beta quadrature keeps its relative accuracy deep in the left tail, where coverage at
     * k = 10⁴–10⁵ lives: each tail node is the quantile of its cell's geometric midpoint, F(P_j) = u_j,
     * checked against the regularised incomplete beta; P below 1e-100 is reached without underflow.
     */
    @Test
    void logitBetaTailNodesAreExactQuantiles() {
        double alpha = 0.27;
        double beta = 2.6;
        DifficultyGrid grid = new DifficultyDistribution.LogitBeta(alpha, beta, 0, 1).grid(1000);
        double cumulative = 0;
        for (int j = 0; j < 400; j++) {
            double logitP = -grid.difficulty(grid.size() - 1 - j);
            double u = org.apache.commons.math3.special.Beta.regularizedBeta(Problem.sigmoid(logitP), alpha, beta,
                    1e-15, 10_000);
            double weight = grid.weight(grid.size() - 1 - j);
            double low = j == 0 ? 1e-14 : cumulative;
            double high = cumulative + weight;
            assertEquals(Math.log(Math.sqrt(low * high)), Math.log(u), 1e-6, "node " + j);
            cumulative += weight;
        }
        assertEquals(0.01, cumulative, 1e-12);
        assertTrue(grid.difficulty(grid.size() - 1) > 40 * Math.log(10), "hardest node P = e^-" + grid.difficulty(
                grid.size() - 1));
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(11L);
        for (int i = 0; i < 100_000; i++) {
            assertTrue(Double.isFinite(new DifficultyDistribution.LogitBeta(0.05, 0.05, 0, 1).sample(rng)));
        }
    }
}
