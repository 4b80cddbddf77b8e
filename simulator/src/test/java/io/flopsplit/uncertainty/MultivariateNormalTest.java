package io.flopsplit.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.flopsplit.statistics.RunningMoments;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class MultivariateNormalTest {

    @Test
    void drawsHaveTheGivenMeansSpreadsAndCorrelation() {
        // Epoch replication of the Chinchilla fit (Besiroglu et al. 2024, arXiv 2404.10102):
        // E = 1.8172 ± 0.03, α = 0.3478 ± 0.02; the correlation here is illustrative.
        MultivariateNormal prior = new MultivariateNormal(List.of("E", "alpha"), new double[] {1.8172, 0.3478},
                new double[] {0.03, 0.02}, new double[][] {{1, 0.6}, {0.6, 1}});
        UniformRandomProvider random = RandomSource.XO_SHI_RO_256_PP.create(3L);
        RunningMoments e = new RunningMoments();
        RunningMoments alpha = new RunningMoments();
        RunningMoments product = new RunningMoments();
        for (int i = 0; i < 50_000; i++) {
            double[] draw = prior.sample(random);
            e.add(draw[0]);
            alpha.add(draw[1]);
            product.add((draw[0] - 1.8172) * (draw[1] - 0.3478));
        }
        assertEquals(1.8172, e.mean(), 5 * e.standardError());
        assertEquals(0.3478, alpha.mean(), 5 * alpha.standardError());
        assertEquals(0.03, Math.sqrt(e.variance()), 0.03 * 0.02);
        assertEquals(0.02, Math.sqrt(alpha.variance()), 0.02 * 0.02);
        assertEquals(0.6, product.mean() / (0.03 * 0.02), 0.03);
    }

    @Test
    void zeroSpreadFixesAConstant() {
        MultivariateNormal prior = new MultivariateNormal(List.of("E", "A"), new double[] {1.69, 406.4},
                new double[] {0, 10}, new double[][] {{1, 0}, {0, 1}});
        UniformRandomProvider random = RandomSource.XO_SHI_RO_256_PP.create(4L);
        for (int i = 0; i < 100; i++) {
            assertEquals(1.69, prior.sample(random)[0], 0);
        }
    }

    @Test
    void badMatricesAreRefused() {
        List<String> names = List.of("a", "b");
        double[] means = {0, 0};
        double[] sds = {1, 1};
        assertEquals("correlations: must be symmetric, differs at a/b", assertThrows(IllegalArgumentException.class,
                () -> new MultivariateNormal(names, means, sds, new double[][] {{1, 0.5}, {0.2, 1}})).getMessage());
        assertEquals("correlations: the diagonal must be 1, was 0.9 for a", assertThrows(IllegalArgumentException.class,
                () -> new MultivariateNormal(names, means, sds, new double[][] {{0.9, 0}, {0, 1}})).getMessage());
        List<String> three = List.of("a", "b", "c");
        double[][] impossible = {{1, 0.9, -0.9}, {0.9, 1, 0.9}, {-0.9, 0.9, 1}};
        assertEquals("correlations: must form a positive-definite matrix", assertThrows(IllegalArgumentException.class,
                () -> new MultivariateNormal(three, new double[3], new double[] {1, 1, 1}, impossible)).getMessage());
    }

    /**
     * Positive-definiteness belongs to the correlations, not to the scale of the spreads: an sd of
     * 1e-9 beside one of 1e3 is a valid prior (it was refused as "not positive-definite" when the
     * covariance itself was decomposed), and an invalid correlation matrix is refused whatever the sds.
     */
    @Test
    void tinyAndHugeSpreadsTogetherAreAValidPrior() {
        MultivariateNormal prior = new MultivariateNormal(List.of("E", "A"), new double[] {1.69, 406.4},
                new double[] {1e-9, 1e3}, new double[][] {{1, 0.5}, {0.5, 1}});
        UniformRandomProvider random = RandomSource.XO_SHI_RO_256_PP.create(5L);
        RunningMoments e = new RunningMoments();
        for (int i = 0; i < 20_000; i++) {
            e.add(prior.sample(random)[0]);
        }
        assertEquals(1e-9, Math.sqrt(e.variance()), 1e-9 * 0.03);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new MultivariateNormal(
                List.of("E", "A", "B"), new double[] {1, 1, 1}, new double[] {1e-9, 1, 1e9},
                new double[][] {{1, 0.9, -0.9}, {0.9, 1, 0.9}, {-0.9, 0.9, 1}}));
        assertEquals("correlations: must form a positive-definite matrix", error.getMessage());
    }
}
