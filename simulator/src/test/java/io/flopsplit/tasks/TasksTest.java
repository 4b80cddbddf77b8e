package io.flopsplit.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
                new DifficultyDistribution.Listed(List.of(-1.0, 1.0, 3.0)));
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
            assertEquals(1, mean, 1e-6, distribution.toString());
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
        assertEquals(problems.size() / 5, java.util.Arrays.stream(bins).filter(b -> b == 3).count(), 1);
    }

    @Test
    void unknownPresetNamesTheKnownOnes() {
        assertEquals("unknown suite preset 'x'; known: math-like, narrow, or a YAML file",
                assertThrows(IllegalArgumentException.class, () -> SuitePresets.resolve("x")).getMessage());
    }
}
