package io.flopsplit.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.statistics.RunningMoments;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class UncertainTest {

    private static final int DRAWS = 40_000;

    /** Draws many values, checks each is inside the support, and returns their moments. */
    private static RunningMoments draw(Uncertain distribution, long seed) {
        UniformRandomProvider random = RandomSource.XO_SHI_RO_256_PP.create(seed);
        RunningMoments moments = new RunningMoments();
        for (int i = 0; i < DRAWS; i++) {
            double value = distribution.sample(random);
            assertTrue(Double.isFinite(value) && value >= distribution.low() && value <= distribution.high(),
                    distribution.describe() + " drew " + value);
            moments.add(value);
        }
        return moments;
    }

    @Test
    void sampleMeansMatchTheAnalyticMeans() {
        List<Uncertain> distributions = List.of(
                new Fixed(3.5),
                Normal.of(1.8172, 0.03),
                new Normal(0, 1, 0.5, 3),
                new Normal(0, 1, -6, -2),
                new Normal(10, 2, 9, 10.5),
                new LogNormal(1e6, 0.5),
                new Uniform(-2, 5),
                new Triangular(0.1, 0.2, 0.9),
                new ScaledBeta(2, 5, 0, 1),
                new ScaledBeta(0.5, 0.5, 0.6, 1.0));
        long seed = 1;
        for (Uncertain distribution : distributions) {
            RunningMoments moments = draw(distribution, seed++);
            double tolerance = 5 * moments.standardError() + 1e-12 * Math.abs(distribution.mean());
            assertEquals(distribution.mean(), moments.mean(), tolerance, distribution.describe());
        }
    }

    @Test
    void knownMeans() {
        // Truncated standard normal on [0, ∞): mean sqrt(2/π).
        assertEquals(Math.sqrt(2 / Math.PI), new Normal(0, 1, 0, Double.MAX_VALUE).mean(), 1e-9);
        assertEquals(Math.exp(0.125), new LogNormal(1, 0.5).mean(), 1e-15);
        assertEquals(0.4, new Triangular(0.1, 0.2, 0.9).mean(), 1e-15);
        assertEquals(2.0 / 7, new ScaledBeta(2, 5, 0, 1).mean(), 1e-15);
    }

    @Test
    void fixedConsumesNoRandomness() {
        UniformRandomProvider random = RandomSource.XO_SHI_RO_256_PP.create(5L);
        UniformRandomProvider twin = RandomSource.XO_SHI_RO_256_PP.create(5L);
        new Fixed(2).sample(random);
        assertEquals(twin.nextLong(), random.nextLong());
    }

    @Test
    void badParametersAreNamed() {
        assertEquals("sd: must be > 0, was -1",
                assertThrows(IllegalArgumentException.class, () -> Normal.of(0, -1)).getMessage());
        assertEquals("low: must be < high (1), was 2",
                assertThrows(IllegalArgumentException.class, () -> new Uniform(2, 1)).getMessage());
        assertEquals("mode: must be in [0, 1], was 2",
                assertThrows(IllegalArgumentException.class, () -> new Triangular(0, 2, 1)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Normal(0, 1, 50, 60)).getMessage()
                .contains("holds no probability"));
        assertThrows(IllegalArgumentException.class, () -> new ScaledBeta(0, 1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new LogNormal(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Fixed(Double.NaN));
    }
}
