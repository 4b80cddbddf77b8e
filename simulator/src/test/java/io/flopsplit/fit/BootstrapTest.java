package io.flopsplit.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.flopsplit.laws.ChinchillaLaw;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    private static final StartGrid FEW = new StartGrid(List.of(5.0, 10.0), List.of(5.0, 10.0), List.of(0.5),
            List.of(0.5), List.of(0.5));
    private static final List<Run> RUNS = SyntheticRuns.sweep(SyntheticRuns.law("epoch"), 5, 4, 0.003, 21);

    private static LawFit fit(int threads, long seed) {
        return LawFitter.fit(RUNS, FitSettings.defaults(threads).withGrid(FEW).withResamples(150).withSeed(seed));
    }

    @Test
    void theSameSeedGivesTheSameFitWhateverTheThreadCount() {
        LawFit one = fit(1, 7);
        for (int threads : new int[] {2, 3}) {
            LawFit other = fit(threads, 7);
            assertArrayEquals(numbers(one), numbers(other), threads + " threads");
            assertArrayEquals(one.correlations(), other.correlations());
        }
        assertNotEquals(List.of(numbers(one)), List.of(numbers(fit(2, 8))));
    }

    /** Every estimate, standard error and interval bound, in order. */
    private static double[] numbers(LawFit fit) {
        return fit.estimates().stream()
                .flatMapToDouble(e -> java.util.stream.DoubleStream.of(e.estimate(), e.standardError(), e.low(), e.high()))
                .toArray();
    }

    @Test
    void eachResampleHasItsOwnStreamWhateverHowManyFollow() {
        LogConstants from = LogConstants.of(SyntheticRuns.law("epoch"));
        try (Workers workers = new Workers(2)) {
            FitSettings settings = FitSettings.defaults(2).withSeed(3);
            List<Optional<ChinchillaLaw>> few = Bootstrap.replicates(RUNS, settings.withResamples(100), from, workers);
            List<Optional<ChinchillaLaw>> more = Bootstrap.replicates(RUNS, settings.withResamples(130), from, workers);
            assertEquals(few, more.subList(0, 100));
            assertNotEquals(few.get(0), few.get(1));
        }
    }
}
